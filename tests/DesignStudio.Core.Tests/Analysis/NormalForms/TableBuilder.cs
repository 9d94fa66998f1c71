using DesignStudio.Core.Model;

namespace DesignStudio.Core.Tests.Analysis.NormalForms;

/// <summary>Builds model tables tersely: column ids are "&lt;table&gt;.&lt;column&gt;".</summary>
internal static class TableBuilder
{
    public static Table Table(string name, string[] key, params (string Name, LogicalType Type)[] columns) => new()
    {
        Id = "tbl_" + name,
        Name = name,
        Columns = columns.Select(c => new Column { Id = $"{name}.{c.Name}", Name = c.Name, Type = c.Type, Nullable = !key.Contains(c.Name) }).ToValueList(),
        PrimaryKey = key.Length == 0 ? null : new PrimaryKey { Id = "pk_" + name, ColumnIds = key.Select(k => $"{name}.{k}").ToValueList() },
    };

    public static (string, LogicalType) Str(string name) => (name, LogicalType.Text);

    public static (string, LogicalType) Int(string name) => (name, LogicalType.Int64);

    public static Table WithFd(this Table t, string[] lhs, string[] rhs) => t with
    {
        FunctionalDependencies = t.FunctionalDependencies.Add(new FunctionalDependency
        {
            Id = $"fd_{t.Name}_{t.FunctionalDependencies.Count}",
            DeterminantIds = lhs.Select(c => $"{t.Name}.{c}").ToValueList(),
            DependentIds = rhs.Select(c => $"{t.Name}.{c}").ToValueList(),
        }),
    };

    public static Table WithFk(this Table t, string[] columns, Table target, string[] targetColumns) => t with
    {
        ForeignKeys = t.ForeignKeys.Add(new ForeignKey
        {
            Id = $"fk_{t.Name}_{target.Name}",
            ColumnIds = columns.Select(c => $"{t.Name}.{c}").ToValueList(),
            TargetTableId = target.Id,
            TargetColumnIds = targetColumns.Select(c => $"{target.Name}.{c}").ToValueList(),
        }),
    };
}
