using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;
using DesignStudio.Core.Serialization;

namespace DesignStudio.Cli;

/// <summary>Reads a design file for a command, turning every failure (missing file, bad JSON) into diagnostics.</summary>
public static class DesignFileInput
{
    /// <summary>Code for a file that cannot be opened.</summary>
    public const string CannotReadFile = "DSF000";

    /// <summary>Reads <paramref name="path"/>; the design is null when it could not be read.</summary>
    public static DesignReadResult Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return new DesignReadResult(null, [new Diagnostic(CannotReadFile, Severity.Error, "$", $"Cannot read the file: {e.Message}")]);
        }
        return DesignFile.Read(bytes);
    }

    /// <summary>
    /// Reads <paramref name="path"/> and, when it cannot be read, prints its diagnostics to <paramref name="error"/> as
    /// <c>FILE:LINE:COL: error CODE: message</c>. Returns the design or null (exit with <see cref="ExitCodes.UsageOrUnreadableInput"/>).
    /// </summary>
    public static Design? ReadOrReport(string path, TextWriter error)
    {
        var result = Read(path);
        if (result.Design is null)
        {
            foreach (var d in result.Diagnostics) error.WriteLine(DiagnosticText.Format(path, d));
        }
        return result.Design;
    }
}
