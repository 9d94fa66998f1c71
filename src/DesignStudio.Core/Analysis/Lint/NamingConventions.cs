namespace DesignStudio.Core.Analysis.Lint;

/// <summary>Naming conventions the naming rules check.</summary>
public sealed record NamingConventions
{
    /// <summary>The defaults: inferred case and number, prefixes required on named constraints and indexes.</summary>
    public static NamingConventions Default { get; } = new();

    /// <summary>Letter case of table and column names.</summary>
    public IdentifierCase Case { get; init; } = IdentifierCase.Inferred;

    /// <summary>Singular or plural table names.</summary>
    public TableNameNumber TableNames { get; init; } = TableNameNumber.Inferred;

    /// <summary>Whether explicitly named constraints and indexes must start with the prefixes below.</summary>
    public bool RequirePrefixes { get; init; } = true;

    /// <summary>Primary-key prefix.</summary>
    public string PrimaryKeyPrefix { get; init; } = "pk_";

    /// <summary>Foreign-key prefix.</summary>
    public string ForeignKeyPrefix { get; init; } = "fk_";

    /// <summary>Unique-constraint and unique-index prefix.</summary>
    public string UniquePrefix { get; init; } = "uq_";

    /// <summary>Prefix of non-unique indexes.</summary>
    public string IndexPrefix { get; init; } = "ix_";

    /// <summary>Check-constraint prefix.</summary>
    public string CheckPrefix { get; init; } = "ck_";
}
