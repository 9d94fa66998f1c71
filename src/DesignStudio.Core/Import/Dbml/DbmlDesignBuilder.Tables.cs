using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;
using ModelIndex = DesignStudio.Core.Model.Index;

namespace DesignStudio.Core.Import.Dbml;

internal sealed partial class DbmlDesignBuilder
{
    private void BuildTable(DbmlTable source)
    {
        var key = KeyOf(source.Name.Schema, source.Name.Name);
        var path = "tables/" + source.Name;
        if (tables.ContainsKey(key))
        {
            Report(DbmlDiagnosticCodes.DuplicateName, Severity.Error, path, $"Table '{source.Name}' is defined twice; the second definition is skipped.", source.Position);
            return;
        }
        var table = new DbmlTableBuilder(ObjectId.Derive("tbl", key), source.Name.Schema, source.Name.Name, key);
        tables[key] = table;
        tableOrder.Add(table);
        if (source.Alias is { } alias && !aliases.TryAdd(alias, table))
            Report(DbmlDiagnosticCodes.DuplicateName, Severity.Error, path, $"Alias '{alias}' is used twice.", source.Position);

        var (columns, indexes, checks, note, settings) = Expand(source, path);
        ApplyTableSettings(table, settings, path);
        if (note is not null) table.Comment = note;
        foreach (var c in columns) AddColumn(table, c, path);
        foreach (var c in checks)
        {
            var name = c.Settings.FirstOrDefault(s => s.Key == "name")?.Value?.Text;
            table.Checks.Add(new CheckConstraint { Id = ObjectId.Derive("chk", key + "#" + table.Checks.Count), Name = name, Expression = c.Expression });
            foreach (var s in c.Settings.Where(s => s.Key != "name"))
                Report(DbmlDiagnosticCodes.InvalidSetting, Severity.Warning, path, $"Unknown check setting '{s.Key}'.", s.Position);
        }
        foreach (var i in indexes) AddIndex(table, i, path);
    }

    /// <summary>Applies <c>~partial</c> injections: local definitions win, then the last injected partial.</summary>
    private (List<DbmlColumn> Columns, List<DbmlIndex> Indexes, List<DbmlCheck> Checks, string? Note, List<DbmlSetting> Settings)
        Expand(DbmlTable source, string path)
    {
        var columns = new List<(DbmlColumn Column, bool Local)>();
        var indexes = new List<DbmlIndex>();
        var checks = new List<DbmlCheck>();
        var settings = new List<DbmlSetting>();
        string? note = null;
        foreach (var member in source.Members)
        {
            switch (member)
            {
                case DbmlColumn c:
                    Put(columns, c, local: true);
                    break;
                case DbmlPartialInjection p when partials.TryGetValue(p.Name, out var partial):
                    foreach (var c in partial.Members.OfType<DbmlColumn>()) Put(columns, c, local: false);
                    indexes.AddRange(partial.Indexes);
                    checks.AddRange(partial.Checks);
                    settings.AddRange(partial.Settings);
                    note = partial.Note ?? note;
                    break;
                case DbmlPartialInjection p:
                    Report(DbmlDiagnosticCodes.UnresolvedName, Severity.Error, path, $"Unknown TablePartial '{p.Name}'.", p.Position);
                    break;
            }
        }
        indexes.AddRange(source.Indexes);
        checks.AddRange(source.Checks);
        settings.AddRange(source.Settings);
        return (columns.Select(c => c.Column).ToList(), indexes, checks, source.Note ?? note, settings);

        static void Put(List<(DbmlColumn Column, bool Local)> list, DbmlColumn column, bool local)
        {
            var i = list.FindIndex(x => x.Column.Name == column.Name);
            if (i < 0 || (local && list[i].Local)) list.Add((column, local)); // a local repeat is reported later
            else if (local || !list[i].Local) list[i] = (column, local);
        }
    }

    private void ApplyTableSettings(DbmlTableBuilder table, List<DbmlSetting> settings, string path)
    {
        foreach (var s in settings)
        {
            switch (s.Key)
            {
                case "note" when s.Value is { Kind: DbmlValueKind.String } v: table.Comment = v.Text; break;
                case "headercolor": ReportIgnored(path, "Table header colours are not kept.", s.Position); break;
                default: Report(DbmlDiagnosticCodes.InvalidSetting, Severity.Warning, path, $"Unknown table setting '{s.Key}'.", s.Position); break;
            }
        }
    }

    private void AddColumn(DbmlTableBuilder table, DbmlColumn source, string tablePath)
    {
        var path = tablePath + "/columns/" + source.Name;
        if (table.Columns.Any(c => c.Name == source.Name))
        {
            Report(DbmlDiagnosticCodes.DuplicateName, Severity.Error, path, $"Column '{source.Name}' is defined twice in '{table.Name}'.", source.Position);
            return;
        }
        var column = new Column { Id = ObjectId.Derive("col", table.Key + "." + source.Name), Name = source.Name, Type = LogicalType.Text };
        column = ApplyType(column, source.Type, path);
        var primary = false;
        foreach (var s in source.Settings)
        {
            switch (s.Key)
            {
                case "pk" or "primary key": primary = true; break;
                case "null": column = column with { Nullable = true }; break;
                case "not null": column = column with { Nullable = false }; break;
                case "increment": column = column with { Identity = IdentityKind.ByDefault }; break;
                case "unique":
                    table.Uniques.Add(new UniqueConstraint { Id = ObjectId.Derive("uq", table.Key + "." + source.Name), ColumnIds = [column.Id] });
                    break;
                case "note" when s.Value is { Kind: DbmlValueKind.String } v: column = column with { Comment = v.Text }; break;
                case "default" when s.Value is { } v: column = column with { Default = DefaultOf(v, path) }; break;
                case "check" when s.Value is { Kind: DbmlValueKind.Expression } v:
                    table.Checks.Add(new CheckConstraint { Id = ObjectId.Derive("chk", table.Key + "#" + table.Checks.Count), Expression = v.Text });
                    break;
                case "ref" when s.Value?.Ref is { } r:
                    var here = new DbmlEndpoint(table.Schema, table.Name, [source.Name], s.Position);
                    inlineRefs.Add(new PendingRef(null, here, r.Operator, r.Endpoint, [], s.Position, Inline: true));
                    break;
                default:
                    Report(DbmlDiagnosticCodes.InvalidSetting, Severity.Warning, path, $"Unknown or malformed column setting '{s.Key}'.", s.Position);
                    break;
            }
        }
        if (primary)
        {
            column = column with { Nullable = false };
            table.PrimaryKeyColumnIds.Add(column.Id);
        }
        table.Columns.Add(column);
    }

    private Column ApplyType(Column column, DbmlTypeName type, string path)
    {
        if (type.Arguments.Count == 0 && FindEnum(type) is { } e)
            return column with { Type = LogicalType.Enum(e.Id) with { IsArray = type.ArrayDepth > 0 } };
        var mapping = DbmlTypeMapper.Map(type);
        column = column with { Type = mapping.Type, Identity = mapping.Identity };
        if (!mapping.Known)
        {
            Report(DbmlDiagnosticCodes.UnknownType, Severity.Warning, path,
                $"Unknown type '{type.Text}' imported as text" + (dialect is null ? " (no database_type, so no native type is kept)." : $", native type kept for {dialect}."),
                type.Position);
        }
        else if (!mapping.Exact)
        {
            Report(DbmlDiagnosticCodes.Approximated, Severity.Info, path,
                $"Type '{type.Text}' imported as {mapping.Type}" + (dialect is null ? "." : $", native type kept for {dialect}."), type.Position);
        }
        else if (mapping.Identity != IdentityKind.None)
        {
            Report(DbmlDiagnosticCodes.Approximated, Severity.Info, path, $"Type '{type.Text}' imported as {mapping.Type} with an identity.", type.Position);
        }
        if ((!mapping.Known || !mapping.Exact) && dialect is not null)
            column = column with { NativeTypes = [new NativeTypeOverride(dialect, type.Text)] };
        return column;
    }

    private EnumType? FindEnum(DbmlTypeName type) =>
        enums.TryGetValue(KeyOf(type.Schema, type.Name), out var e) ? e : null;

    private ColumnDefault? DefaultOf(DbmlValue value, string path)
    {
        switch (value.Kind)
        {
            case DbmlValueKind.String or DbmlValueKind.Number:
                return ColumnDefault.Literal(value.Text);
            case DbmlValueKind.Expression:
                return value.Text.Trim().ToLowerInvariant() switch
                {
                    "now()" or "current_timestamp" or "current_timestamp()" => ColumnDefault.CurrentTimestamp,
                    "current_date" or "current_date()" => ColumnDefault.CurrentDate,
                    "gen_random_uuid()" or "uuid_generate_v4()" or "uuid()" or "newid()" => ColumnDefault.RandomUuid,
                    _ => ColumnDefault.Expression(value.Text),
                };
            case DbmlValueKind.Words when value.Text.Equals("null", StringComparison.OrdinalIgnoreCase):
                return null;
            case DbmlValueKind.Words when value.Text.Equals("true", StringComparison.OrdinalIgnoreCase) || value.Text.Equals("false", StringComparison.OrdinalIgnoreCase):
                return ColumnDefault.Literal(value.Text.ToLowerInvariant());
            case DbmlValueKind.Words:
                return ColumnDefault.Literal(value.Text);
            default:
                Report(DbmlDiagnosticCodes.InvalidSetting, Severity.Warning, path, $"Default value {value.Text} is not a string, number, boolean or `expression`; ignored.", value.Position);
                return null;
        }
    }

    private void AddIndex(DbmlTableBuilder table, DbmlIndex source, string path)
    {
        var parts = new List<IndexPart>();
        foreach (var p in source.Parts)
        {
            if (p.Column is { } name)
            {
                var column = table.FindColumn(name);
                if (column is null)
                {
                    Report(DbmlDiagnosticCodes.UnresolvedName, Severity.Error, path, $"Index names an unknown column '{name}'; the index is skipped.", p.Position);
                    return;
                }
                parts.Add(IndexPart.OfColumn(column.Id));
            }
            else
            {
                parts.Add(ExpressionPart(table, p.Expression!));
            }
        }
        string? indexName = null;
        bool unique = false, primary = false, constraint = false;
        var method = IndexMethod.BTree;
        foreach (var s in source.Settings)
        {
            switch (s.Key)
            {
                case "pk" or "primary key": primary = true; break;
                case "unique": unique = true; break;
                case "name" when s.Value is { } v: indexName = v.Text; break;
                case "type" when s.Value is { } v: method = MethodOf(v, path); break;
                case "note" when s.Value is { Kind: DbmlValueKind.String } v:
                    if (v.Text.Equals(UniqueConstraintNote, StringComparison.OrdinalIgnoreCase)) constraint = true;
                    else ReportIgnored(path, "Index notes are not kept.", s.Position);
                    break;
                default: Report(DbmlDiagnosticCodes.InvalidSetting, Severity.Warning, path, $"Unknown index setting '{s.Key}'.", s.Position); break;
            }
        }
        var columnIds = parts.All(p => p.ColumnId is not null && !p.Descending) ? parts.Select(p => p.ColumnId!).ToValueList() : (ValueList<string>?)null;
        if (primary)
        {
            if (columnIds is null) { Report(DbmlDiagnosticCodes.InvalidSetting, Severity.Error, path, "A primary key must list plain columns.", source.Position); return; }
            if (table.PrimaryKey is not null || table.PrimaryKeyColumnIds.Count > 0)
            {
                Report(DbmlDiagnosticCodes.DuplicateName, Severity.Error, path, $"Table '{table.Name}' has more than one primary key; this one is skipped.", source.Position);
                return;
            }
            table.PrimaryKey = new PrimaryKey { Id = ObjectId.Derive("pk", table.Key), Name = indexName, ColumnIds = columnIds.Value };
            foreach (var id in columnIds.Value) MakeNotNull(table, id);
            return;
        }
        if (constraint && unique && columnIds is { } uqColumns)
        {
            table.Uniques.Add(new UniqueConstraint { Id = ObjectId.Derive("uq", table.Key + "#" + table.Uniques.Count), Name = indexName, ColumnIds = uqColumns });
            return;
        }
        table.Indexes.Add(new ModelIndex
        {
            Id = ObjectId.Derive("idx", table.Key + "#" + table.Indexes.Count),
            Name = indexName,
            Unique = unique,
            Method = method,
            Parts = parts.ToValueList(),
        });
    }

    /// <summary>The note that marks an index entry as a unique constraint (DBML has no other way to say so).</summary>
    internal const string UniqueConstraintNote = "unique constraint";

    /// <summary>`col DESC` over a column of the table is a descending column part; anything else is an expression.</summary>
    private static IndexPart ExpressionPart(DbmlTableBuilder table, string expression)
    {
        var text = expression.Trim();
        var space = text.LastIndexOf(' ');
        if (space > 0)
        {
            var direction = text[(space + 1)..];
            var name = text[..space].Trim();
            if (name.Length > 1 && name[0] == '"' && name[^1] == '"') name = name[1..^1].Replace("\"\"", "\"");
            var column = table.Columns.Find(c => c.Name == name);
            if (column is not null && direction.Equals("desc", StringComparison.OrdinalIgnoreCase)) return IndexPart.OfColumn(column.Id, descending: true);
        }
        return new IndexPart { Expression = expression };
    }

    private IndexMethod MethodOf(DbmlValue value, string path)
    {
        switch (value.Text.ToLowerInvariant())
        {
            case "btree": return IndexMethod.BTree;
            case "hash": return IndexMethod.Hash;
            case "gin": return IndexMethod.Gin;
            case "gist": return IndexMethod.Gist;
            case "brin": return IndexMethod.Brin;
            case "fulltext": return IndexMethod.FullText;
            case "spatial": return IndexMethod.Spatial;
            default:
                Report(DbmlDiagnosticCodes.InvalidSetting, Severity.Warning, path, $"Unknown index type '{value.Text}'; using btree.", value.Position);
                return IndexMethod.BTree;
        }
    }

    private static void MakeNotNull(DbmlTableBuilder table, string columnId)
    {
        var column = table.Columns.Find(c => c.Id == columnId);
        if (column is not null) table.ReplaceColumn(column with { Nullable = false });
    }
}
