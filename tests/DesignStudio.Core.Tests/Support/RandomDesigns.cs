using DesignStudio.Core.Model;
using ModelIndex = DesignStudio.Core.Model.Index;

namespace DesignStudio.Core.Tests.Support;

/// <summary>
/// Seeded random designs within what DBML can express (no partial indexes, INCLUDE, prefix lengths, GENERATED
/// ALWAYS, canvas data or native overrides), with hostile names and comments.
/// </summary>
public static class RandomDesigns
{
    public static readonly string[] HostileNames =
    [
        "id", "name", "user id", "<script>alert(1)</script>", "a|b", "back`tick", "quote\"d", "it's", "new\nline",
        "*/", "#hash", "ünïcødé", "2fa", "note", "tab\there", "back\\slash", "indexes", "Table", "-- x", "[pk]",
    ];

    private static readonly TypeKind[] Kinds = Enum.GetValues<TypeKind>().Where(k => k != TypeKind.Enum).ToArray();

    public static Design Create(int seed)
    {
        var r = new Random(seed);
        string Pick(string[] pool) => pool[r.Next(pool.Length)];
        string Text() => r.Next(4) switch
        {
            0 => "plain text",
            1 => Pick(HostileNames) + " and 'quotes' \\ \"double\"",
            2 => "line one\nline two\r\n| cell | `code` */ <b>bold</b>",
            _ => Pick(HostileNames),
        };
        var enums = new List<EnumType>();
        for (var i = 0; i < r.Next(3); i++)
        {
            var values = HostileNames.Where(n => !n.Contains('\n')).OrderBy(_ => r.Next()).Take(r.Next(1, 4)).Select(v => v + i).ToList();
            var comment = r.Next(2) == 0 ? null : string.Join("\n", values.Where(_ => r.Next(2) == 0).Select(v => v + ": note for " + v));
            enums.Add(new EnumType
            {
                Id = "e" + i, Name = "mood_" + i + (r.Next(2) == 0 ? " x" : ""), Schema = r.Next(3) == 0 ? "core" : null,
                Values = values.ToValueList(), Comment = string.IsNullOrEmpty(comment) ? null : comment,
            });
        }
        var tables = new List<Table>();
        var tableCount = r.Next(1, 6);
        for (var ti = 0; ti < tableCount; ti++)
        {
            var columns = new List<Column>();
            var names = HostileNames.OrderBy(_ => r.Next()).Take(r.Next(1, 7)).ToList();
            foreach (var name in names)
            {
                var type = RandomType(r, enums);
                columns.Add(new Column
                {
                    Id = $"t{ti}c{columns.Count}", Name = name, Type = type, Nullable = r.Next(2) == 0,
                    Default = RandomDefault(r, type), Comment = r.Next(3) == 0 ? Text() : null,
                    Identity = type.IsInteger && !type.IsArray && r.Next(3) == 0 ? IdentityKind.ByDefault : IdentityKind.None,
                });
            }
            PrimaryKey? pk = null;
            if (r.Next(3) > 0)
            {
                var keyColumns = columns.OrderBy(_ => r.Next()).Take(r.Next(1, Math.Min(3, columns.Count) + 1)).Select(c => c.Id).ToValueList();
                pk = new PrimaryKey { Id = $"t{ti}pk", Name = r.Next(2) == 0 ? null : "pk " + Pick(HostileNames), ColumnIds = keyColumns };
                columns = columns.Select(c => keyColumns.Contains(c.Id) ? c with { Nullable = false } : c).ToList();
            }
            var uniques = Enumerable.Range(0, r.Next(3)).Select(k => new UniqueConstraint
            {
                Id = $"t{ti}u{k}", Name = r.Next(2) == 0 ? null : "uq " + Pick(HostileNames),
                ColumnIds = columns.OrderBy(_ => r.Next()).Take(r.Next(1, columns.Count + 1)).Select(c => c.Id).ToValueList(),
            }).ToList();
            var indexes = Enumerable.Range(0, r.Next(3)).Select(k => new ModelIndex
            {
                Id = $"t{ti}x{k}", Name = r.Next(2) == 0 ? null : "ix " + Pick(HostileNames), Unique = r.Next(2) == 0,
                Method = (IndexMethod)r.Next(Enum.GetValues<IndexMethod>().Length),
                Parts = columns.OrderBy(_ => r.Next()).Take(r.Next(1, columns.Count + 1)).Select(c => r.Next(4) == 0
                    ? new IndexPart { Expression = "lower(" + c.Name.Replace("`", "") + ") || 'x'" }
                    : IndexPart.OfColumn(c.Id, descending: r.Next(3) == 0 && !c.Name.Contains('`'))).ToValueList(),
            }).ToList();
            var checks = Enumerable.Range(0, r.Next(3)).Select(k => new CheckConstraint
            {
                Id = $"t{ti}k{k}", Name = r.Next(2) == 0 ? null : "ck " + Pick(HostileNames), Expression = "length(\"a|b\") > " + k,
            }).ToList();
            tables.Add(new Table
            {
                Id = "t" + ti, Name = Pick(HostileNames) + ti, Schema = r.Next(4) == 0 ? "sales x" : null,
                Comment = r.Next(2) == 0 ? Text() : null, Columns = columns.ToValueList(), PrimaryKey = pk,
                Uniques = uniques.ToValueList(), Indexes = indexes.ToValueList(), Checks = checks.ToValueList(),
            });
        }
        for (var ti = 0; ti < tables.Count; ti++)
        {
            var fks = new List<ForeignKey>();
            for (var k = 0; k < r.Next(3); k++)
            {
                var target = tables[r.Next(tables.Count)];
                var child = tables[ti];
                var n = r.Next(1, Math.Min(child.Columns.Count, target.Columns.Count) + 1);
                var fk = new ForeignKey
                {
                    Id = $"t{ti}f{k}", Name = r.Next(2) == 0 ? null : "fk " + Pick(HostileNames),
                    ColumnIds = child.Columns.OrderBy(_ => r.Next()).Take(n).Select(c => c.Id).ToValueList(),
                    TargetTableId = target.Id,
                    TargetColumnIds = target.Columns.OrderBy(_ => r.Next()).Take(n).Select(c => c.Id).ToValueList(),
                    OnDelete = r.Next(3) == 0 ? null : (ReferentialAction)r.Next(5),
                    OnUpdate = r.Next(3) == 0 ? null : (ReferentialAction)r.Next(5),
                };
                if (!fks.Any(f => f.ColumnIds == fk.ColumnIds && f.TargetTableId == fk.TargetTableId && f.TargetColumnIds == fk.TargetColumnIds)) fks.Add(fk);
            }
            tables[ti] = tables[ti] with { ForeignKeys = fks.ToValueList() };
        }
        return new Design
        {
            Name = r.Next(2) == 0 ? "Untitled" : "Design " + Pick(HostileNames),
            Comment = r.Next(2) == 0 ? null : Text(),
            Enums = enums.ToValueList(),
            Tables = tables.ToValueList(),
            Areas = Enumerable.Range(0, r.Next(3)).Select(a => new SubjectArea
            {
                Id = "a" + a, Name = "area " + a + Pick(HostileNames), Color = r.Next(2) == 0 ? "#90caf9" : "#AB12cd",
                TableIds = tables.Where(_ => r.Next(2) == 0).Select(t => t.Id).ToValueList(),
            }).ToValueList(),
            Notes = Enumerable.Range(0, r.Next(3)).Select(n => new StickyNote { Id = "n" + n, Text = Text() }).ToValueList(),
        };
    }

    private static LogicalType RandomType(Random r, List<EnumType> enums)
    {
        if (enums.Count > 0 && r.Next(5) == 0) return LogicalType.Enum(enums[r.Next(enums.Count)].Id) with { IsArray = r.Next(4) == 0 };
        var kind = Kinds[r.Next(Kinds.Length)];
        var type = kind switch
        {
            TypeKind.Varchar => LogicalType.Varchar(r.Next(1, 500)),
            TypeKind.Char => LogicalType.Char(r.Next(1, 10)),
            TypeKind.Decimal => r.Next(3) switch
            {
                0 => LogicalType.Of(kind),
                1 => new LogicalType { Kind = kind, Precision = r.Next(1, 30) },
                _ => LogicalType.Decimal(r.Next(5, 30), r.Next(0, 5)),
            },
            TypeKind.Time or TypeKind.Timestamp or TypeKind.TimestampTz when r.Next(2) == 0 => new LogicalType { Kind = kind, Precision = r.Next(0, 7) },
            TypeKind.Binary when r.Next(2) == 0 => new LogicalType { Kind = kind, Length = r.Next(1, 64) },
            _ => LogicalType.Of(kind),
        };
        return type with { IsArray = r.Next(5) == 0 };
    }

    private static ColumnDefault? RandomDefault(Random r, LogicalType type) => r.Next(6) switch
    {
        0 => ColumnDefault.Literal(type.IsQuotedLiteral ? "it's \\ \"x\"\n" : (type.Kind == TypeKind.Boolean ? "true" : "-12.5")),
        1 => ColumnDefault.Expression("coalesce(1, 2) + '`'".Replace("`", "")),
        2 => ColumnDefault.CurrentTimestamp,
        3 => ColumnDefault.RandomUuid,
        4 => ColumnDefault.CurrentDate,
        _ => null,
    };
}
