using DesignStudio.Core.Dialects;
using DesignStudio.Core.Diff;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Migrations;

/// <summary>
/// Writes the SQL of each change for one dialect: one method per change kind, the common (standard SQL) form here,
/// dialects override only what differs. Object SQL (column definitions, constraint clauses, indexes) comes from the
/// dialect's <see cref="DdlGenerator"/>, so a migrated database matches one created fresh from the new design.
/// Old-side names (drops, renames' sources) are read from <see cref="TableChange.From"/>; statements running after
/// the renames (see <see cref="MigrationPhases"/>) address tables by their new names.
/// </summary>
public abstract partial class MigrationGenerator
{
    /// <summary>Creates the generator for <paramref name="dialect"/> using its DDL generator <paramref name="ddl"/>.</summary>
    protected MigrationGenerator(SqlDialect dialect, DdlGenerator ddl) => (Dialect, Ddl) = (dialect, ddl);

    /// <summary>The dialect written.</summary>
    public SqlDialect Dialect { get; }

    /// <summary>The dialect's DDL generator, source of all object SQL.</summary>
    protected DdlGenerator Ddl { get; }

    /// <summary>Replaces changes the dialect cannot do in place (SQLite: table rebuilds). Default: unchanged.</summary>
    public virtual IReadOnlyList<SchemaChange> Rewrite(IReadOnlyList<SchemaChange> changes, Design from, Design to) => changes;

    /// <summary>Comment lines at the top of the scripts.</summary>
    public virtual IReadOnlyList<string> Header(IReadOnlyList<SchemaChange> changes) => [];

    /// <summary>Wraps the statements in transactions; statements marked OutsideTransaction run between them.</summary>
    public virtual IReadOnlyList<SqlStatement> Assemble(IReadOnlyList<SqlStatement> body, MigrationContext ctx)
    {
        var result = new List<SqlStatement>();
        var open = false;
        foreach (var s in body)
        {
            if (s.OutsideTransaction == open)
            {
                result.Add(new SqlStatement(open ? CommitSql : BeginSql));
                open = !open;
            }
            result.Add(s);
        }
        if (open) result.Add(new SqlStatement(CommitSql));
        return result;
    }

    /// <summary>Statement opening a transaction.</summary>
    protected virtual string BeginSql => "BEGIN";

    /// <summary>Statement committing a transaction.</summary>
    protected virtual string CommitSql => "COMMIT";

    /// <summary>The statements of one change.</summary>
    public IReadOnlyList<SqlStatement> Generate(SchemaChange change, MigrationContext ctx)
    {
        var list = new List<SqlStatement>();
        var emit = new Emit(list, change.Describe());
        switch (change)
        {
            case AddTable c: AddTable(ctx, emit, c.Table); break;
            case DropTable c: DropTable(ctx, emit, c.Table); break;
            case RenameTable c: RenameTable(ctx, emit, c); break;
            case ChangeTableComment c: ChangeTableComment(ctx, emit, c); break;
            case AddColumn c: AddColumn(ctx, emit, c); break;
            case DropColumn c: DropColumn(ctx, emit, c); break;
            case RenameColumn c: RenameColumn(ctx, emit, c); break;
            case AlterColumn c: AlterColumn(ctx, emit, c); break;
            case AddPrimaryKey c: AddConstraint(ctx, emit, c.To, Ddl.PrimaryKeySql(ctx.ToDdl, c.To, c.Key)); break;
            case DropPrimaryKey c: DropPrimaryKey(ctx, emit, c); break;
            case AddUnique c: AddUnique(ctx, emit, c); break;
            case DropUnique c: DropConstraint(ctx, emit, c.From, ConstraintKind.Unique, EffectiveNames.Of(Dialect, c.From, c.Unique)); break;
            case AddCheck c: AddCheck(ctx, emit, c); break;
            case DropCheck c: DropConstraint(ctx, emit, c.From, ConstraintKind.Check, EffectiveNames.Of(Dialect, c.From, c.Check)); break;
            case AddForeignKey c: AddForeignKey(ctx, emit, c); break;
            case DropForeignKey c: DropForeignKey(ctx, emit, c); break;
            case AddIndex c: AddIndex(ctx, emit, c); break;
            case DropIndex c: DropIndex(ctx, emit, c.From, EffectiveNames.Of(Dialect, c.From, c.Index)); break;
            case RenameConstraint c: RenameConstraint(ctx, emit, c); break;
            case CreateEnum c: CreateEnum(ctx, emit, c.Enum); break;
            case DropEnum c: DropEnum(ctx, emit, c.Enum); break;
            case AddEnumValue c: AddEnumValue(ctx, emit, c); break;
            case RenameEnumValue c: RenameEnumValue(ctx, emit, c); break;
            case ReplaceEnum c: ReplaceEnum(ctx, emit, c); break;
            case ChangeEnumComment c: ChangeEnumComment(ctx, emit, c); break;
            case AddUpdatedAt c: AddUpdatedAt(ctx, emit, c); break;
            case DropUpdatedAt c: DropUpdatedAt(ctx, emit, c); break;
            case RebuildTable c: RebuildTable(ctx, emit, c); break;
            default: throw new ArgumentOutOfRangeException(nameof(change), change.GetType().Name, null);
        }
        return list;
    }

    /// <summary>Quotes an identifier.</summary>
    protected string Q(string name) => Dialect.QuoteIdentifier(name);

    /// <summary>A table's name as DDL writes it.</summary>
    protected string Name(Table table) => Ddl.QualifiedTableName(table);

    /// <summary>A string literal.</summary>
    protected string Literal(string value) => Dialect.QuoteString(value);
}
