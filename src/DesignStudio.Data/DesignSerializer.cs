using System.Text.Json;
using DesignStudio.Core.Model;
using DesignStudio.Core.Serialization;

namespace DesignStudio.Data;

/// <summary>How the store turns a design into text and back: the documented design file format (<see cref="DesignFile"/>).</summary>
public static class DesignSerializer
{
    /// <summary>The design as design-file JSON text.</summary>
    public static string Serialize(Design design) => DesignFile.Serialize(design);

    /// <summary>The design stored in <paramref name="json"/>; a stored document that cannot be read is a broken store, not a user error.</summary>
    public static Design Deserialize(string json)
    {
        var result = DesignFile.Read(json);
        return result.Design ?? throw new JsonException(
            "The stored design cannot be read: " + string.Join("; ", result.Diagnostics.Select(d => d.ToString())));
    }
}
