using System.Text;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Serialization;

/// <summary>
/// The versioned JSON design file format (<c>*.design.json</c>, documented in <c>docs/design-file-format.md</c>,
/// described by <c>schemas/design.schema.json</c>): <c>{"format": "designstudio", "version": 1, "design": {...}}</c>.
/// Writing is deterministic (same design, same bytes) and lossless; reading reports problems as diagnostics with
/// line and column and never throws for bad input.
/// </summary>
public static class DesignFile
{
    /// <summary>The value of the <c>format</c> property that marks a design file.</summary>
    public const string FormatName = "designstudio";

    /// <summary>The format version this build writes and the newest it reads.</summary>
    public const int CurrentVersion = Design.CurrentFormatVersion;

    /// <summary>Serializes a design to UTF-8 JSON bytes (indented, "\n" line ends, trailing newline).</summary>
    /// <remarks>Strings must be well-formed UTF-16: an unpaired surrogate cannot be stored in UTF-8 and is written as U+FFFD.</remarks>
    public static byte[] SerializeToUtf8Bytes(Design design)
    {
        ArgumentNullException.ThrowIfNull(design);
        return DesignJsonWriter.Write(design);
    }

    /// <summary>Serializes a design to JSON text.</summary>
    public static string Serialize(Design design) => Encoding.UTF8.GetString(SerializeToUtf8Bytes(design));

    /// <summary>Reads a design from UTF-8 bytes (a leading byte order mark is allowed).</summary>
    public static DesignReadResult Read(byte[] utf8)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        return DesignJsonReader.Read(utf8, DesignFormatUpgrades.All, CurrentVersion);
    }

    /// <summary>Reads a design from JSON text.</summary>
    public static DesignReadResult Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Reads with an explicit upgrade chain and current version (tests of the upgrade mechanism).</summary>
    internal static DesignReadResult Read(byte[] utf8, IReadOnlyList<IDesignFormatUpgrade> upgrades, int currentVersion) =>
        DesignJsonReader.Read(utf8, upgrades, currentVersion);
}
