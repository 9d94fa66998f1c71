namespace DesignStudio.Core.Migrations;

/// <summary>Diagnostic codes of migration planning.</summary>
public static class MigrationCodes
{
    /// <summary>A step can lose data and <see cref="MigrationOptions.AllowDataLoss"/> is off: the plan was refused.</summary>
    public const string DataLossNeedsConfirmation = "MIG001";

    /// <summary>The dialect cannot express a change; it was left out of the script.</summary>
    public const string Unsupported = "MIG002";

    /// <summary>The script is not atomic (DDL auto-commits on this engine).</summary>
    public const string NotAtomic = "MIG003";

    /// <summary>Unknown dialect.</summary>
    public const string UnknownDialect = "MIG004";
}
