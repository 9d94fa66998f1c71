using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Diff;

/// <summary>
/// The names a DDL generator gives constraints and indexes: the designed name, or the one derived from the table
/// and column names (so a rename of either renames the derived name too). Mirrors <see cref="DdlGenerator"/>.
/// </summary>
public static class EffectiveNames
{
    private static readonly ISqlDialect Fallback = DialectRegistry.Get(DialectNames.PostgreSql);

    /// <summary>Name of the primary key constraint.</summary>
    public static string Of(ISqlDialect? dialect, Table table, PrimaryKey key) =>
        key.Name ?? ObjectNames.Derive(dialect ?? Fallback, "pk", table.Name, []);

    /// <summary>Name of a unique constraint.</summary>
    public static string Of(ISqlDialect? dialect, Table table, UniqueConstraint unique) =>
        unique.Name ?? ObjectNames.Derive(dialect ?? Fallback, "uq", table.Name, ColumnNames(table, unique.ColumnIds));

    /// <summary>Name of a check constraint (derived names count checks from 1 in table order).</summary>
    public static string Of(ISqlDialect? dialect, Table table, CheckConstraint check)
    {
        if (check.Name is { } n) return n;
        var position = table.Checks.FindIndex(c => c.Id == check.Id) + 1;
        return ObjectNames.Derive(dialect ?? Fallback, "ck", table.Name, [position.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
    }

    /// <summary>Name of a foreign key constraint.</summary>
    public static string Of(ISqlDialect? dialect, Table table, ForeignKey key) =>
        key.Name ?? ObjectNames.Derive(dialect ?? Fallback, "fk", table.Name, ColumnNames(table, key.ColumnIds));

    /// <summary>Name of an index.</summary>
    public static string Of(ISqlDialect? dialect, Table table, Model.Index index) =>
        index.Name ?? ObjectNames.Derive(dialect ?? Fallback, index.Unique ? "ux" : "ix", table.Name,
            index.Parts.Select(p => p.ColumnId is { } id ? table.FindColumn(id)?.Name ?? id : "expr"));

    /// <summary>Name of the trigger behind the updated-at feature.</summary>
    public static string UpdatedAtTrigger(ISqlDialect? dialect, Table table) =>
        ObjectNames.Derive(dialect ?? Fallback, "trg", table.Name, ["updated_at"]);

    private static IEnumerable<string> ColumnNames(Table table, IEnumerable<string> ids) =>
        ids.Select(id => table.FindColumn(id)?.Name ?? id);
}
