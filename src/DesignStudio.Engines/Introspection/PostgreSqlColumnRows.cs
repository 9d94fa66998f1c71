using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;
using Npgsql;

namespace DesignStudio.Engines.Introspection;

/// <summary>Turns rows of <see cref="PostgreSqlCatalogQueries.Columns"/> into columns of the drafted tables.</summary>
internal sealed class PostgreSqlColumnRows(CatalogDraft draft, Func<string, string?> schemaOf)
{
    public void Add(NpgsqlDataReader row)
    {
        if (draft.FindTable(row.GetInt64(0)) is not { } table) return;
        var position = row.GetInt32(1);
        var name = row.GetString(2);
        var native = row.GetString(3);
        var path = table.Path + "/columns/" + name;
        var isArray = native.EndsWith("[]", StringComparison.Ordinal);
        var mapping = row.GetString(9) switch
        {
            "e" => NativeTypeMapping.ExactlyAs(LogicalType.Enum(CatalogIds.Enum(schemaOf(row.GetString(10)), row.GetString(11)))),
            "d" => NativeTypeMapping.Closest(PostgreSqlTypeMapper.Map(row.GetString(12)).Type),
            _ => PostgreSqlTypeMapper.Map(native),
        };
        var type = isArray ? mapping.Type.AsArray() : mapping.Type;
        ValueList<NativeTypeOverride> overrides = [];
        if (!mapping.Exact)
        {
            overrides = [new NativeTypeOverride(DialectNames.PostgreSql, native)];
            draft.Report(CatalogDiagnosticCodes.TypeApproximated, Severity.Info, path,
                $"Type {native} has no exact logical type: read as {type} with the native type kept as a PostgreSQL override.");
        }

        var identity = row.GetString(5) switch
        {
            "a" => IdentityKind.Always,
            "d" => IdentityKind.ByDefault,
            _ => IdentityKind.None,
        };
        var defaultText = PostgreSqlCatalogReader.NullableString(row, 7);
        ColumnDefault? columnDefault = null;
        if (row.GetString(6) == "s")
        {
            draft.Report(CatalogDiagnosticCodes.GeneratedColumnApproximated, Severity.Warning, path,
                $"Generated column (GENERATED ALWAYS AS ({defaultText}) STORED) read as a plain column: the model has no generated columns.");
        }
        else if (identity == IdentityKind.None && !row.IsDBNull(13)
                 && PostgreSqlDefaultParser.NextvalSequence(defaultText) == row.GetString(13))
        {
            // serial / bigserial, or a sequence OWNED BY the column: auto-increment in every dialect.
            identity = IdentityKind.ByDefault;
        }
        else
        {
            columnDefault = PostgreSqlDefaultParser.Parse(defaultText);
        }

        table.AddColumn(new Column
        {
            Id = table.ColumnIdFor(name),
            Name = name,
            Type = type,
            Nullable = !row.GetBoolean(4),
            Default = columnDefault,
            Identity = identity,
            Comment = PostgreSqlCatalogReader.NullableString(row, 8),
            NativeTypes = overrides,
        }, position);
    }
}
