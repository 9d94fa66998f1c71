namespace DesignStudio.Engines.Introspection;

/// <summary>Stable diagnostic codes of live catalog reads.</summary>
public static class CatalogDiagnosticCodes
{
    /// <summary>Connecting to the database failed (unreachable, wrong credentials, no such database).</summary>
    public const string ConnectionFailed = "DB001";

    /// <summary>A catalog query failed or ran out of time.</summary>
    public const string QueryFailed = "DB002";

    /// <summary>A native type has no exact logical type: the closest one is used and the native text kept as an override.</summary>
    public const string TypeApproximated = "DB100";

    /// <summary>A computed (generated) column is read as a plain column: the model has no generated columns yet.</summary>
    public const string GeneratedColumnApproximated = "DB101";

    /// <summary>An object the model does not hold structurally is kept verbatim.</summary>
    public const string KeptVerbatim = "DB102";

    /// <summary>A constraint or index refers to something outside the design and was skipped.</summary>
    public const string ReferenceSkipped = "DB103";

    /// <summary>An index detail (method, operator class, collation) has no place in the model and was approximated.</summary>
    public const string IndexApproximated = "DB104";

    /// <summary>A partitioned table or a partition is read as a plain table: the model has no partitioning.</summary>
    public const string PartitioningApproximated = "DB105";
}
