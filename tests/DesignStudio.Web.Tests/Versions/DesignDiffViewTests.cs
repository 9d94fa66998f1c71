using DesignStudio.Core.Model;
using DesignStudio.Web.Canvas;
using DesignStudio.Web.Services.Versions;

namespace DesignStudio.Web.Tests.Versions;

public class DesignDiffViewTests
{
    internal static Design V1 => new()
    {
        Tables =
        [
            new Table
            {
                Id = "tbl_users", Name = "users", Position = new CanvasPosition(40, 40),
                Columns =
                [
                    new Column { Id = "c_id", Name = "id", Type = LogicalType.Int64, Nullable = false },
                    new Column { Id = "c_email", Name = "email", Type = LogicalType.Text },
                    new Column { Id = "c_legacy", Name = "legacy", Type = LogicalType.Text },
                ],
                PrimaryKey = new PrimaryKey { Id = "pk_users", ColumnIds = ["c_id"] },
            },
            new Table { Id = "tbl_tags", Name = "tags", Position = new CanvasPosition(400, 40), Columns = [new Column { Id = "c_tag", Name = "tag", Type = LogicalType.Text }] },
            new Table { Id = "tbl_old", Name = "audit", Position = new CanvasPosition(40, 400), Columns = [new Column { Id = "c_at", Name = "at", Type = LogicalType.Text }] },
        ],
    };

    internal static Design V2 => V1 with
    {
        Tables =
        [
            V1.Tables[0] with
            {
                Columns = [V1.Tables[0].Columns[0], V1.Tables[0].Columns[1] with { Nullable = false }, new Column { Id = "c_nick", Name = "nickname", Type = LogicalType.Text }],
            },
            V1.Tables[1] with { Name = "labels" },
            new Table { Id = "tbl_orders", Name = "orders", Position = new CanvasPosition(400, 400), Columns = [new Column { Id = "c_oid", Name = "id", Type = LogicalType.Int64 }] },
        ],
    };

    [Fact]
    public void Marks_added_removed_and_changed_tables_and_columns_by_stable_id()
    {
        var view = DesignDiffView.Build(V1, V2);
        Assert.Equal(DiffMark.Added, view.Highlights.TableMark("tbl_orders"));
        Assert.Equal(DiffMark.Removed, view.Highlights.TableMark("tbl_old"));
        Assert.Equal(DiffMark.Changed, view.Highlights.TableMark("tbl_users"));
        Assert.Equal(DiffMark.Changed, view.Highlights.TableMark("tbl_tags")); // a rename, not a drop and an add
        var columns = view.Highlights.ColumnMarks("tbl_users");
        Assert.Equal(DiffMark.Added, columns["c_nick"]);
        Assert.Equal(DiffMark.Removed, columns["c_legacy"]);
        Assert.Equal(DiffMark.Changed, columns["c_email"]);
        Assert.False(columns.ContainsKey("c_id"));
    }

    [Fact]
    public void Draws_the_new_version_with_removed_tables_and_columns_from_the_old_one()
    {
        var view = DesignDiffView.Build(V1, V2);
        Assert.Equal(["users", "labels", "orders", "audit"], view.Drawn.Tables.Select(t => t.Name));
        Assert.Equal(["id", "email", "legacy", "nickname"], view.Drawn.GetTable("tbl_users").Columns.Select(c => c.Name));
        Assert.Equal(new CanvasPosition(40, 400), view.Drawn.GetTable("tbl_old").Position);
    }

    [Fact]
    public void Lists_each_change_with_its_kind()
    {
        var view = DesignDiffView.Build(V1, V2);
        Assert.Contains(view.Entries, e => e.Mark == DiffMark.Added && e.Text.Contains("orders", StringComparison.Ordinal));
        Assert.Contains(view.Entries, e => e.Mark == DiffMark.Removed && e.Text.Contains("audit", StringComparison.Ordinal));
        Assert.Contains(view.Entries, e => e.Mark == DiffMark.Changed && e.Text.Contains("labels", StringComparison.Ordinal));
        var (added, removed, changed) = view.Counts();
        Assert.Equal(view.Entries.Count, added + removed + changed);
        Assert.Empty(DesignDiffView.Build(V1, V1).Entries);
    }
}
