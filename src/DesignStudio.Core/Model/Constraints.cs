namespace DesignStudio.Core.Model;

/// <summary>A primary key over one or more columns (by column id, in key order).</summary>
public sealed record PrimaryKey
{
    /// <summary>Stable id.</summary>
    public required string Id { get; init; }

    /// <summary>Constraint name; null lets each dialect use its default naming.</summary>
    public string? Name { get; init; }

    /// <summary>Key columns, by id, in order.</summary>
    public required ValueList<string> ColumnIds { get; init; }
}

/// <summary>A unique constraint.</summary>
public sealed record UniqueConstraint
{
    /// <summary>Stable id.</summary>
    public required string Id { get; init; }

    /// <summary>Constraint name.</summary>
    public string? Name { get; init; }

    /// <summary>Columns, by id, in order.</summary>
    public required ValueList<string> ColumnIds { get; init; }
}

/// <summary>A check constraint with a SQL boolean expression.</summary>
public sealed record CheckConstraint
{
    /// <summary>Stable id.</summary>
    public required string Id { get; init; }

    /// <summary>Constraint name.</summary>
    public string? Name { get; init; }

    /// <summary>The boolean expression, as SQL text (column names unquoted unless they need quoting).</summary>
    public required string Expression { get; init; }
}

/// <summary>A foreign key from columns of the owning table to a key of the target table.</summary>
public sealed record ForeignKey
{
    /// <summary>Stable id.</summary>
    public required string Id { get; init; }

    /// <summary>Constraint name.</summary>
    public string? Name { get; init; }

    /// <summary>Referencing columns of the owning table, by id.</summary>
    public required ValueList<string> ColumnIds { get; init; }

    /// <summary>Referenced table id.</summary>
    public required string TargetTableId { get; init; }

    /// <summary>Referenced columns, by id, matching <see cref="ColumnIds"/> position by position.</summary>
    public required ValueList<string> TargetColumnIds { get; init; }

    /// <summary>ON DELETE action; null means no decision was recorded (the engine default, NO ACTION).</summary>
    public ReferentialAction? OnDelete { get; init; }

    /// <summary>ON UPDATE action; null means the engine default (NO ACTION).</summary>
    public ReferentialAction? OnUpdate { get; init; }
}

/// <summary>Foreign-key referential actions.</summary>
public enum ReferentialAction
{
    /// <summary>NO ACTION.</summary>
    NoAction,
    /// <summary>RESTRICT.</summary>
    Restrict,
    /// <summary>CASCADE.</summary>
    Cascade,
    /// <summary>SET NULL.</summary>
    SetNull,
    /// <summary>SET DEFAULT.</summary>
    SetDefault,
}
