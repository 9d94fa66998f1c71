using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;
using DesignStudio.Core.Validation;

namespace DesignStudio.Core.Tests.Validation;

/// <summary>Small builders so each validation test states only what matters to it. Ids derive from names.</summary>
internal static class TestDesigns
{
    public static Column Col(string table, string name, LogicalType? type = null, bool nullable = true) =>
        new() { Id = $"c_{table}_{name}", Name = name, Type = type ?? LogicalType.Int64, Nullable = nullable };

    /// <summary>A table with an int64 "id" primary key plus the given columns.</summary>
    public static Table Table(string name, params Column[] columns) => new()
    {
        Id = "t_" + name,
        Name = name,
        Columns = [Col(name, "id", nullable: false), .. columns],
        PrimaryKey = new PrimaryKey { Id = "pk_" + name, ColumnIds = ["c_" + name + "_id"] },
    };

    public static ForeignKey Fk(string from, string column, string to, string toColumn = "id") => new()
    {
        Id = $"fk_{from}_{column}",
        ColumnIds = [$"c_{from}_{column}"],
        TargetTableId = "t_" + to,
        TargetColumnIds = [$"c_{to}_{toColumn}"],
    };

    public static Design Of(params Table[] tables) => new() { Tables = [.. tables] };

    public static IReadOnlyList<Diagnostic> Find(Design design, string code, string? dialect = null) =>
        DesignValidator.Validate(design, dialect).Where(d => d.Code == code).ToList();
}
