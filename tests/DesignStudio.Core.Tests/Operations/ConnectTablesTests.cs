using DesignStudio.Core.Model;
using DesignStudio.Core.Operations;
using static DesignStudio.Core.Tests.Operations.OperationAssert;

namespace DesignStudio.Core.Tests.Operations;

public class ConnectTablesTests
{
    private static readonly Column AuthorsId = new() { Id = "col_a_id", Name = "id", Type = LogicalType.Int32, Nullable = false, Identity = IdentityKind.Always };

    private static Design TwoTables(bool targetHasKey = false) => new()
    {
        Tables =
        [
            new Table { Id = "tbl_a", Name = "authors", Columns = [AuthorsId], PrimaryKey = new PrimaryKey { Id = "pk_a", ColumnIds = ["col_a_id"] } },
            new Table
            {
                Id = "tbl_b",
                Name = "books",
                Columns = targetHasKey
                    ? [new Column { Id = "col_b_id", Name = "id", Type = LogicalType.Int64, Nullable = false }, new Column { Id = "col_b_ref", Name = "ref", Type = LogicalType.Int32 }]
                    : [new Column { Id = "col_b_ref", Name = "ref", Type = LogicalType.Int32 }],
                PrimaryKey = targetHasKey ? new PrimaryKey { Id = "pk_b", ColumnIds = ["col_b_id"] } : null,
            },
        ],
    };

    [Fact]
    public void Dragging_a_key_onto_a_table_creates_a_referencing_column_of_the_same_type_and_a_foreign_key()
    {
        var next = AppliesAndInverts(TwoTables(), new ConnectTables("tbl_a", "col_a_id", "tbl_b"));
        var books = next.GetTable("tbl_b");
        var column = Assert.Single(books.Columns, c => c.Name == "authors_id");
        Assert.Equal(LogicalType.Int32, column.Type);
        Assert.Equal(IdentityKind.None, column.Identity);
        var fk = Assert.Single(books.ForeignKeys);
        Assert.Equal(["col_a_id"], fk.TargetColumnIds);
        Assert.Equal([column.Id], fk.ColumnIds);
        Assert.Equal("tbl_a", fk.TargetTableId);
    }

    [Fact]
    public void Dropping_a_key_on_a_column_of_matching_type_uses_that_column()
    {
        var next = AppliesAndInverts(TwoTables(), new ConnectTables("tbl_a", "col_a_id", "tbl_b", "col_b_ref"));
        var books = next.GetTable("tbl_b");
        Assert.Single(books.Columns);
        Assert.Equal(["col_b_ref"], Assert.Single(books.ForeignKeys).ColumnIds);
    }

    [Fact]
    public void Dragging_a_plain_column_references_the_target_primary_key()
    {
        var next = AppliesAndInverts(TwoTables(targetHasKey: true), new ConnectTables("tbl_b", "col_b_ref", "tbl_a"));
        var fk = Assert.Single(next.GetTable("tbl_b").ForeignKeys);
        Assert.Equal(["col_b_ref"], fk.ColumnIds);
        Assert.Equal("tbl_a", fk.TargetTableId);
        Assert.Equal(["col_a_id"], fk.TargetColumnIds);
    }

    [Fact]
    public void Dragging_to_a_table_without_key_creates_its_key_column_with_the_matching_type()
    {
        var full = TwoTables(targetHasKey: true);
        var design = full with { Tables = full.Tables.SetItem(0, full.Tables[0] with { PrimaryKey = null, Columns = [] }) };
        var next = AppliesAndInverts(design, new ConnectTables("tbl_b", "col_b_ref", "tbl_a"));
        var authors = next.GetTable("tbl_a");
        var id = Assert.Single(authors.Columns);
        Assert.Equal("id", id.Name);
        Assert.Equal(LogicalType.Int32, id.Type);
        Assert.Equal([id.Id], authors.PrimaryKey!.ColumnIds);
        Assert.Equal([id.Id], Assert.Single(next.GetTable("tbl_b").ForeignKeys).TargetColumnIds);
    }

    [Fact]
    public void Connecting_twice_is_refused_rather_than_duplicating_the_key()
    {
        var once = new ConnectTables("tbl_a", "col_a_id", "tbl_b").Apply(TwoTables()).Design!;
        Refused(once, new ConnectTables("tbl_a", "col_a_id", "tbl_b"), OperationDiagnostics.DuplicateId);
    }

    [Fact]
    public void Connecting_from_a_missing_column_is_refused() =>
        Refused(TwoTables(), new ConnectTables("tbl_a", "col_nope", "tbl_b"), OperationDiagnostics.ColumnNotFound);

    [Fact]
    public void Redo_after_undo_recreates_the_same_objects()
    {
        var session = new EditSession(TwoTables());
        Assert.True(session.Apply(new ConnectTables("tbl_a", "col_a_id", "tbl_b")).Succeeded);
        var first = session.Design;
        session.Undo();
        Assert.Equal(TwoTables(), session.Design);
        session.Redo();
        Assert.Equal(first, session.Design);
    }
}
