using DesignStudio.Core.Model;
using DesignStudio.Core.Operations;
using DesignStudio.Web.Components.Pages.Designer;

namespace DesignStudio.Web.Tests.Designer;

public class ColumnEditOperationsTests
{
    private static readonly Table Users = new()
    {
        Id = "tbl_u", Name = "users",
        Columns = [new Column { Id = "c_id", Name = "id", Type = LogicalType.Int64, Nullable = false }, new Column { Id = "c_mail", Name = "email", Type = LogicalType.Text }],
        PrimaryKey = new PrimaryKey { Id = "pk_u", ColumnIds = ["c_id"] },
    };

    private static Design Design => new() { Tables = [Users] };

    [Fact]
    public void New_column_without_key_is_a_single_add()
    {
        var op = ColumnEditOperations.For(Users, new ColumnEdit(new Column { Id = "c_new", Name = "bio", Type = LogicalType.Text }, false));
        Assert.Equal(new AddColumn("tbl_u", new Column { Id = "c_new", Name = "bio", Type = LogicalType.Text }), op);
    }

    [Fact]
    public void Marking_an_existing_column_as_key_extends_the_key_and_makes_it_not_null_in_one_undo_step()
    {
        var op = ColumnEditOperations.For(Users, new ColumnEdit(Users.Columns[1], true));
        var result = op.Apply(Design);
        Assert.True(result.Succeeded);
        var table = result.Design.GetTable("tbl_u");
        Assert.Equal(["c_id", "c_mail"], table.PrimaryKey!.ColumnIds);
        Assert.False(table.GetColumn("c_mail").Nullable);
        Assert.Equal(Design, result.Inverse.Apply(result.Design).Design);
    }

    [Fact]
    public void Unmarking_the_only_key_column_removes_the_key()
    {
        var result = ColumnEditOperations.For(Users, new ColumnEdit(Users.Columns[0], false)).Apply(Design);
        Assert.True(result.Succeeded);
        Assert.Null(result.Design.GetTable("tbl_u").PrimaryKey);
    }

    [Fact]
    public void New_key_column_on_a_table_without_key_creates_one()
    {
        var bare = Users with { PrimaryKey = null };
        var result = ColumnEditOperations.For(bare, new ColumnEdit(new Column { Id = "c_k", Name = "k", Type = LogicalType.Uuid }, true))
            .Apply(new Design { Tables = [bare] });
        Assert.True(result.Succeeded);
        Assert.Equal(["c_k"], result.Design.GetTable("tbl_u").PrimaryKey!.ColumnIds);
    }
}
