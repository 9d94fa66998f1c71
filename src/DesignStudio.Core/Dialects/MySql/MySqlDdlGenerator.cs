using System.Text.RegularExpressions;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Dialects.MySql;

/// <summary>
/// MySQL 8 DDL: schema = database (names qualified), inline ENUM, AUTO_INCREMENT, COMMENT on columns and COMMENT= on
/// tables, ON UPDATE CURRENT_TIMESTAMP for the updated-at feature, FULLTEXT / SPATIAL / prefix / functional indexes.
/// No partial or INCLUDE indexes (reported and left out).
/// </summary>
public partial class MySqlDdlGenerator(SqlDialect dialect) : DdlGenerator(dialect)
{
    [GeneratedRegex(@"^(datetime|timestamp)\((\d)\)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TemporalWithFraction();

    [GeneratedRegex(@"^(datetime|timestamp)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Temporal();

    [GeneratedRegex(@"(text|blob|json)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LargeObject();

    /// <inheritdoc />
    protected override string? RejectionOf(string name) =>
        name.Length > 0 && char.IsWhiteSpace(name[^1]) ? $"{Dialect.DisplayName} refuses names ending in white space ('{name}')." : null;

    /// <inheritdoc />
    protected override void EmitPreamble(DdlContext ctx, IReadOnlyList<Table> tables)
    {
        foreach (var s in SchemasOf(ctx.Design, tables)) ctx.Add($"CREATE SCHEMA IF NOT EXISTS {Q(s)}");
    }

    /// <inheritdoc />
    protected override string IdentityClause(DdlContext ctx, Table table, Column column)
    {
        var leadsKey = table.PrimaryKey?.ColumnIds.FirstOrDefault() == column.Id
                       || table.Uniques.Any(u => u.ColumnIds.FirstOrDefault() == column.Id)
                       || table.Indexes.Any(i => i.Parts.FirstOrDefault()?.ColumnId == column.Id);
        if (!leadsKey)
        {
            ctx.Warning(DdlCodes.IdentityUnsupported, DdlContext.PathOf(table, column),
                $"{Dialect.DisplayName} allows AUTO_INCREMENT only on the first column of a key; add a key on this column.");
        }
        return " AUTO_INCREMENT";
    }

    /// <inheritdoc />
    protected override string? PrimaryKeyClause(DdlContext ctx, Table table, PrimaryKey pk)
    {
        // The primary key is always called PRIMARY in MySQL; a name would be ignored.
        var cols = ColumnNames(ctx, table, pk.ColumnIds, "primaryKey");
        if (cols is null) return null;
        CheckKeyColumns(ctx, table, DdlContext.PathOf(table, "primaryKey", pk.Name ?? pk.Id), pk.ColumnIds);
        return $"PRIMARY KEY ({QuoteList(cols)})";
    }

    /// <inheritdoc />
    protected override void CheckKeyColumns(DdlContext ctx, Table table, string path, IEnumerable<string> columnIds)
    {
        foreach (var id in columnIds)
        {
            if (table.FindColumn(id) is { } column) ReportLargeObjectKey(ctx, path, column);
        }
    }

    private void ReportLargeObjectKey(DdlContext ctx, string path, Column column)
    {
        var nativeType = column.NativeTypeFor(Dialect.Name) ?? Dialect.Types.Map(column.Type, ctx.Design.FindEnum(column.Type.EnumId ?? "")).Sql;
        if (!LargeObject().IsMatch(nativeType)) return;
        ctx.Warning(DdlCodes.KeyOnLargeObject, path,
            $"{Dialect.DisplayName} cannot index the {nativeType} column '{column.Name}' without a prefix length; use varchar or an index with a prefix length.");
    }

    /// <inheritdoc />
    protected override string CurrentTimestampSql(Column column, string nativeType) =>
        TemporalWithFraction().Match(nativeType) is { Success: true } m ? $"CURRENT_TIMESTAMP({m.Groups[2].Value})" : "CURRENT_TIMESTAMP";

    /// <inheritdoc />
    protected override string CurrentDateSql => "(CURRENT_DATE)";

    /// <inheritdoc />
    protected override string RandomUuidSql => "(UUID())";

    /// <inheritdoc />
    protected override string ExpressionDefault(string sql) => "(" + sql + ")";

    /// <inheritdoc />
    protected override string FormatLiteral(DdlContext ctx, Table table, Column column, string value, string nativeType)
    {
        var literal = base.FormatLiteral(ctx, table, column, value, nativeType);
        // TEXT, BLOB and JSON columns take only expression defaults, so the literal goes in parentheses.
        return LargeObject().IsMatch(nativeType) ? "(" + literal + ")" : literal;
    }

    /// <inheritdoc />
    protected override string ColumnExtras(DdlContext ctx, Table table, Column column, string nativeType)
    {
        var sql = "";
        if (table.Features.UpdatedAtColumnId == column.Id)
        {
            if (TemporalWithFraction().Match(nativeType) is { Success: true } m) sql += $" ON UPDATE CURRENT_TIMESTAMP({m.Groups[2].Value})";
            else if (Temporal().IsMatch(nativeType)) sql += " ON UPDATE CURRENT_TIMESTAMP";
            else
            {
                ctx.Warning(DdlCodes.UpdatedAtUnsupported, DdlContext.PathOf(table, column),
                    $"ON UPDATE CURRENT_TIMESTAMP needs a datetime or timestamp column, not {nativeType}; the column is not kept current.");
            }
        }
        if (column.Comment is { } c) sql += " COMMENT " + Literal(c);
        return sql;
    }

    /// <inheritdoc />
    protected override string TableOptions(DdlContext ctx, Table table) =>
        table.Comment is { } c ? " COMMENT=" + Literal(c) : "";

    /// <inheritdoc />
    protected override string? ActionSql(DdlContext ctx, string path, ReferentialAction action)
    {
        if (action != ReferentialAction.SetDefault) return ActionKeyword(action);
        ctx.Warning(DdlCodes.ReferentialActionUnsupported, path,
            $"InnoDB in {Dialect.DisplayName} rejects SET DEFAULT; the action was left out (NO ACTION applies).");
        return null;
    }

    /// <inheritdoc />
    protected override string IndexColumnSql(DdlContext ctx, string path, Model.Index index, Column column, IndexPart part)
    {
        if (part.PrefixLength is { } n) return $"{Q(column.Name)}({n})";
        if (index.Method is not (IndexMethod.FullText or IndexMethod.Spatial)) ReportLargeObjectKey(ctx, path, column);
        return Q(column.Name);
    }

    /// <inheritdoc />
    protected override string FormatIndex(DdlContext ctx, string path, Table table, Model.Index index, string name,
        IReadOnlyList<string> parts, IReadOnlyList<string> include, string? where)
    {
        var kind = index.Method switch
        {
            IndexMethod.FullText => "FULLTEXT ",
            IndexMethod.Spatial => "SPATIAL ",
            _ => index.Unique ? "UNIQUE " : "",
        };
        var method = index.Method switch
        {
            IndexMethod.BTree or IndexMethod.FullText or IndexMethod.Spatial => "",
            IndexMethod.Hash => " USING HASH",
            _ => Unsupported(index.Method),
        };
        return $"CREATE {kind}INDEX {Q(name)} ON {TableName(table)} ({string.Join(", ", parts)}){method}";

        string Unsupported(IndexMethod m)
        {
            ReportMethod(ctx, path, m);
            return "";
        }
    }

    /// <inheritdoc />
    protected override void EmitComments(DdlContext ctx, Table table)
    {
        // Comments are inline (COMMENT clauses).
    }

    /// <inheritdoc />
    protected override void EmitUpdatedAt(DdlContext ctx, Table table, Column column)
    {
        // Realised inline as ON UPDATE CURRENT_TIMESTAMP (see ColumnExtras).
    }
}
