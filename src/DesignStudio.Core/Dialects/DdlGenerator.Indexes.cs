using DesignStudio.Core.Model;

namespace DesignStudio.Core.Dialects;

public abstract partial class DdlGenerator
{
    /// <summary>Whether the dialect has partial (filtered) indexes.</summary>
    protected virtual bool SupportsPartialIndexes => false;

    /// <summary>Whether the dialect has INCLUDE (non-key) index columns.</summary>
    protected virtual bool SupportsInclude => false;

    /// <summary>Whether the dialect accepts expressions as index key parts.</summary>
    protected virtual bool SupportsExpressionParts => true;

    /// <summary>Whether index names are unique per schema (PostgreSQL, SQLite) rather than per table (MySQL, SQL Server).</summary>
    protected virtual bool IndexNamesPerSchema => false;

    /// <summary>
    /// Emits CREATE INDEX for <paramref name="index"/>, leaving out (with a diagnostic) what the dialect lacks:
    /// predicate, included columns, expression parts, prefix lengths, access method.
    /// </summary>
    protected void EmitIndex(DdlContext ctx, Table table, Model.Index index)
    {
        var path = DdlContext.PathOf(table, "indexes", index.Name ?? index.Id);
        var parts = new List<string>();
        var nameParts = new List<string>();
        foreach (var part in index.Parts)
        {
            string sql;
            if (part.ColumnId is { } id)
            {
                if (table.FindColumn(id) is not { } column)
                {
                    ctx.Error(DdlCodes.DanglingReference, path, $"Column '{id}' is not in table '{table.Name}'; the index was left out.");
                    return;
                }
                sql = IndexColumnSql(ctx, path, index, column, part);
                nameParts.Add(column.Name);
            }
            else if (part.Expression is { } expression && SupportsExpressionParts)
            {
                sql = IndexExpressionSql(index, expression);
                nameParts.Add("expr");
            }
            else
            {
                ctx.Warning(DdlCodes.ExpressionIndexUnsupported, path,
                    $"{Dialect.DisplayName} cannot index the expression '{part.Expression}'; that key part was left out.");
                continue;
            }
            parts.Add(part.Descending && index.Method is not (IndexMethod.FullText or IndexMethod.Spatial) ? sql + " DESC" : sql);
        }
        if (parts.Count == 0)
        {
            ctx.Warning(DdlCodes.ExpressionIndexUnsupported, path, "No key part of the index can be expressed; the index was left out.");
            return;
        }
        var include = ColumnNames(ctx, table, index.IncludeColumnIds, "indexes") ?? [];
        if (include.Count > 0 && !SupportsInclude)
        {
            ctx.Warning(DdlCodes.IncludeUnsupported, path,
                $"{Dialect.DisplayName} has no INCLUDE columns; the index was created without {string.Join(", ", include)}.");
            include = [];
        }
        var where = index.Where;
        if (where is not null && !SupportsPartialIndexes)
        {
            ctx.Warning(DdlCodes.PartialIndexUnsupported, path,
                $"{Dialect.DisplayName} has no partial indexes; the index covers all rows (WHERE {where} was left out)" +
                (index.Unique ? ", so uniqueness now applies to every row." : "."));
            where = null;
        }
        var name = NameOf(ctx, table, index.Name, index.Unique ? "ux" : "ix", nameParts);
        if (IndexNamesPerSchema && !ctx.ClaimIndexName(table.Schema, name))
        {
            // MySQL and SQL Server scope index names to their table (sakila has idx_fk_address_id on three tables).
            var renamed = ObjectNames.Derive(Dialect, index.Unique ? "ux" : "ix", table.Name, nameParts);
            for (var n = 2; !ctx.ClaimIndexName(table.Schema, renamed); n++) renamed = ObjectNames.Derive(Dialect, index.Unique ? "ux" : "ix", table.Name, [.. nameParts, n.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            ctx.Warning(DdlCodes.IndexNameCollision, path, $"Index name '{name}' is already used in this schema; the index is created as '{renamed}'.");
            name = renamed;
        }
        ctx.Add(FormatIndex(ctx, path, table, index, name, parts, include, where));
    }

    /// <summary>One column key part (quoted name, MySQL prefix length); DESC is appended by the caller.</summary>
    protected virtual string IndexColumnSql(DdlContext ctx, string path, Model.Index index, Column column, IndexPart part)
    {
        if (part.PrefixLength is not null)
        {
            ctx.Warning(DdlCodes.PrefixLengthUnsupported, path,
                $"{Dialect.DisplayName} has no index prefix lengths; '{column.Name}' is indexed in full.");
        }
        return Q(column.Name);
    }

    /// <summary>One expression key part.</summary>
    protected virtual string IndexExpressionSql(Model.Index index, string expression) => "(" + expression + ")";

    /// <summary>The CREATE INDEX statement from its resolved pieces.</summary>
    protected virtual string FormatIndex(DdlContext ctx, string path, Table table, Model.Index index, string name,
        IReadOnlyList<string> parts, IReadOnlyList<string> include, string? where)
    {
        var sql = $"CREATE {(index.Unique ? "UNIQUE " : "")}INDEX {Q(name)} ON {TableName(table)}" +
                  $"{UsingClause(ctx, path, index)} ({string.Join(", ", parts)})";
        if (include.Count > 0) sql += $" INCLUDE ({QuoteList(include)})";
        if (where is not null) sql += $" WHERE {where}";
        return sql;
    }

    /// <summary>The access-method clause; by default only B-tree exists and anything else is reported (DDL132).</summary>
    protected virtual string UsingClause(DdlContext ctx, string path, Model.Index index)
    {
        if (index.Method != IndexMethod.BTree) ReportMethod(ctx, path, index.Method);
        return "";
    }

    /// <summary>Reports that <paramref name="method"/> is not available and the default method was used.</summary>
    protected void ReportMethod(DdlContext ctx, string path, IndexMethod method) =>
        ctx.Warning(DdlCodes.IndexMethodUnsupported, path,
            $"{Dialect.DisplayName} has no {method} indexes; a default (B-tree) index was created instead.");
}
