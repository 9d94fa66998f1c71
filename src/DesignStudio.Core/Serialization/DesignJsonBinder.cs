using System.Text.Json;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Serialization;

/// <summary>Binds the current-version <c>design</c> object of a file to the model, property by property.</summary>
internal static class DesignJsonBinder
{
    public static Design BindDesign(JsonObjectReader r) => new()
    {
        Name = r.OptionalString("name") ?? new Design().Name,
        Comment = r.OptionalString("comment"),
        Tables = r.Objects("tables", "a table", BindTable),
        Enums = r.Objects("enums", "an enum", BindEnum),
        Areas = r.Objects("areas", "a subject area", BindArea),
        Notes = r.Objects("notes", "a sticky note", BindNote),
        Verbatim = r.Objects("verbatim", "a verbatim object", v => new VerbatimObject
        {
            Id = v.RequiredString("id"),
            Kind = v.RequiredString("kind"),
            Name = v.OptionalString("name"),
            Dialect = v.RequiredString("dialect"),
            Sql = v.RequiredString("sql"),
        }),
        LintSuppressions = r.Objects("lintSuppressions", "a lint suppression", BindLintSuppression),
        NamingConventions = r.Child("namingConventions", "naming conventions", BindNaming),
        Workload = r.Objects("workload", "a workload query", BindWorkloadEntry),
    };

    internal static Analysis.Lint.NamingConventions BindNaming(JsonObjectReader r)
    {
        var d = Analysis.Lint.NamingConventions.Default;
        return new Analysis.Lint.NamingConventions
        {
            Case = r.Word("case", JsonWords.Case) ?? d.Case,
            TableNames = r.Word("tableNames", JsonWords.Number) ?? d.TableNames,
            RequirePrefixes = r.Bool("requirePrefixes", d.RequirePrefixes),
            PrimaryKeyPrefix = r.OptionalString("primaryKeyPrefix") ?? d.PrimaryKeyPrefix,
            ForeignKeyPrefix = r.OptionalString("foreignKeyPrefix") ?? d.ForeignKeyPrefix,
            UniquePrefix = r.OptionalString("uniquePrefix") ?? d.UniquePrefix,
            IndexPrefix = r.OptionalString("indexPrefix") ?? d.IndexPrefix,
            CheckPrefix = r.OptionalString("checkPrefix") ?? d.CheckPrefix,
        };
    }

    internal static SubjectArea BindArea(JsonObjectReader a) => new SubjectArea
    {
        Id = a.RequiredString("id"),
        Name = a.RequiredString("name"),
        Color = a.OptionalString("color") ?? new SubjectArea { Id = "", Name = "" }.Color,
        TableIds = a.Strings("tableIds", required: false),
    };

    internal static StickyNote BindNote(JsonObjectReader n) => new StickyNote
    {
        Id = n.RequiredString("id"),
        Text = n.RequiredString("text"),
        Position = n.Child("position", "a canvas position", BindPosition) ?? new CanvasPosition(0, 0),
        Width = n.Double("width") ?? StickyNote.DefaultWidth,
        Height = n.Double("height") ?? StickyNote.DefaultHeight,
    };

    internal static LintSuppression BindLintSuppression(JsonObjectReader s) => new LintSuppression
    {
        Code = s.RequiredString("code"),
        ObjectId = s.RequiredString("objectId"),
        Reason = s.RequiredString("reason"),
    };

    internal static WorkloadEntry BindWorkloadEntry(JsonObjectReader q) => new WorkloadEntry
    {
        Id = q.RequiredString("id"),
        Name = q.OptionalString("name"),
        Sql = q.RequiredString("sql"),
        Dialect = q.OptionalString("dialect"),
        Frequency = q.Double("frequency") ?? 1,
    };

    internal static Table BindTable(JsonObjectReader r) => new()
    {
        Id = r.RequiredString("id"),
        Name = r.RequiredString("name"),
        Schema = r.OptionalString("schema"),
        Comment = r.OptionalString("comment"),
        RowEstimate = r.Long("rowEstimate"),
        Position = r.Child("position", "a canvas position", BindPosition),
        Features = r.Child("features", "table features", BindFeatures) ?? TableFeatures.None,
        Columns = r.Objects("columns", "a column", BindColumn),
        PrimaryKey = r.Child("primaryKey", "a primary key", BindPrimaryKey),
        Uniques = r.Objects("uniques", "a unique constraint", BindUnique),
        Checks = r.Objects("checks", "a check constraint", BindCheck),
        ForeignKeys = r.Objects("foreignKeys", "a foreign key", BindForeignKey),
        Indexes = r.Objects("indexes", "an index", BindIndex),
        FunctionalDependencies = r.Objects("functionalDependencies", "a functional dependency", BindDependency),
        DismissedHintIds = r.Strings("dismissedHintIds", required: false),
    };

    internal static TableFeatures BindFeatures(JsonObjectReader f) => new()
    {
        UpdatedAtColumnId = f.OptionalString("updatedAtColumnId"),
    };

    internal static PrimaryKey BindPrimaryKey(JsonObjectReader k) => new()
    {
        Id = k.RequiredString("id"),
        Name = k.OptionalString("name"),
        ColumnIds = k.Strings("columnIds", required: true),
    };

    internal static UniqueConstraint BindUnique(JsonObjectReader u) => new()
    {
        Id = u.RequiredString("id"),
        Name = u.OptionalString("name"),
        ColumnIds = u.Strings("columnIds", required: true),
    };

    internal static CheckConstraint BindCheck(JsonObjectReader c) => new()
    {
        Id = c.RequiredString("id"),
        Name = c.OptionalString("name"),
        Expression = c.RequiredString("expression"),
    };

    internal static ForeignKey BindForeignKey(JsonObjectReader f) => new()
    {
        Id = f.RequiredString("id"),
        Name = f.OptionalString("name"),
        ColumnIds = f.Strings("columnIds", required: true),
        TargetTableId = f.RequiredString("targetTableId"),
        TargetColumnIds = f.Strings("targetColumnIds", required: true),
        OnDelete = f.Word("onDelete", JsonWords.Action),
        OnUpdate = f.Word("onUpdate", JsonWords.Action),
    };

    internal static FunctionalDependency BindDependency(JsonObjectReader f) => new()
    {
        Id = f.RequiredString("id"),
        DeterminantIds = f.Strings("determinantIds", required: true),
        DependentIds = f.Strings("dependentIds", required: true),
        Source = f.Word("source", JsonWords.Source) ?? DependencySource.Declared,
    };

    internal static Column BindColumn(JsonObjectReader r) => new()
    {
        Id = r.RequiredString("id"),
        Name = r.RequiredString("name"),
        Type = BindType(r),
        Nullable = r.Bool("nullable", true),
        Default = r.Child("default", "a column default", d => new ColumnDefault
        {
            Kind = d.Word("kind", JsonWords.Default) ?? RequiredWord(d, "kind", DefaultKind.Literal),
            Value = d.OptionalString("value"),
        }),
        Identity = r.Word("identity", JsonWords.Identity) ?? IdentityKind.None,
        Comment = r.OptionalString("comment"),
        NativeTypes = r.Objects("nativeTypes", "a native type override", o => new NativeTypeOverride(
            o.RequiredString("dialect"), o.RequiredString("type"))),
        DistinctEstimate = r.Long("distinctEstimate"),
        NullFraction = r.Double("nullFraction"),
    };

    /// <summary>A type is the portable spelling (<c>varchar(255)</c>) or, for unusual parameters, an explicit object.</summary>
    private static LogicalType BindType(JsonObjectReader column)
    {
        var path = column.PathOf("type");
        var fallback = LogicalType.Text;
        if (column.Node("type") is not { } node)
        {
            if (!column.Context.Diagnostics.Any(d => d.Path == path)) column.Context.Error(DesignFileCodes.InvalidValue, column.Path, $"Missing required property 'type' at {column.Path}.");
            return fallback;
        }
        if (node.ValueKind == JsonValueKind.String)
        {
            var text = node.GetString()!;
            if (LogicalTypeText.TryParse(text) is { } parsed) return parsed;
            column.Context.Error(DesignFileCodes.InvalidValue, path,
                $"'{text}' at {path} is not a portable type; use e.g. int64, varchar(255), decimal(10,2), timestamptz, enum(ENUM_ID), text[]. " +
                "Dialect-specific types go in nativeTypes.");
            return fallback;
        }
        var r = column.Context.Object(node, path, "a type (a portable type string or an object)");
        if (r is null) return fallback;
        var type = new LogicalType
        {
            Kind = r.Word("kind", JsonWords.Kind) ?? RequiredWord(r, "kind", TypeKind.Text),
            Length = r.Int("length"),
            Precision = r.Int("precision"),
            Scale = r.Int("scale"),
            EnumId = r.OptionalString("enumId"),
            IsArray = r.Bool("isArray", false),
        };
        r.Finish();
        return type;
    }

    internal static Model.Index BindIndex(JsonObjectReader r) => new()
    {
        Id = r.RequiredString("id"),
        Name = r.OptionalString("name"),
        Unique = r.Bool("unique", false),
        Method = r.Word("method", JsonWords.Method) ?? IndexMethod.BTree,
        Parts = r.Objects("parts", "an index part", p => new IndexPart
        {
            ColumnId = p.OptionalString("columnId"),
            Expression = p.OptionalString("expression"),
            Descending = p.Bool("descending", false),
            PrefixLength = p.Int("prefixLength"),
        }, required: true),
        IncludeColumnIds = r.Strings("includeColumnIds", required: false),
        Where = r.OptionalString("where"),
    };

    internal static EnumType BindEnum(JsonObjectReader r) => new()
    {
        Id = r.RequiredString("id"),
        Name = r.RequiredString("name"),
        Schema = r.OptionalString("schema"),
        Comment = r.OptionalString("comment"),
        Values = r.Strings("values", required: true),
    };

    internal static CanvasPosition BindPosition(JsonObjectReader r) =>
        new(r.RequiredDouble("x"), r.RequiredDouble("y")) { Collapsed = r.Bool("collapsed", false) };

    /// <summary>Reports a missing required word-valued property (a present but wrong one was reported already).</summary>
    private static T RequiredWord<T>(JsonObjectReader r, string name, T fallback)
    {
        if (!r.Context.Diagnostics.Any(d => d.Path == r.PathOf(name)))
        {
            r.Context.Error(DesignFileCodes.InvalidValue, r.Path, $"Missing required property '{name}' at {r.Path}.");
        }
        return fallback;
    }
}
