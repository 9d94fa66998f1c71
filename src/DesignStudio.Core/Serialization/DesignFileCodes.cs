namespace DesignStudio.Core.Serialization;

/// <summary>Stable diagnostic codes reported while reading a design file.</summary>
public static class DesignFileCodes
{
    /// <summary>The text is not well-formed JSON (syntax error, duplicate property).</summary>
    public const string MalformedJson = "DSF001";

    /// <summary>The JSON is well-formed but not a design file: wrong format marker or missing envelope.</summary>
    public const string NotADesignFile = "DSF002";

    /// <summary>The file was written by a newer DesignStudio (its version is above the supported one), or its version is invalid.</summary>
    public const string UnsupportedVersion = "DSF003";

    /// <summary>A value has the wrong JSON type, is missing, out of range or not one of the allowed words.</summary>
    public const string InvalidValue = "DSF004";

    /// <summary>An object holds a property the format does not define (often a misspelling).</summary>
    public const string UnknownProperty = "DSF005";
}
