using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Import;

// Mutable drafts the parsers fill while reading; ImportContext turns them into immutable model records with
// deterministic ids once every statement is read (foreign keys may point forward, ALTER TABLE adds keys later).

/// <summary>A possibly schema-qualified name as written (unquoted).</summary>
internal readonly record struct QualifiedName(string? Schema, string Name)
{
    public override string ToString() => Schema is null ? Name : Schema + "." + Name;
}

internal sealed class TableDraft(QualifiedName name, SourcePosition position)
{
    private string? path;
    private string? indexDetail;

    public QualifiedName Name { get; } = name;

    /// <summary><see cref="Name"/> as text, built once: the report names the table in many entries.</summary>
    public string Path => path ??= Name.ToString();

    /// <summary>The report detail of an index on this table ("on schema.table"), shared by its indexes.</summary>
    public string IndexDetail => indexDetail ??= "on " + Path;
    public SourcePosition Position { get; } = position;
    public string? Comment { get; set; }
    public List<ColumnDraft> Columns { get; } = [];
    public KeyDraft? PrimaryKey { get; set; }
    public List<KeyDraft> Uniques { get; } = [];
    public List<CheckDraft> Checks { get; } = [];
    public List<ForeignKeyDraft> ForeignKeys { get; } = [];
    public List<IndexDraft> Indexes { get; } = [];
    public string? UpdatedAtColumn { get; set; }
    public QualifiedName? PartitionOf { get; set; }

    /// <summary>Whether the table was replaced by a later CREATE TABLE of the same name (the context drops it once).</summary>
    public bool Removed { get; set; }

    // A wide table gets an index of its column names: pg_dump comments on (and sets defaults of) columns one statement
    // each, and a scan per statement made those statements cost the square of the table's width.
    private const int ScanLimit = 16;
    private Dictionary<string, ColumnDraft>? columnsByName;
    private int indexedColumns;

    /// <summary>The first column of that name (case-insensitive).</summary>
    public ColumnDraft? FindColumn(string name)
    {
        if (Columns.Count <= ScanLimit)
        {
            foreach (var c in Columns)
            {
                if (string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase)) return c;
            }
            return null;
        }
        columnsByName ??= new Dictionary<string, ColumnDraft>(StringComparer.OrdinalIgnoreCase);
        for (; indexedColumns < Columns.Count; indexedColumns++) columnsByName.TryAdd(Columns[indexedColumns].Name, Columns[indexedColumns]);
        return columnsByName.GetValueOrDefault(name);
    }

    /// <summary>Replaces the column at <paramref name="index"/> (MySQL MODIFY / CHANGE COLUMN).</summary>
    public void ReplaceColumn(int index, ColumnDraft column)
    {
        Columns[index] = column;
        columnsByName = null;
        indexedColumns = 0;
    }
}

internal sealed class ColumnDraft(string name, SourcePosition position)
{
    /// <summary>Model records are immutable, so columns without a declared type share one text type.</summary>
    private static readonly LogicalType UntypedColumn = LogicalType.Text;

    public string Name { get; } = name;
    public SourcePosition Position { get; } = position;
    public LogicalType Type { get; set; } = UntypedColumn;
    public string TypeText { get; set; } = "";
    public string? NativeType { get; set; }
    public bool Nullable { get; set; } = true;
    public ColumnDefault? Default { get; set; }
    public IdentityKind Identity { get; set; }
    public string? Comment { get; set; }
    public string? NextvalSequence { get; set; }
}

internal sealed record KeyDraft(string? Name, List<string> Columns, SourcePosition Position);

internal sealed record CheckDraft(string? Name, string Expression);

internal sealed class ForeignKeyDraft
{
    public string? Name { get; init; }
    public required List<string> Columns { get; init; }
    public required QualifiedName Target { get; init; }
    public List<string> TargetColumns { get; init; } = [];
    public ReferentialAction? OnDelete { get; set; }
    public ReferentialAction? OnUpdate { get; set; }
    public SourcePosition Position { get; init; }
}

internal sealed class IndexDraft
{
    public string? Name { get; init; }
    public bool Unique { get; set; }
    public IndexMethod Method { get; set; } = IndexMethod.BTree;
    public List<IndexPartDraft> Parts { get; init; } = [];
    /// <summary>INCLUDE columns; null when there are none (most indexes), so no empty list is kept per index.</summary>
    public List<string>? Include { get; set; }
    public string? Where { get; set; }
    public SourcePosition Position { get; init; }
}

internal sealed record IndexPartDraft(string? Column, string? Expression, bool Descending, int? PrefixLength);

internal sealed class SequenceDraft(QualifiedName name, string sql, SourcePosition position, int offset)
{
    public QualifiedName Name { get; } = name;
    public string Sql { get; } = sql;
    public SourcePosition Position { get; } = position;
    public int Offset { get; } = offset;
    public QualifiedName? OwnedByTable { get; set; }
    public string? OwnedByColumn { get; set; }
}

internal sealed record DomainDraft(TypeSyntax BaseType, LogicalType Type, string? NativeType, string? Check, bool NotNull);
