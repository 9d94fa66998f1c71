using DesignStudio.Core.Analysis.Lint;
using CsCheck;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Tests.Serialization;

/// <summary>
/// Random designs for property tests. They exercise every model member with awkward values (quotes, newlines,
/// non-ASCII, emoji, empty strings, negative numbers, NaN) and need not be valid designs: the file format must keep
/// whatever the model holds.
/// </summary>
public static class DesignGenerators
{
    public static readonly Gen<string> Text = Gen.OneOf(
        Gen.String[Gen.Char["abcxyz_019 \"'\\/\n\t\r\u0001é漢ß"], 0, 12],
        Gen.Const(""),
        Gen.Const("😀 emoji"),
        Gen.Const("<script>alert(1)</script>"),
        Gen.String.AlphaNumeric);

    public static readonly Gen<string?> OptText = Text.Null(0.4);

    public static readonly Gen<int?> OptInt = Gen.OneOf(Gen.Int[-5, 70_000], Gen.Const(int.MaxValue), Gen.Const(int.MinValue)).Nullable(0.5);

    public static readonly Gen<long?> OptLong = Gen.OneOf(Gen.Long, Gen.Long[0, 1000]).Nullable(0.5);

    public static readonly Gen<double> Number = Gen.OneOf(
        Gen.Double, Gen.Double[-5000, 5000], Gen.Const(double.NaN), Gen.Const(double.PositiveInfinity),
        Gen.Const(double.NegativeInfinity), Gen.Const(-0.0), Gen.Const(double.Epsilon), Gen.Const(0.1 + 0.2));

    public static readonly Gen<ValueList<string>> Ids = Text.Array[0, 3].Select(a => a.ToValueList());

    public static readonly Gen<LogicalType> Type =
        from kind in Gen.Enum<TypeKind>()
        from length in OptInt
        from precision in OptInt
        from scale in OptInt
        from enumId in OptText
        from isArray in Gen.Bool
        select new LogicalType { Kind = kind, Length = length, Precision = precision, Scale = scale, EnumId = enumId, IsArray = isArray };

    /// <summary>Types as people write them, so the string spelling is exercised too.</summary>
    public static readonly Gen<LogicalType> CommonType = Gen.OneOf(
        Gen.Enum<TypeKind>().Select(LogicalType.Of),
        Gen.Int[1, 500].Select(LogicalType.Varchar),
        Gen.Select(Gen.Int[1, 38], Gen.Int[0, 10], LogicalType.Decimal),
        Gen.Int[0, 6].Select(p => new LogicalType { Kind = TypeKind.TimestampTz, Precision = p }),
        Gen.Const(LogicalType.Enum("enm_status")),
        Gen.Const(LogicalType.Int64.AsArray()));

    public static readonly Gen<CanvasPosition> Position =
        Gen.Select(Number, Number, Gen.Bool, (x, y, collapsed) => new CanvasPosition(x, y) { Collapsed = collapsed });

    public static readonly Gen<ColumnDefault> Default = Gen.Select(Gen.Enum<DefaultKind>(), OptText, (k, v) => new ColumnDefault { Kind = k, Value = v });

    public static readonly Gen<Column> Column =
        from id in Text
        from name in Text
        from type in Gen.OneOf(Type, CommonType)
        from nullable in Gen.Bool
        from def in Default.Null(0.5)
        from identity in Gen.Enum<IdentityKind>()
        from comment in OptText
        from natives in Gen.Select(Text, Text, (d, t) => new NativeTypeOverride(d, t)).Array[0, 2]
        from distinct in OptLong
        from fraction in Number.Nullable(0.5)
        select new Column
        {
            Id = id, Name = name, Type = type, Nullable = nullable, Default = def, Identity = identity, Comment = comment,
            NativeTypes = natives.ToValueList(), DistinctEstimate = distinct, NullFraction = fraction,
        };

    public static readonly Gen<Core.Model.Index> Index =
        from id in Text
        from name in OptText
        from unique in Gen.Bool
        from method in Gen.Enum<IndexMethod>()
        from parts in Gen.Select(OptText, OptText, Gen.Bool, OptInt, (c, e, d, p) => new IndexPart { ColumnId = c, Expression = e, Descending = d, PrefixLength = p }).Array[0, 3]
        from include in Ids
        from predicate in OptText
        select new Core.Model.Index { Id = id, Name = name, Unique = unique, Method = method, Parts = parts.ToValueList(), IncludeColumnIds = include, Where = predicate };

    public static readonly Gen<ForeignKey> ForeignKey =
        from id in Text
        from name in OptText
        from columns in Ids
        from target in Text
        from targetColumns in Ids
        from onDelete in Gen.Enum<ReferentialAction>().Nullable(0.5)
        from onUpdate in Gen.Enum<ReferentialAction>().Nullable(0.5)
        select new ForeignKey { Id = id, Name = name, ColumnIds = columns, TargetTableId = target, TargetColumnIds = targetColumns, OnDelete = onDelete, OnUpdate = onUpdate };

    public static readonly Gen<Table> Table =
        from id in Text
        from name in Text
        from schema in OptText
        from comment in OptText
        from columns in Column.Array[0, 4]
        from pk in Gen.Select(Text, OptText, Ids, (i, n, c) => new PrimaryKey { Id = i, Name = n, ColumnIds = c }).Null(0.3)
        from uniques in Gen.Select(Text, OptText, Ids, (i, n, c) => new UniqueConstraint { Id = i, Name = n, ColumnIds = c }).Array[0, 2]
        from checks in Gen.Select(Text, OptText, Text, (i, n, e) => new CheckConstraint { Id = i, Name = n, Expression = e }).Array[0, 2]
        from fks in ForeignKey.Array[0, 2]
        from indexes in Index.Array[0, 2]
        from updatedAt in OptText
        from fds in Gen.Select(Text, Ids, Ids, Gen.Enum<DependencySource>(), (i, x, y, s) => new FunctionalDependency { Id = i, DeterminantIds = x, DependentIds = y, Source = s }).Array[0, 2]
        from rows in OptLong
        from position in Position.Null(0.3)
        from dismissed in Ids
        select new Table
        {
            Id = id, Name = name, Schema = schema, Comment = comment, Columns = columns.ToValueList(), PrimaryKey = pk,
            Uniques = uniques.ToValueList(), Checks = checks.ToValueList(), ForeignKeys = fks.ToValueList(), Indexes = indexes.ToValueList(),
            Features = updatedAt is null ? TableFeatures.None : new TableFeatures { UpdatedAtColumnId = updatedAt },
            FunctionalDependencies = fds.ToValueList(), RowEstimate = rows, Position = position, DismissedHintIds = dismissed,
        };

    public static readonly Gen<Design> Design =
        from name in Text
        from comment in OptText
        from tables in Table.Array[0, 3]
        from enums in Gen.Select(Text, Text, OptText, Ids, OptText, (i, n, s, v, c) => new EnumType { Id = i, Name = n, Schema = s, Values = v, Comment = c }).Array[0, 2]
        from areas in Gen.Select(Text, Text, Text, Ids, (i, n, c, t) => new SubjectArea { Id = i, Name = n, Color = c, TableIds = t }).Array[0, 2]
        from notes in Gen.Select(Text, Text, Position, (i, t, p) => new StickyNote { Id = i, Text = t, Position = p }).Array[0, 2]
        from verbatim in Gen.Select(Text, Text, OptText, Text, Text, (i, k, n, d, s) => new VerbatimObject { Id = i, Kind = k, Name = n, Dialect = d, Sql = s }).Array[0, 2]
        from suppressions in Gen.Select(Text, Text, Text, (c, o, r) => new LintSuppression { Code = c, ObjectId = o, Reason = r }).Array[0, 2]
        from workload in Gen.Select(Text, OptText, Text, OptText, Gen.OneOf(Number, Gen.Const(1.0)),
            (i, n, s, d, f) => new WorkloadEntry { Id = i, Name = n, Sql = s, Dialect = d, Frequency = f }).Array[0, 2]
        from naming in Gen.Select(Gen.Enum<IdentifierCase>(), Gen.Enum<TableNameNumber>(), Gen.Bool, Text, Text,
            (c, t, r, p, f) => new NamingConventions { Case = c, TableNames = t, RequirePrefixes = r, PrimaryKeyPrefix = p, IndexPrefix = f }).Null(0.5)
        select new Design
        {
            Name = name, Comment = comment, Tables = tables.ToValueList(), Enums = enums.ToValueList(), Areas = areas.ToValueList(),
            Notes = notes.ToValueList(), Verbatim = verbatim.ToValueList(), LintSuppressions = suppressions.ToValueList(),
            Workload = workload.ToValueList(), NamingConventions = naming,
        };
}
