using System.Globalization;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;

namespace DesignStudio.Engines.Tests.Migrations;

/// <summary>One row per table with the same value in every column of a type, so foreign keys match their targets.</summary>
public static class SampleRows
{
    /// <summary>INSERT statements in foreign-key order.</summary>
    public static IEnumerable<string> Inserts(Design design, string dialect)
    {
        var d = DialectRegistry.Get(dialect);
        foreach (var t in ForeignKeyOrder.Plan(design, deferCycles: true).Tables)
        {
            var cols = string.Join(", ", t.Columns.Select(c => d.QuoteIdentifier(c.Name)));
            var values = string.Join(", ", t.Columns.Select(c => Value(design, c, dialect)));
            var overriding = dialect == DialectNames.PostgreSql && t.Columns.Any(c => c.Identity == IdentityKind.Always) ? " OVERRIDING SYSTEM VALUE" : "";
            yield return $"INSERT INTO {d.QuoteIdentifier(t.Name)} ({cols}){overriding} VALUES ({values})";
        }
    }

    private static string Value(Design design, Column column, string dialect)
    {
        var pg = dialect == DialectNames.PostgreSql;
        if (column.Type.IsArray) return pg ? "'{}'" : "'[]'";
        return column.Type.Kind switch
        {
            TypeKind.Int16 or TypeKind.Int32 or TypeKind.Int64 or TypeKind.Decimal or TypeKind.Float32 or TypeKind.Float64 => "1",
            TypeKind.Boolean => pg ? "true" : "1",
            TypeKind.Uuid => "'00000000-0000-0000-0000-000000000001'",
            TypeKind.Date => "'2024-01-01'",
            TypeKind.Time => "'12:00:00'",
            TypeKind.Timestamp => "'2024-01-01 00:00:00'",
            TypeKind.TimestampTz => pg ? "'2024-01-01T00:00:00Z'" : "'2024-01-01 00:00:00'",
            TypeKind.Interval => pg ? "'1 day'" : "'P1D'",
            TypeKind.Json => "'{}'",
            TypeKind.Binary => pg ? "'\\x00'" : "X'00'",
            TypeKind.Enum => "'" + (column.Type.EnumId is { } id && design.FindEnum(id) is { } e ? e.Values[0] : "x") + "'",
            _ => "'a'",
        };
    }

    /// <summary>Row count SQL for a table.</summary>
    public static string Count(Table table, string dialect) =>
        $"SELECT count(*) FROM {DialectRegistry.Get(dialect).QuoteIdentifier(table.Name)}".ToString(CultureInfo.InvariantCulture);
}
