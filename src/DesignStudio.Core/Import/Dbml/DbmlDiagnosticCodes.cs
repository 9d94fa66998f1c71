namespace DesignStudio.Core.Import.Dbml;

/// <summary>Stable diagnostic codes of the DBML importer.</summary>
public static class DbmlDiagnosticCodes
{
    /// <summary>A lexical error: unterminated string, comment or expression, bad escape.</summary>
    public const string Lexical = "DBML001";

    /// <summary>A syntax error; the parser skips to the end of the element and carries on.</summary>
    public const string Syntax = "DBML002";

    /// <summary>An element or setting DBML allows but the model does not hold (records, colours, index notes ...).</summary>
    public const string Ignored = "DBML003";

    /// <summary>A name that refers to nothing (table, column, enum, partial).</summary>
    public const string UnresolvedName = "DBML004";

    /// <summary>A name defined twice (table, column, enum, enum value).</summary>
    public const string DuplicateName = "DBML005";

    /// <summary>A type name without a portable equivalent: imported as text, the native type kept as an override.</summary>
    public const string UnknownType = "DBML006";

    /// <summary>A type or setting mapped to a close portable equivalent (e.g. tinyint to int16, serial to identity).</summary>
    public const string Approximated = "DBML007";

    /// <summary>A many-to-many relationship turned into a junction table.</summary>
    public const string JunctionTable = "DBML008";

    /// <summary>An invalid value for a setting (e.g. an unknown referential action).</summary>
    public const string InvalidSetting = "DBML009";

    /// <summary>The summary of an import: counts of what was imported.</summary>
    public const string Summary = "DBML010";
}
