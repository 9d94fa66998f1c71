using DesignStudio.Core.Model;
using Microsoft.AspNetCore.Components;

namespace DesignStudio.Web.Components.Pages.Designer;

/// <summary>A form for one column: name, type with its parameters, nullability, key membership, identity, default, comment.</summary>
public partial class ColumnEditor
{
    private Column? loadedFrom;
    private bool loaded;
    private bool touched;
    private string name = "";
    private TypeKind kind = TypeKind.Text;
    private int? length;
    private int? precision;
    private int? scale;
    private string? enumId;
    private bool isArray;
    private bool nullable = true;
    private bool primaryKey;
    private IdentityKind identity;
    private DefaultChoice defaultChoice;
    private string? defaultValue;
    private string? comment;

    /// <summary>Which kind of default the form offers.</summary>
    public enum DefaultChoice
    {
        /// <summary>No default.</summary>
        None,
        /// <summary>A literal value.</summary>
        Literal,
        /// <summary>Raw SQL.</summary>
        Expression,
        /// <summary>Current timestamp.</summary>
        CurrentTimestamp,
        /// <summary>Current date.</summary>
        CurrentDate,
        /// <summary>Random UUID.</summary>
        RandomUuid,
    }

    /// <summary>The column to edit; null for a new column.</summary>
    [Parameter] public Column? Column { get; set; }

    /// <summary>Whether the column is (for a new column: starts as) part of the primary key.</summary>
    [Parameter] public bool IsPrimaryKey { get; set; }

    /// <summary>The design's enums, for enum-typed columns.</summary>
    [Parameter] public IReadOnlyList<EnumType> Enums { get; set; } = [];

    /// <summary>Raised with the column as the form describes it.</summary>
    [Parameter] public EventCallback<ColumnEdit> OnSave { get; set; }

    /// <summary>Raised when the user closes the form without saving.</summary>
    [Parameter] public EventCallback OnCancel { get; set; }

    /// <summary>Whether the form is read-only (e.g. after a save conflict).</summary>
    [Parameter] public bool Disabled { get; set; }

    private string FormTitle => Column is null ? "New column" : $"Edit column {Column.Name}";

    private bool IsInteger => kind is TypeKind.Int16 or TypeKind.Int32 or TypeKind.Int64;

    private IEnumerable<TypeKind> AvailableKinds => Enum.GetValues<TypeKind>().Where(k => k != TypeKind.Enum || Enums.Count > 0 || kind == TypeKind.Enum);

    internal static string TypeLabel(TypeKind k) => k switch
    {
        TypeKind.Varchar => "varchar(n) — text up to a length",
        TypeKind.Char => "char(n) — fixed-length text",
        TypeKind.Decimal => "decimal(p,s) — exact number",
        TypeKind.TimestampTz => "timestamptz — timestamp with time zone",
        TypeKind.Enum => "enum — one of a list of values",
        _ => LogicalTypeText.NameOf(k),
    };

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        if (loaded && ReferenceEquals(loadedFrom, Column)) return;
        loaded = true;
        loadedFrom = Column;
        touched = false;
        var c = Column;
        name = c?.Name ?? "";
        kind = c?.Type.Kind ?? TypeKind.Text;
        length = c?.Type.Length;
        precision = c?.Type.Precision;
        scale = c?.Type.Scale;
        enumId = c?.Type.EnumId;
        isArray = c?.Type.IsArray ?? false;
        nullable = c?.Nullable ?? true;
        primaryKey = IsPrimaryKey;
        identity = c?.Identity ?? IdentityKind.None;
        comment = c?.Comment;
        (defaultChoice, defaultValue) = c?.Default switch
        {
            null => (DefaultChoice.None, null),
            { Kind: DefaultKind.Literal } d => (DefaultChoice.Literal, d.Value),
            { Kind: DefaultKind.Expression } d => (DefaultChoice.Expression, d.Value),
            { Kind: DefaultKind.CurrentTimestamp } => (DefaultChoice.CurrentTimestamp, null),
            { Kind: DefaultKind.CurrentDate } => (DefaultChoice.CurrentDate, (string?)null),
            _ => (DefaultChoice.RandomUuid, null),
        };
    }

    /// <summary>The column the form currently describes (a new id for a new column).</summary>
    internal ColumnEdit Build()
    {
        var type = new LogicalType
        {
            Kind = kind,
            Length = kind is TypeKind.Varchar or TypeKind.Char or TypeKind.Binary ? length : null,
            Precision = kind is TypeKind.Decimal or TypeKind.Time or TypeKind.Timestamp or TypeKind.TimestampTz ? precision : null,
            Scale = kind == TypeKind.Decimal ? scale : null,
            EnumId = kind == TypeKind.Enum ? enumId : null,
            IsArray = isArray,
        };
        var value = new Column { Id = Column?.Id ?? ObjectId.New("col"), Name = name.Trim(), Type = type };
        var column = (Column ?? value) with
        {
            Name = value.Name,
            Type = type,
            Nullable = nullable && !primaryKey,
            Identity = IsInteger ? identity : IdentityKind.None,
            Default = defaultChoice switch
            {
                DefaultChoice.Literal => ColumnDefault.Literal(defaultValue ?? ""),
                DefaultChoice.Expression => ColumnDefault.Expression(defaultValue ?? ""),
                DefaultChoice.CurrentTimestamp => ColumnDefault.CurrentTimestamp,
                DefaultChoice.CurrentDate => ColumnDefault.CurrentDate,
                DefaultChoice.RandomUuid => ColumnDefault.RandomUuid,
                _ => null,
            },
            Comment = string.IsNullOrWhiteSpace(comment) ? null : comment,
        };
        return new ColumnEdit(column, primaryKey);
    }

    private async Task SaveAsync()
    {
        touched = true;
        if (string.IsNullOrWhiteSpace(name)) return;
        await OnSave.InvokeAsync(Build());
    }
}
