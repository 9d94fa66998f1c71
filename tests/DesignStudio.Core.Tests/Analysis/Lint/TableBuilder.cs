using DesignStudio.Core.Model;
using ModelIndex = DesignStudio.Core.Model.Index;

namespace DesignStudio.Core.Tests.Analysis.Lint;

/// <summary>Builds test tables tersely; ids are readable: <c>tbl_posts</c>, <c>col_posts_user_id</c>.</summary>
internal sealed class TableBuilder(string name)
{
    private Table table = new() { Id = TableId(name), Name = name };

    public static string TableId(string table) => "tbl_" + table;

    public static string ColumnId(string table, string column) => $"col_{table}_{column}";

    public string Id => table.Id;

    public TableBuilder Column(string column, LogicalType type, bool nullable = false, ColumnDefault? defaultValue = null,
        IdentityKind identity = IdentityKind.None)
    {
        table = table with
        {
            Columns = table.Columns.Add(new Column
            {
                Id = ColumnId(name, column), Name = column, Type = type, Nullable = nullable, Default = defaultValue, Identity = identity,
            }),
        };
        return this;
    }

    public TableBuilder Key(params string[] columns)
    {
        table = table with { PrimaryKey = new PrimaryKey { Id = "pk_" + name, ColumnIds = Ids(columns) } };
        return this;
    }

    public TableBuilder NamedKey(string constraintName, params string[] columns)
    {
        table = table with { PrimaryKey = new PrimaryKey { Id = "pk_" + name, Name = constraintName, ColumnIds = Ids(columns) } };
        return this;
    }

    public TableBuilder Unique(params string[] columns) => NamedUnique(null, columns);

    public TableBuilder NamedUnique(string? constraintName, params string[] columns)
    {
        var id = $"uq_{name}_{string.Join("_", columns)}";
        table = table with { Uniques = table.Uniques.Add(new UniqueConstraint { Id = id, Name = constraintName, ColumnIds = Ids(columns) }) };
        return this;
    }

    public TableBuilder ForeignKey(string[] columns, string target, string[] targetColumns,
        ReferentialAction? onDelete = ReferentialAction.NoAction, string? constraintName = null)
    {
        var fk = new ForeignKey
        {
            Id = $"fk_{name}_{string.Join("_", columns)}",
            Name = constraintName,
            ColumnIds = Ids(columns),
            TargetTableId = TableId(target),
            TargetColumnIds = targetColumns.Select(c => ColumnId(target, c)).ToValueList(),
            OnDelete = onDelete,
        };
        table = table with { ForeignKeys = table.ForeignKeys.Add(fk) };
        return this;
    }

    public TableBuilder ForeignKey(string column, string target, ReferentialAction? onDelete = ReferentialAction.NoAction) =>
        ForeignKey([column], target, ["id"], onDelete);

    /// <summary>An index from part specs like <c>created_at desc</c> or <c>title(10)</c>, optionally adjusted.</summary>
    public TableBuilder Index(string indexName, string[] parts, Func<ModelIndex, ModelIndex>? adjust = null)
    {
        var ix = new ModelIndex { Id = "idx_" + indexName, Name = indexName, Parts = parts.Select(Part).ToValueList() };
        table = table with { Indexes = table.Indexes.Add(adjust is null ? ix : adjust(ix)) };
        return this;
    }

    public TableBuilder Index(string indexName, params string[] parts) => Index(indexName, parts, null);

    public TableBuilder With(Func<Table, Table> adjust)
    {
        table = adjust(table);
        return this;
    }

    public ValueList<string> Ids(params string[] columns) => columns.Select(c => ColumnId(name, c)).ToValueList();

    public Table Build() => table;

    private IndexPart Part(string spec)
    {
        var words = spec.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var column = words[0];
        int? prefix = null;
        var open = column.IndexOf('(');
        if (open > 0)
        {
            prefix = int.Parse(column[(open + 1)..^1], System.Globalization.CultureInfo.InvariantCulture);
            column = column[..open];
        }
        var descending = words.Length > 1 && words[1].Equals("desc", StringComparison.OrdinalIgnoreCase);
        return new IndexPart { ColumnId = ColumnId(name, column), Descending = descending, PrefixLength = prefix };
    }
}
