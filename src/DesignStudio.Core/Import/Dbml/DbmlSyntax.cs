using DesignStudio.Core.Diagnostics;

namespace DesignStudio.Core.Import.Dbml;

// The syntax tree of a DBML document: what was written, before names are resolved against each other.

/// <summary>A possibly schema-qualified name (<c>core.users</c>).</summary>
internal sealed record DbmlQualifiedName(string? Schema, string Name, SourcePosition Position)
{
    public override string ToString() => Schema is null ? Name : Schema + "." + Name;
}

/// <summary>Kinds of setting values.</summary>
internal enum DbmlValueKind { None, String, Number, Expression, Words, Color, Ref }

/// <summary>A setting value: a string, number, `expression`, words (<c>set null</c>), colour or inline ref.</summary>
internal sealed record DbmlValue(DbmlValueKind Kind, string Text, SourcePosition Position)
{
    public DbmlRefTarget? Ref { get; init; }
}

/// <summary>One item of a <c>[...]</c> setting list: a key (possibly several words) and an optional value.</summary>
internal sealed record DbmlSetting(string Key, DbmlValue? Value, SourcePosition Position);

/// <summary>The operator and far endpoint of an inline <c>ref: &gt; t.c</c>.</summary>
internal sealed record DbmlRefTarget(string Operator, DbmlEndpoint Endpoint);

/// <summary>A ref endpoint: <c>[schema.]table.column</c> or <c>[schema.]table.(c1, c2)</c>.</summary>
internal sealed record DbmlEndpoint(string? Schema, string Table, IReadOnlyList<string> Columns, SourcePosition Position)
{
    public override string ToString() =>
        (Schema is null ? "" : Schema + ".") + Table + "." + (Columns.Count == 1 ? Columns[0] : "(" + string.Join(", ", Columns) + ")");
}

/// <summary>A column type as written: name, optional schema, arguments and array suffixes.</summary>
internal sealed record DbmlTypeName(string? Schema, string Name, IReadOnlyList<string> Arguments, int ArrayDepth, SourcePosition Position)
{
    /// <summary>The type text as DBML spells it, e.g. <c>varchar(255)</c>, <c>decimal(10,2)</c>, <c>int[]</c>.</summary>
    public string Text =>
        (Schema is null ? "" : Schema + ".") + Name
        + (Arguments.Count > 0 ? "(" + string.Join(",", Arguments) + ")" : "")
        + string.Concat(Enumerable.Repeat("[]", ArrayDepth));
}

/// <summary>A member of a table body: a column or a partial injection.</summary>
internal abstract record DbmlTableMember(SourcePosition Position);

/// <summary>A column definition.</summary>
internal sealed record DbmlColumn(string Name, DbmlTypeName Type, IReadOnlyList<DbmlSetting> Settings, SourcePosition Position)
    : DbmlTableMember(Position);

/// <summary>A <c>~partial_name</c> injection.</summary>
internal sealed record DbmlPartialInjection(string Name, SourcePosition Position) : DbmlTableMember(Position);

/// <summary>One part of an index: a column name or an `expression`.</summary>
internal sealed record DbmlIndexPart(string? Column, string? Expression, SourcePosition Position);

/// <summary>An entry of an <c>indexes { }</c> block.</summary>
internal sealed record DbmlIndex(IReadOnlyList<DbmlIndexPart> Parts, IReadOnlyList<DbmlSetting> Settings, SourcePosition Position);

/// <summary>An entry of a <c>checks { }</c> block.</summary>
internal sealed record DbmlCheck(string Expression, IReadOnlyList<DbmlSetting> Settings, SourcePosition Position);

/// <summary>A <c>Table</c> or <c>TablePartial</c> element.</summary>
internal sealed record DbmlTable(DbmlQualifiedName Name, string? Alias, IReadOnlyList<DbmlSetting> Settings, SourcePosition Position)
{
    public List<DbmlTableMember> Members { get; } = [];
    public List<DbmlIndex> Indexes { get; } = [];
    public List<DbmlCheck> Checks { get; } = [];
    public string? Note { get; set; }
}

/// <summary>A relationship from a <c>Ref</c> element (short or long form).</summary>
internal sealed record DbmlRef(string? Name, DbmlEndpoint Left, string Operator, DbmlEndpoint Right, IReadOnlyList<DbmlSetting> Settings, SourcePosition Position);

/// <summary>An enum value with its settings (note).</summary>
internal sealed record DbmlEnumValue(string Name, IReadOnlyList<DbmlSetting> Settings, SourcePosition Position);

/// <summary>An <c>Enum</c> element.</summary>
internal sealed record DbmlEnum(DbmlQualifiedName Name, IReadOnlyList<DbmlEnumValue> Values, SourcePosition Position);

/// <summary>A <c>TableGroup</c> element.</summary>
internal sealed record DbmlTableGroup(string Name, IReadOnlyList<DbmlQualifiedName> Tables, IReadOnlyList<DbmlSetting> Settings, string? Note, SourcePosition Position);

/// <summary>A <c>Note name { ... }</c> sticky note.</summary>
internal sealed record DbmlStickyNote(string Name, string Text, SourcePosition Position);

/// <summary>A <c>Project</c> element.</summary>
internal sealed record DbmlProject(string? Name, IReadOnlyDictionary<string, DbmlValue> Properties, string? Note, SourcePosition Position);

/// <summary>A whole parsed document.</summary>
internal sealed class DbmlDocument
{
    public List<DbmlProject> Projects { get; } = [];
    public List<DbmlTable> Tables { get; } = [];
    public List<DbmlTable> Partials { get; } = [];
    public List<DbmlRef> Refs { get; } = [];
    public List<DbmlEnum> Enums { get; } = [];
    public List<DbmlTableGroup> Groups { get; } = [];
    public List<DbmlStickyNote> Notes { get; } = [];
}
