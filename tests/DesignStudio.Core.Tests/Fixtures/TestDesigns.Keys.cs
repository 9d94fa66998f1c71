using DesignStudio.Core.Model;

namespace DesignStudio.Core.Tests.Fixtures;

public static partial class TestDesigns
{
    /// <summary>Every logical type (and arrays, an enum, a native override) with defaults of every kind.</summary>
    public static Design EveryType()
    {
        const string t = "every_type";
        var mood = new EnumType { Id = "enm_mood", Name = "mood", Values = ["happy", "sad"], Comment = "How it feels." };
        var table = new Table
        {
            Id = TableId(t), Name = t, Comment = "One column per logical type.",
            Columns =
            [
                Col(t, "id", LogicalType.Uuid, false, ColumnDefault.RandomUuid),
                Col(t, "c_text", LogicalType.Text, def: ColumnDefault.Literal("it's")),
                Col(t, "c_varchar", LogicalType.Varchar(50), false, ColumnDefault.Literal("back\\slash")),
                Col(t, "c_char", LogicalType.Char(3), def: ColumnDefault.Literal("abc")),
                Col(t, "c_int16", LogicalType.Of(TypeKind.Int16), false, ColumnDefault.Literal("7")),
                Col(t, "c_int32", LogicalType.Int32, def: ColumnDefault.Literal("-42")),
                Col(t, "c_int64", LogicalType.Int64),
                Col(t, "c_decimal", LogicalType.Decimal(12, 3), def: ColumnDefault.Literal("12.5")),
                Col(t, "c_float32", LogicalType.Of(TypeKind.Float32), def: ColumnDefault.Literal("1.5")),
                Col(t, "c_float64", LogicalType.Of(TypeKind.Float64)),
                Col(t, "c_boolean", LogicalType.Boolean, false, ColumnDefault.Literal("false")),
                Col(t, "c_date", LogicalType.Of(TypeKind.Date), def: ColumnDefault.CurrentDate),
                Col(t, "c_time", LogicalType.Of(TypeKind.Time)),
                Col(t, "c_timestamp", LogicalType.Of(TypeKind.Timestamp), def: ColumnDefault.CurrentTimestamp),
                Col(t, "c_timestamptz", LogicalType.TimestampTz with { Precision = 3 }),
                Col(t, "c_interval", LogicalType.Of(TypeKind.Interval)),
                Col(t, "c_json", LogicalType.Of(TypeKind.Json)),
                Col(t, "c_binary", LogicalType.Of(TypeKind.Binary)),
                Col(t, "c_binary16", new LogicalType { Kind = TypeKind.Binary, Length = 16 }),
                Col(t, "c_enum", LogicalType.Enum(mood.Id), def: ColumnDefault.Literal("happy")),
                Col(t, "c_int_array", LogicalType.Int32.AsArray()),
                Col(t, "c_text_array", LogicalType.Text.AsArray()),
                Col(t, "c_expression", LogicalType.Int32, def: ColumnDefault.Expression("1 + 2")),
                Col(t, "c_override", LogicalType.Text) with
                {
                    NativeTypes = [new("postgres", "inet"), new("mysql", "varchar(45)"), new("mariadb", "inet6")],
                },
            ],
            PrimaryKey = Pk(t, "id"),
        };
        return new Design { Name = "Every type", Tables = [table], Enums = [mood] };
    }

    /// <summary>A composite primary key referenced by a composite foreign key, and two self-references.</summary>
    public static Design CompositeAndSelfReferencing()
    {
        var regions = new Table
        {
            Id = TableId("regions"), Name = "regions",
            Columns =
            [
                Col("regions", "country_code", LogicalType.Char(2), false),
                Col("regions", "region_code", LogicalType.Varchar(10), false),
                Col("regions", "name", LogicalType.Varchar(100), false),
                Col("regions", "parent_country", LogicalType.Char(2)),
                Col("regions", "parent_region", LogicalType.Varchar(10)),
            ],
            PrimaryKey = Pk("regions", "country_code", "region_code"),
            ForeignKeys = [Fk("regions", ["parent_country", "parent_region"], "regions", ["country_code", "region_code"])],
        };
        var employees = new Table
        {
            Id = TableId("employees"), Name = "employees",
            Columns =
            [
                Col("employees", "id", LogicalType.Int32, false) with { Identity = IdentityKind.ByDefault },
                Col("employees", "manager_id", LogicalType.Int32),
                Col("employees", "country_code", LogicalType.Char(2), false),
                Col("employees", "region_code", LogicalType.Varchar(10), false),
                Col("employees", "badge", LogicalType.Varchar(20), false),
            ],
            PrimaryKey = Pk("employees", "id"),
            Uniques = [Unique("employees", "uq_employees_region_badge", "country_code", "region_code", "badge")],
            ForeignKeys =
            [
                Fk("employees", ["manager_id"], "employees", ["id"]),
                Fk("employees", ["country_code", "region_code"], "regions", ["country_code", "region_code"],
                    onDelete: ReferentialAction.Restrict, onUpdate: ReferentialAction.Cascade, name: "fk_employees_region"),
            ],
        };
        return new Design { Name = "Composite keys", Tables = [employees, regions] };
    }

    /// <summary>Two tables referencing each other; NOT NULL on one side only, so rows can be inserted.</summary>
    public static Design ForeignKeyCycle()
    {
        var departments = new Table
        {
            Id = TableId("departments"), Name = "departments",
            Columns =
            [
                Col("departments", "id", LogicalType.Int32, false),
                Col("departments", "name", LogicalType.Varchar(100), false),
                Col("departments", "head_id", LogicalType.Int32),
            ],
            PrimaryKey = Pk("departments", "id"),
            ForeignKeys = [Fk("departments", ["head_id"], "staff", ["id"], onDelete: ReferentialAction.SetNull)],
        };
        var staff = new Table
        {
            Id = TableId("staff"), Name = "staff",
            Columns = [Col("staff", "id", LogicalType.Int32, false), Col("staff", "department_id", LogicalType.Int32, false)],
            PrimaryKey = Pk("staff", "id"),
            ForeignKeys = [Fk("staff", ["department_id"], "departments", ["id"])],
        };
        var audit = new Table
        {
            Id = TableId("audit"), Name = "audit",
            Columns = [Col("audit", "id", LogicalType.Int32, false), Col("audit", "staff_id", LogicalType.Int32)],
            PrimaryKey = Pk("audit", "id"),
            ForeignKeys = [Fk("audit", ["staff_id"], "staff", ["id"])],
        };
        return new Design { Name = "Cycle", Tables = [audit, departments, staff] };
    }
}
