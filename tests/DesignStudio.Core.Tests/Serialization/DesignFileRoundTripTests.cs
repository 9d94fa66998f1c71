using CsCheck;
using DesignStudio.Core.Model;
using DesignStudio.Core.Serialization;

namespace DesignStudio.Core.Tests.Serialization;

public class DesignFileRoundTripTests
{
    [Fact]
    public void Random_designs_read_back_equal_and_serialize_byte_identically() =>
        DesignGenerators.Design.Sample(design =>
        {
            var bytes = DesignFile.SerializeToUtf8Bytes(design);
            var result = DesignFile.Read(bytes);
            Assert.Empty(result.Diagnostics);
            Assert.Equal(design, result.Design);
            Assert.Equal(bytes, DesignFile.SerializeToUtf8Bytes(design));
            Assert.Equal(bytes, DesignFile.SerializeToUtf8Bytes(result.Design!));
        }, iter: 300);

    [Fact]
    public void Empty_design_round_trips()
    {
        var design = new Design();
        Assert.Equal(design, DesignFile.Read(DesignFile.Serialize(design)).Design);
    }

    [Fact]
    public void Every_member_of_a_full_design_survives_the_round_trip()
    {
        var design = FullDesign();
        var read = DesignFile.Read(DesignFile.Serialize(design));
        Assert.Empty(read.Diagnostics);
        Assert.Equal(design, read.Design);
        var column = read.Design!.Tables[0].Columns[1];
        Assert.Equal("citext", column.NativeTypeFor("postgres"));
        Assert.Equal(0.25, column.NullFraction);
        Assert.Equal(new CanvasPosition(12.5, -3) { Collapsed = true }, read.Design.Tables[0].Position);
        Assert.Equal("Check the spelling", read.Design.Notes[0].Text);
        Assert.Equal("CREATE VIEW v AS SELECT 1", read.Design.Verbatim[0].Sql);
        Assert.Equal(DependencySource.Discovered, read.Design.Tables[0].FunctionalDependencies[0].Source);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    [InlineData(1e-320)]
    [InlineData(0.30000000000000004)]
    public void Positions_keep_every_double_exactly(double x)
    {
        var design = new Design { Notes = [new StickyNote { Id = "n", Text = "t", Position = new CanvasPosition(x, 1) }] };
        var read = DesignFile.Read(DesignFile.Serialize(design)).Design!;
        Assert.Equal(x, read.Notes[0].Position.X);
    }

    [Fact]
    public void Types_the_spelling_cannot_carry_are_written_as_objects_and_kept()
    {
        var odd = new LogicalType { Kind = TypeKind.Int32, Length = 5, Scale = -1 };
        var design = new Design { Tables = [new Table { Id = "t", Name = "t", Columns = [new Column { Id = "c", Name = "c", Type = odd }] }] };
        var json = DesignFile.Serialize(design);
        Assert.Contains("\"kind\": \"int32\"", json);
        Assert.Equal(odd, DesignFile.Read(json).Design!.Tables[0].Columns[0].Type);
    }

    internal static Design FullDesign() => new()
    {
        Name = "Full",
        Comment = "Every member set",
        Tables =
        [
            new Table
            {
                Id = "t1", Name = "people", Schema = "app", Comment = "Folk", RowEstimate = 1_000_000,
                Position = new CanvasPosition(12.5, -3) { Collapsed = true },
                Features = new TableFeatures { UpdatedAtColumnId = "c3" },
                Columns =
                [
                    new Column { Id = "c1", Name = "id", Type = LogicalType.Uuid, Nullable = false, Default = ColumnDefault.RandomUuid },
                    new Column
                    {
                        Id = "c2", Name = "email", Type = LogicalType.Varchar(320), Comment = "e-mail",
                        NativeTypes = [new NativeTypeOverride("postgres", "citext"), new NativeTypeOverride("mysql", "varchar(320)")],
                        DistinctEstimate = 999_999, NullFraction = 0.25,
                    },
                    new Column { Id = "c3", Name = "updated_at", Type = LogicalType.TimestampTz, Nullable = false, Default = ColumnDefault.CurrentTimestamp },
                    new Column { Id = "c4", Name = "n", Type = LogicalType.Int64, Identity = IdentityKind.Always, Default = ColumnDefault.Expression("nextval('s')") },
                    new Column { Id = "c5", Name = "price", Type = LogicalType.Decimal(12, 2), Default = ColumnDefault.Literal("0") },
                    new Column { Id = "c6", Name = "tags", Type = LogicalType.Text.AsArray() },
                ],
                PrimaryKey = new PrimaryKey { Id = "pk", Name = "pk_people", ColumnIds = ["c1"] },
                Uniques = [new UniqueConstraint { Id = "uq", ColumnIds = ["c2"] }],
                Checks = [new CheckConstraint { Id = "ck", Name = "ck_price", Expression = "price >= 0" }],
                ForeignKeys = [new ForeignKey { Id = "fk", ColumnIds = ["c4"], TargetTableId = "t1", TargetColumnIds = ["c1"], OnDelete = ReferentialAction.SetNull, OnUpdate = ReferentialAction.Restrict }],
                Indexes =
                [
                    new Core.Model.Index
                    {
                        Id = "ix", Name = "ix_people", Unique = true, Method = IndexMethod.Hash, Where = "n > 0",
                        Parts = [IndexPart.OfColumn("c2", descending: true), new IndexPart { Expression = "lower(email)", PrefixLength = 10 }],
                        IncludeColumnIds = ["c5"],
                    },
                ],
                FunctionalDependencies = [new FunctionalDependency { Id = "fd", DeterminantIds = ["c2"], DependentIds = ["c5", "c6"], Source = DependencySource.Discovered }],
            },
        ],
        Enums = [new EnumType { Id = "e", Name = "mood", Schema = "app", Values = ["ok", "meh"], Comment = "feelings" }],
        Areas = [new SubjectArea { Id = "a", Name = "Core", Color = "#ff0000", TableIds = ["t1"] }],
        Notes = [new StickyNote { Id = "n", Text = "Check the spelling", Position = new CanvasPosition(5, 6) }],
        Verbatim = [new VerbatimObject { Id = "v", Kind = "view", Name = "v", Dialect = "postgres", Sql = "CREATE VIEW v AS SELECT 1" }],
        LintSuppressions = [new LintSuppression { Code = "LN002", ObjectId = "fk", Reason = "lookup table" }],
        Workload =
        [
            new WorkloadEntry { Id = "q1", Name = "by email", Sql = "SELECT * FROM app.people WHERE email = $1", Dialect = "postgres", Frequency = 250 },
            new WorkloadEntry { Id = "q2", Sql = "SELECT n FROM app.people ORDER BY updated_at DESC LIMIT 10" },
        ],
        NamingConventions = new Core.Analysis.Lint.NamingConventions
        {
            Case = Core.Analysis.Lint.IdentifierCase.PascalCase, TableNames = Core.Analysis.Lint.TableNameNumber.Singular, RequirePrefixes = false, IndexPrefix = "idx_",
        },
    };

    [Fact]
    public void Workload_and_naming_conventions_are_written_under_their_own_names_and_read_back()
    {
        var json = DesignFile.Serialize(FullDesign());
        Assert.Contains("\"workload\": [", json);
        Assert.Contains("\"frequency\": 250", json);
        Assert.Contains("\"case\": \"PascalCase\"", json);
        Assert.Contains("\"tableNames\": \"singular\"", json);
        var read = DesignFile.Read(json).Design!;
        Assert.Equal(250, read.Workload[0].Frequency);
        Assert.Equal(1, read.Workload[1].Frequency);
        Assert.Null(read.Workload[1].Dialect);
        Assert.Equal("idx_", read.NamingConventions!.IndexPrefix);
        Assert.False(read.NamingConventions.RequirePrefixes);
    }

    [Fact]
    public void Design_without_workload_or_conventions_writes_neither()
    {
        var json = DesignFile.Serialize(new Design { Name = "d" });
        Assert.DoesNotContain("workload", json);
        Assert.DoesNotContain("namingConventions", json);
        Assert.Null(DesignFile.Read(json).Design!.NamingConventions);
    }
}
