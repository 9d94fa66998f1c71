using DesignStudio.Core.Model;

namespace DesignStudio.Core.Dialects;

/// <summary>
/// The dialect-independent part of DDL generation: statement order (schemas and types, tables by foreign-key
/// dependency, cycle-closing foreign keys, indexes, comments, triggers), constraint and index naming, column
/// definitions and literal defaults. Each dialect overrides only what differs.
/// </summary>
public abstract partial class DdlGenerator
{
    /// <summary>Creates a generator for <paramref name="dialect"/>.</summary>
    protected DdlGenerator(SqlDialect dialect) => Dialect = dialect;

    /// <summary>The dialect (quoting, identifier limits, type mapper).</summary>
    protected SqlDialect Dialect { get; }

    /// <summary>
    /// True for dialects without ALTER TABLE ... ADD CONSTRAINT (SQLite): every foreign key is written inline,
    /// which those dialects accept even when the target table is created later.
    /// </summary>
    protected virtual bool InlinesAllForeignKeys => false;

    /// <summary>Generates the full script for <paramref name="design"/>.</summary>
    public DdlScript Generate(Design design)
    {
        var ctx = new DdlContext(design);
        var order = ForeignKeyOrder.Plan(design, deferCycles: !InlinesAllForeignKeys);
        EmitPreamble(ctx, order.Tables);
        EmitVerbatim(ctx, VerbatimPlacement.BeforeTables);
        var earlyIndexes = ForeignKeyTargetIndexes.Find(design);
        foreach (var t in order.Tables)
        {
            ctx.Add(CreateTable(ctx, t, order), TableStatementComment(t));
            foreach (var ix in t.Indexes)
            {
                if (earlyIndexes.Contains(ix.Id)) EmitIndex(ctx, t, ix);
            }
        }
        foreach (var t in order.Tables)
        {
            foreach (var fk in t.ForeignKeys)
            {
                if (!order.IsDeferred(fk)) continue;
                if (ForeignKeyClause(ctx, t, fk) is { } clause) ctx.Add($"ALTER TABLE {TableName(t)} ADD {clause}");
            }
        }
        EmitVerbatim(ctx, VerbatimPlacement.BeforeIndexes);
        foreach (var t in order.Tables)
        {
            foreach (var ix in t.Indexes)
            {
                if (!earlyIndexes.Contains(ix.Id)) EmitIndex(ctx, t, ix);
            }
        }
        foreach (var t in order.Tables) EmitComments(ctx, t);
        foreach (var t in order.Tables)
        {
            if (t.Features.UpdatedAtColumnId is not { } id) continue;
            var column = t.FindColumn(id);
            if (column is null)
            {
                ctx.Error(DdlCodes.DanglingReference, DdlContext.PathOf(t),
                    $"The updated-at feature refers to column '{id}', which is not in the table.");
                continue;
            }
            EmitUpdatedAt(ctx, t, column);
        }
        EmitVerbatim(ctx, VerbatimPlacement.Last);
        ReportForeignVerbatim(ctx);
        return new DdlScript(Dialect.Name, ctx.Statements, ctx.Diagnostics);
    }

    /// <summary>
    /// Emits the verbatim objects of this dialect placed at <paramref name="placement"/>, in their source order, after
    /// the statements <see cref="VerbatimPreamble"/> asks for.
    /// </summary>
    private void EmitVerbatim(DdlContext ctx, VerbatimPlacement placement)
    {
        var objects = ctx.Design.Verbatim.Where(v => IsOwnDialect(v) && PlacementOf(v) == placement).ToList();
        if (objects.Count == 0) return;
        foreach (var sql in VerbatimPreamble(placement, objects)) ctx.Add(sql);
        foreach (var v in objects) ctx.Add(v.Sql.Trim().TrimEnd(';').TrimEnd(), $"{v.Kind} {v.Name}".TrimEnd());
    }

    /// <summary>
    /// Where a verbatim object goes: sequences before the tables (a <c>nextval</c> default needs its sequence), the
    /// rest last, since it may read the tables. Dialects refine this.
    /// </summary>
    protected virtual VerbatimPlacement PlacementOf(VerbatimObject verbatim) =>
        string.Equals(verbatim.Kind, "sequence", StringComparison.OrdinalIgnoreCase) ? VerbatimPlacement.BeforeTables : VerbatimPlacement.Last;

    /// <summary>Statements before the verbatim objects of one placement (e.g. PostgreSQL's check_function_bodies).</summary>
    protected virtual IEnumerable<string> VerbatimPreamble(VerbatimPlacement placement, IReadOnlyList<VerbatimObject> objects) => [];

    private bool IsOwnDialect(VerbatimObject v) => DialectRegistry.TryGet(v.Dialect)?.Name == Dialect.Name;

    /// <summary>
    /// Reports the verbatim objects left out: written in another dialect (DDL180, they cannot be translated) or needing
    /// what the design does not model (DDL181).
    /// </summary>
    private void ReportForeignVerbatim(DdlContext ctx)
    {
        foreach (var v in ctx.Design.Verbatim)
        {
            if (IsOwnDialect(v))
            {
                if (PlacementOf(v) == VerbatimPlacement.Omitted)
                {
                    ctx.Warning(DdlCodes.VerbatimNotApplicable, $"verbatim/{v.Name ?? v.Id}",
                        $"The {v.Kind} needs what the design does not model; it was left out.");
                }
                continue;
            }
            ctx.Warning(DdlCodes.VerbatimOtherDialect, $"verbatim/{v.Name ?? v.Id}",
                $"The {v.Kind} is written in {v.Dialect} SQL and cannot be translated to {Dialect.DisplayName}; it was left out.");
        }
    }

    /// <summary>Quotes an identifier.</summary>
    protected string Q(string name) => Dialect.QuoteIdentifier(name);

    /// <summary>Quotes a string literal.</summary>
    protected string Literal(string value) => Dialect.QuoteString(value);

    /// <summary>The table's name as written in statements (schema-qualified where the dialect has schemas).</summary>
    protected virtual string TableName(Table table) =>
        table.Schema is { } s ? Q(s) + "." + Q(table.Name) : Q(table.Name);

    /// <summary>Schemas the tables and enums live in, in first-use order.</summary>
    protected static IReadOnlyList<string> SchemasOf(Design design, IReadOnlyList<Table> tables)
    {
        var result = new List<string>();
        foreach (var s in tables.Select(t => t.Schema).Concat(design.Enums.Select(e => e.Schema)))
        {
            if (s is not null && !result.Contains(s, StringComparer.Ordinal)) result.Add(s);
        }
        return result;
    }

    /// <summary>Statements before the tables: schemas, enum types, shared functions.</summary>
    protected abstract void EmitPreamble(DdlContext ctx, IReadOnlyList<Table> tables);

    /// <summary>A one-line comment shown above the CREATE TABLE statement (SQLite carries table comments this way).</summary>
    protected virtual string? TableStatementComment(Table table) => null;

    /// <summary>Comments on the table and its columns (COMMENT ON, extended properties); nothing where they are inline.</summary>
    protected abstract void EmitComments(DdlContext ctx, Table table);

    /// <summary>Realises the keep-updated-at-current feature for <paramref name="column"/> (trigger), if it needs a statement.</summary>
    protected abstract void EmitUpdatedAt(DdlContext ctx, Table table, Column column);

    /// <summary>The CREATE TABLE statement with columns, keys, checks and the foreign keys that are not deferred.</summary>
    protected virtual string CreateTable(DdlContext ctx, Table table, TableOrder order)
    {
        var lines = new List<string>();
        CheckLength(ctx, DdlContext.PathOf(table), table.Name);
        foreach (var c in table.Columns)
        {
            CheckLength(ctx, DdlContext.PathOf(table, c), c.Name);
            lines.Add(ColumnDefinition(ctx, table, c));
        }
        if (table.PrimaryKey is { } pk && PrimaryKeyClause(ctx, table, pk) is { } pkSql) lines.Add(pkSql);
        foreach (var u in table.Uniques)
        {
            var cols = ColumnNames(ctx, table, u.ColumnIds, "uniques");
            if (cols is null) continue;
            CheckKeyColumns(ctx, table, DdlContext.PathOf(table, "uniques", u.Name ?? u.Id), u.ColumnIds);
            lines.Add($"CONSTRAINT {Q(NameOf(ctx, table, u.Name, "uq", cols))} UNIQUE ({QuoteList(cols)})");
        }
        for (var i = 0; i < table.Checks.Count; i++)
        {
            var ck = table.Checks[i];
            var name = NameOf(ctx, table, ck.Name, "ck", [(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            lines.Add($"CONSTRAINT {Q(name)} CHECK ({ck.Expression})");
        }
        lines.AddRange(ExtraTableConstraints(ctx, table));
        foreach (var fk in table.ForeignKeys)
        {
            if (!order.IsDeferred(fk) && ForeignKeyClause(ctx, table, fk) is { } clause) lines.Add(clause);
        }
        var body = string.Join(",\n", lines.Select(l => "  " + l));
        return $"CREATE TABLE {TableName(table)} (\n{body}\n){TableOptions(ctx, table)}";
    }

    /// <summary>A hook to report key columns the dialect cannot index (MySQL/MariaDB TEXT and BLOB).</summary>
    protected virtual void CheckKeyColumns(DdlContext ctx, Table table, string path, IEnumerable<string> columnIds)
    {
    }

    /// <summary>Table constraints beyond keys and checks, e.g. the CHECK that stands in for an enum type.</summary>
    protected virtual IEnumerable<string> ExtraTableConstraints(DdlContext ctx, Table table) => [];

    /// <summary>
    /// CHECK constraints that stand in for enum types where the dialect has none (SQLite, SQL Server):
    /// <c>CHECK (col IN ('a', 'b'))</c>, named <c>ck_table_column_enum</c>.
    /// </summary>
    protected IEnumerable<string> EnumCheckConstraints(DdlContext ctx, Table table)
    {
        foreach (var c in table.Columns)
        {
            if (c.Type is not { Kind: TypeKind.Enum, IsArray: false, EnumId: { } id } || c.NativeTypeFor(Dialect.Name) is not null) continue;
            if (ctx.Design.FindEnum(id) is not { } e) continue;
            var name = ObjectNames.Derive(Dialect, "ck", table.Name, [c.Name, "enum"]);
            yield return $"CONSTRAINT {Q(name)} CHECK ({Q(c.Name)} IN ({string.Join(", ", e.Values.Select(Literal))}))";
        }
    }

    /// <summary>Text after the closing parenthesis of CREATE TABLE (MySQL table options).</summary>
    protected virtual string TableOptions(DdlContext ctx, Table table) => "";

    /// <summary>The primary key clause, or null when the dialect expresses it inline (SQLite rowid alias).</summary>
    protected virtual string? PrimaryKeyClause(DdlContext ctx, Table table, PrimaryKey pk)
    {
        var cols = ColumnNames(ctx, table, pk.ColumnIds, "primaryKey");
        return cols is null ? null : $"CONSTRAINT {Q(NameOf(ctx, table, pk.Name, "pk", []))} PRIMARY KEY ({QuoteList(cols)})";
    }

    /// <summary>A foreign-key clause (<c>CONSTRAINT ... FOREIGN KEY ... REFERENCES ...</c>), or null when it is inconsistent.</summary>
    protected string? ForeignKeyClause(DdlContext ctx, Table table, ForeignKey fk)
    {
        var path = DdlContext.PathOf(table, "foreignKeys", fk.Name ?? fk.Id);
        var target = ctx.FindTable(fk.TargetTableId);
        if (target is null)
        {
            ctx.Error(DdlCodes.DanglingReference, path, $"The foreign key targets table '{fk.TargetTableId}', which is not in the design; it was left out.");
            return null;
        }
        var cols = ColumnNames(ctx, table, fk.ColumnIds, "foreignKeys");
        var targetCols = ColumnNames(ctx, target, fk.TargetColumnIds, "foreignKeys");
        if (cols is null || targetCols is null) return null;
        var sql = $"CONSTRAINT {Q(NameOf(ctx, table, fk.Name, "fk", cols))} FOREIGN KEY ({QuoteList(cols)}) " +
                  $"REFERENCES {TableName(target)} ({QuoteList(targetCols)})";
        if (fk.OnDelete is { } del && ActionSql(ctx, path, del) is { } d) sql += " ON DELETE " + d;
        if (fk.OnUpdate is { } upd && ActionSql(ctx, path, upd) is { } u) sql += " ON UPDATE " + u;
        return sql;
    }

    /// <summary>The SQL of a referential action, or null to omit it (after reporting why).</summary>
    protected virtual string? ActionSql(DdlContext ctx, string path, ReferentialAction action) => ActionKeyword(action);

    /// <summary>The standard keywords of a referential action.</summary>
    protected static string ActionKeyword(ReferentialAction action) => action switch
    {
        ReferentialAction.NoAction => "NO ACTION",
        ReferentialAction.Restrict => "RESTRICT",
        ReferentialAction.Cascade => "CASCADE",
        ReferentialAction.SetNull => "SET NULL",
        ReferentialAction.SetDefault => "SET DEFAULT",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    /// <summary>
    /// The given name, checked against the identifier limit, or a derived <c>prefix_table_parts</c> name when it is null.
    /// </summary>
    protected string NameOf(DdlContext ctx, Table table, string? given, string prefix, IEnumerable<string> parts)
    {
        if (given is null) return ObjectNames.Derive(Dialect, prefix, table.Name, parts);
        CheckLength(ctx, DdlContext.PathOf(table, prefix, given), given);
        return given;
    }

    /// <summary>Reports a name longer than the dialect accepts (DDL190); the engine would reject or truncate it.</summary>
    protected void CheckLength(DdlContext ctx, string path, string name)
    {
        if (RejectionOf(name) is { } reason) ctx.Error(DdlCodes.IdentifierRejected, path, reason);
        if (ObjectNames.Fits(name, Dialect.MaxIdentifierLength, Dialect.IdentifierLengthInBytes)) return;
        ctx.Error(DdlCodes.IdentifierTooLong, path,
            $"'{name}' is longer than {Dialect.DisplayName} allows ({Dialect.MaxIdentifierLength}{(Dialect.IdentifierLengthInBytes ? " bytes" : " characters")}).");
    }

    /// <summary>Why the dialect refuses <paramref name="name"/> even when quoted, or null when it accepts it.</summary>
    protected virtual string? RejectionOf(string name) => null;

    /// <summary>Resolves column ids to names; reports a dangling id and returns null.</summary>
    protected static IReadOnlyList<string>? ColumnNames(DdlContext ctx, Table table, IEnumerable<string> ids, string collection)
    {
        var names = new List<string>();
        foreach (var id in ids)
        {
            if (table.FindColumn(id) is { } c)
            {
                names.Add(c.Name);
                continue;
            }
            ctx.Error(DdlCodes.DanglingReference, DdlContext.PathOf(table, collection, id),
                $"Column '{id}' is not in table '{table.Name}'; the {collection} entry was left out.");
            return null;
        }
        return names;
    }

    /// <summary>A comma-separated list of quoted identifiers.</summary>
    protected string QuoteList(IEnumerable<string> names) => string.Join(", ", names.Select(Q));
}
