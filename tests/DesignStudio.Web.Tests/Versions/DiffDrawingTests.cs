using DesignStudio.Core.Model;
using DesignStudio.Web.Canvas;
using DesignStudio.Web.Services.Versions;

namespace DesignStudio.Web.Tests.Versions;

public class DiffDrawingTests
{
    private static Column Col(string id, string name, bool nullable = false) => new() { Id = id, Name = name, Type = LogicalType.Int64, Nullable = nullable };

    private static ForeignKey Fk(string id, string column) =>
        new() { Id = id, Name = id, ColumnIds = [column], TargetTableId = "t_users", TargetColumnIds = ["c_uid"] };

    private static Table Users => new()
    {
        Id = "t_users", Name = "users", Position = new CanvasPosition(40, 40), Columns = [Col("c_uid", "id")],
        PrimaryKey = new PrimaryKey { Id = "pk_users", ColumnIds = ["c_uid"] },
    };

    private static Table Posts => new()
    {
        Id = "t_posts", Name = "posts", Position = new CanvasPosition(400, 40),
        Columns = [Col("c_pid", "id"), Col("c_author", "author_id"), Col("c_editor", "editor_id", true), Col("c_reviewer", "reviewer_id", true)],
        ForeignKeys = [Fk("fk_author", "c_author"), Fk("fk_editor", "c_editor"), Fk("fk_same", "c_pid")],
    };

    /// <summary>fk_author changed (ON DELETE CASCADE), fk_editor removed, fk_reviewer added, fk_same unchanged.</summary>
    internal static (Design From, Design To) LinkPair
    {
        get
        {
            var posts = Posts with
            {
                ForeignKeys = [Fk("fk_author", "c_author") with { OnDelete = ReferentialAction.Cascade }, Fk("fk_same", "c_pid"), Fk("fk_reviewer", "c_reviewer")],
            };
            return (new Design { Tables = [Users, Posts] }, new Design { Tables = [Users, posts] });
        }
    }

    [Fact]
    public void Marks_added_removed_and_changed_foreign_keys_and_draws_removed_ones()
    {
        var view = DesignDiffView.Build(LinkPair.From, LinkPair.To);

        Assert.Equal(DiffMark.Changed, view.Highlights.LinkMark("fk_author"));
        Assert.Equal(DiffMark.Removed, view.Highlights.LinkMark("fk_editor"));
        Assert.Equal(DiffMark.Added, view.Highlights.LinkMark("fk_reviewer"));
        Assert.Null(view.Highlights.LinkMark("fk_same"));
        Assert.Equal(DiffMark.Changed, view.Highlights.TableMark("t_posts"));
        // The removed foreign key is still drawn (in red) on the newer table.
        Assert.Equal(["fk_author", "fk_same", "fk_reviewer", "fk_editor"], view.Drawn.GetTable("t_posts").ForeignKeys.Select(f => f.Id));
    }

    [Fact]
    public void Foreign_keys_of_a_dropped_table_are_removed_links()
    {
        var view = DesignDiffView.Build(new Design { Tables = [Users, Posts] }, new Design { Tables = [Users] });
        Assert.Equal(DiffMark.Removed, view.Highlights.TableMark("t_posts"));
        Assert.All(Posts.ForeignKeys, f => Assert.Equal(DiffMark.Removed, view.Highlights.LinkMark(f.Id)));
    }

    [Fact]
    public void Removed_table_at_a_new_tables_place_moves_below_it()
    {
        var added = new Table { Id = "t_new", Name = "invoices", Position = new CanvasPosition(400, 40), Columns = [Col("c1", "id"), Col("c2", "total")] };
        var removed = Posts; // old position (400, 40): where the new table now is
        var placed = DiffDrawing.Place([Users, added], [removed]);

        var expectedTop = 40 + TableNodeGeometry.Height(added.Columns.Count) + DiffDrawing.Gap;
        Assert.Equal(new CanvasPosition(400, expectedTop), placed[0]);
    }

    [Fact]
    public void Removed_table_clear_of_the_new_ones_keeps_its_old_position()
    {
        var placed = DiffDrawing.Place([Users], [Posts]);
        Assert.Equal(new CanvasPosition(400, 40), placed[0]);
    }

    [Fact]
    public void Placed_tables_never_overlap_and_the_placement_is_deterministic()
    {
        // Three removed tables stacked on one spot, over two new tables and a table without a position (default grid place).
        var kept = new List<Table>
        {
            Users,
            new() { Id = "k1", Name = "a", Position = new CanvasPosition(100, 150), Columns = [Col("x1", "x"), Col("x2", "y"), Col("x3", "z")] },
            new() { Id = "k2", Name = "b", Columns = [Col("y1", "x")] },
        };
        var removed = Enumerable.Range(0, 3)
            .Select(i => new Table { Id = "r" + i, Name = "r" + i, Position = new CanvasPosition(120, 170), Columns = [Col("r" + i, "id")] })
            .Append(new Table { Id = "r9", Name = "nowhere", Columns = [Col("r9c", "id")] })
            .ToList();

        var placed = DiffDrawing.Place(kept, removed);
        Assert.Equal(placed, DiffDrawing.Place(kept, removed));

        var boxes = kept.Select((t, i) => DiffDrawing.Bounds(t, t.Position, i))
            .Concat(removed.Select((t, i) => DiffDrawing.Bounds(t, placed[i], kept.Count + i))).ToList();
        for (var i = 0; i < boxes.Count; i++)
        {
            for (var j = i + 1; j < boxes.Count; j++)
            {
                var (a, b) = (boxes[i], boxes[j]);
                var overlap = a.Left < b.Left + b.Width && b.Left < a.Left + a.Width && a.Top < b.Bottom && b.Top < a.Bottom;
                Assert.False(overlap, $"boxes {i} and {j} overlap: {a} / {b}");
            }
        }
        Assert.All(placed.Take(3), p => Assert.Equal(120, p.X)); // shifted straight down, never sideways
    }
}
