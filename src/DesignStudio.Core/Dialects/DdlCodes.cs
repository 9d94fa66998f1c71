namespace DesignStudio.Core.Dialects;

/// <summary>
/// Stable diagnostic codes reported by the DDL generators (DDL1xx). Warnings mean the script is still executable but
/// something was approximated or left out; errors mean the design itself is inconsistent (the object is skipped).
/// </summary>
public static class DdlCodes
{
    /// <summary>The dialect has no native type for a logical type; the documented closest type was used.</summary>
    public const string TypeApproximated = "DDL101";

    /// <summary>Arrays exist only in PostgreSQL; elsewhere an array column is stored as a JSON document.</summary>
    public const string ArrayAsJson = "DDL102";

    /// <summary>A length or precision is missing or out of the dialect's range and was adjusted.</summary>
    public const string TypeParameterAdjusted = "DDL103";

    /// <summary>Identity / auto-increment cannot be expressed for this column in this dialect.</summary>
    public const string IdentityUnsupported = "DDL110";

    /// <summary>A column has both identity and a default; the default was dropped.</summary>
    public const string IdentityWithDefault = "DDL111";

    /// <summary>A referential action the dialect lacks was replaced or omitted.</summary>
    public const string ReferentialActionUnsupported = "DDL120";

    /// <summary>Partial (filtered) indexes are not supported: the index was created without its WHERE predicate.</summary>
    public const string PartialIndexUnsupported = "DDL130";

    /// <summary>Included (non-key) index columns are not supported: they were left out.</summary>
    public const string IncludeUnsupported = "DDL131";

    /// <summary>The index method is not supported: the dialect's default method was used.</summary>
    public const string IndexMethodUnsupported = "DDL132";

    /// <summary>Expression index parts are not supported: the part (or the whole index) was left out.</summary>
    public const string ExpressionIndexUnsupported = "DDL133";

    /// <summary>An index name already used in the schema (PostgreSQL, SQLite scope index names per schema): the index was renamed.</summary>
    public const string IndexNameCollision = "DDL136";

    /// <summary>Index prefix lengths exist only in MySQL/MariaDB: the prefix length was ignored.</summary>
    public const string PrefixLengthUnsupported = "DDL134";

    /// <summary>MySQL/MariaDB can index a TEXT, BLOB or JSON column only with a prefix length; the engine will refuse the key.</summary>
    public const string KeyOnLargeObject = "DDL135";

    /// <summary>Schemas do not exist in the dialect (SQLite): the schema was ignored.</summary>
    public const string SchemaIgnored = "DDL140";

    /// <summary>The keep-updated-at-current feature cannot be realised for this table.</summary>
    public const string UpdatedAtUnsupported = "DDL150";

    /// <summary>A literal default is not a valid value of the column's type; it was emitted as a quoted string.</summary>
    public const string InvalidLiteral = "DDL160";

    /// <summary>A reference (column, table or enum id) points at nothing; the referencing object was skipped.</summary>
    public const string DanglingReference = "DDL170";

    /// <summary>A verbatim object (view, function ...) is written in another dialect and was left out.</summary>
    public const string VerbatimOtherDialect = "DDL180";

    /// <summary>A verbatim object of the dialect needs what the design does not model (ATTACH PARTITION) and was left out.</summary>
    public const string VerbatimNotApplicable = "DDL181";

    /// <summary>A name exceeds the dialect's maximum identifier length; the engine will reject or truncate it.</summary>
    public const string IdentifierTooLong = "DDL190";

    /// <summary>A name the dialect refuses whatever the quoting (MySQL/MariaDB: trailing white space).</summary>
    public const string IdentifierRejected = "DDL191";
}
