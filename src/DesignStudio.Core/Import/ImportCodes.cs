namespace DesignStudio.Core.Import;

/// <summary>Stable diagnostic codes of the SQL DDL importer.</summary>
public static class ImportCodes
{
    /// <summary>Unterminated string, identifier or comment.</summary>
    public const string Lexical = "IM001";

    /// <summary>A statement the importer does not understand was skipped.</summary>
    public const string UnknownStatement = "IM002";

    /// <summary>A statement could not be parsed and was skipped.</summary>
    public const string SyntaxError = "IM003";

    /// <summary>A reference (table, column, type) could not be resolved.</summary>
    public const string UnresolvedReference = "IM004";

    /// <summary>Part of a statement the model cannot hold was approximated.</summary>
    public const string Approximated = "IM005";

    /// <summary>A statement without effect on the design (SET, DROP ... IF EXISTS, USE ...) was ignored.</summary>
    public const string Ignored = "IM006";

    /// <summary>An object was kept verbatim.</summary>
    public const string Verbatim = "IM007";

    /// <summary>An unexpected failure inside the importer; the statement was skipped.</summary>
    public const string Internal = "IM099";
}
