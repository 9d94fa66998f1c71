using System.Reflection;
using DesignStudio.Core.Model;
using DesignStudio.Core.Operations;

namespace DesignStudio.Core.Tests.Serialization;

/// <summary>
/// Builds an instance of any operation type from its primary constructor, with a sample value per parameter type
/// (every optional member set when <c>full</c>, left at its default otherwise). A new parameter type fails loudly.
/// </summary>
internal static class OperationSamples
{
    private static readonly Column Column = new()
    {
        Id = "col_1", Name = "email", Type = LogicalType.Varchar(255), Nullable = false, Default = ColumnDefault.Literal("'x'"),
        Identity = IdentityKind.None, Comment = "Email \"quoted\" ü", NativeTypes = [new NativeTypeOverride("postgresql", "citext")],
        DistinctEstimate = 10, NullFraction = 0.25,
    };

    private static readonly ValueList<string> TableIds = ["t1", "t2"];

    private static readonly ValueList<DesignOperation> Steps = [new RenameTable("t1", "a"), new AddColumn("t1", Column, 0)];

    public static DesignOperation Create(Type type, bool full)
    {
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var args = constructor.GetParameters().Select(p => Value(p, full)).ToArray();
        return (DesignOperation)constructor.Invoke(args);
    }

    private static object? Value(ParameterInfo parameter, bool full)
    {
        if (!full && parameter.HasDefaultValue) return parameter.DefaultValue;
        var type = parameter.ParameterType;
        var nullable = new NullabilityInfoContext().Create(parameter).WriteState == NullabilityState.Nullable;
        if (!full && nullable) return null;
        return type switch
        {
            _ when type == typeof(string) => parameter.Name + "_value",
            _ when type == typeof(int) || type == typeof(int?) => 3,
            _ when type == typeof(Column) => Column,
            _ when type == typeof(Table) => new Table
            {
                Id = "tbl_1", Name = "users", Schema = "app", Comment = "c", Columns = [Column], RowEstimate = 5,
                PrimaryKey = new PrimaryKey { Id = "pk", ColumnIds = ["col_1"] }, Position = new CanvasPosition(1.5, -2),
            },
            _ when type == typeof(CheckConstraint) => new CheckConstraint { Id = "ck", Name = "ck_name", Expression = "a > 0" },
            _ when type == typeof(UniqueConstraint) => new UniqueConstraint { Id = "uq", Name = "uq_name", ColumnIds = ["a", "b"] },
            _ when type == typeof(PrimaryKey) => new PrimaryKey { Id = "pk", Name = "pk_name", ColumnIds = ["a"] },
            _ when type == typeof(ForeignKey) => new ForeignKey
            {
                Id = "fk", Name = "fk_name", ColumnIds = ["a"], TargetTableId = "t2", TargetColumnIds = ["b"],
                OnDelete = ReferentialAction.Cascade, OnUpdate = ReferentialAction.Restrict,
            },
            _ when type == typeof(Core.Model.Index) => new Core.Model.Index
            {
                Id = "ix", Name = "ix_name", Unique = true, Method = IndexMethod.Gin, Parts = [IndexPart.OfColumn("a", true), new IndexPart { Expression = "lower(b)" }],
                IncludeColumnIds = ["c"], Where = "a > 0",
            },
            _ when type == typeof(FunctionalDependency) => new FunctionalDependency { Id = "fd", DeterminantIds = ["a"], DependentIds = ["b"], Source = DependencySource.Declared },
            _ when type == typeof(EnumType) => new EnumType { Id = "en", Name = "status", Schema = "app", Comment = "c", Values = ["a", "b"] },
            _ when type == typeof(CanvasPosition) => new CanvasPosition(10.25, 20) { Collapsed = true },
            _ when type == typeof(TableFeatures) => new TableFeatures { UpdatedAtColumnId = "col_1" },
            _ when type == typeof(long) || type == typeof(long?) => 1_000_000L,
            _ when type == typeof(double) => 240.5,
            _ when type == typeof(RelationshipKind) => RelationshipKind.OneToOne,
            _ when type == typeof(SubjectArea) => new SubjectArea { Id = "area", Name = "Billing", Color = "#ff0000", TableIds = ["t1"] },
            _ when type == typeof(StickyNote) => new StickyNote { Id = "note", Text = "Remember", Position = new CanvasPosition(3, 4), Width = 300, Height = 120 },
            _ when type == typeof(LintSuppression) => new LintSuppression { Code = "LN001", ObjectId = "t1", Reason = "legacy" },
            _ when type == typeof(WorkloadEntry) => new WorkloadEntry { Id = "q1", Name = "by email", Sql = "select 1", Dialect = "postgresql", Frequency = 20 },
            _ when type == typeof(Core.Analysis.Lint.NamingConventions) => Core.Analysis.Lint.NamingConventions.Default with { RequirePrefixes = !Core.Analysis.Lint.NamingConventions.Default.RequirePrefixes, IndexPrefix = "idx_" },
            _ when type == typeof(ValueList<string>) => TableIds,
            _ when type == typeof(ValueList<DesignOperation>) => Steps,
            _ => throw new NotSupportedException($"Add a sample value for parameter type {type} ({parameter.Member.DeclaringType?.Name}.{parameter.Name})."),
        };
    }
}
