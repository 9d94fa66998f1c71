namespace DesignStudio.Core.Dialects;

/// <summary>Where a generated script places an object kept verbatim (in its own dialect), as pg_dump orders them.</summary>
public enum VerbatimPlacement
{
    /// <summary>Before the tables: what column types and defaults may need (sequences, extensions, types).</summary>
    BeforeTables,

    /// <summary>After the tables and foreign keys, before the indexes: routines that index expressions may call.</summary>
    BeforeIndexes,

    /// <summary>After everything: views, triggers, grants and whatever else reads the tables.</summary>
    Last,

    /// <summary>Left out with a warning (DDL181): it needs what the design does not model.</summary>
    Omitted,
}
