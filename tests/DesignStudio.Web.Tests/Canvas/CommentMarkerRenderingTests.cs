using Bunit;
using DesignStudio.Core.Model;
using DesignStudio.Core.Samples;
using DesignStudio.Data.Comments;
using DesignStudio.Web.Canvas;
using DesignStudio.Web.Components.Pages.Designer.Comments;
using Microsoft.Extensions.DependencyInjection;

namespace DesignStudio.Web.Tests.Canvas;

/// <summary>
/// Comment markers on the canvas: a table node with open threads shows their count (its columns' threads included),
/// a node without any draws no marker at all, a marker opens that table's threads, and a new comment re-renders only
/// that table's node — no other node, no link, no other marker.
/// </summary>
public class CommentMarkerRenderingTests : StudioTestContext
{
    private readonly Design design = SyntheticDesign.Create(30, seed: 5);

    private CommentBoard Board => Services.GetRequiredService<CommentBoard>();

    private IRenderedComponent<DesignCanvas> RenderCanvas() => Render<DesignCanvas>(p => p
        .Add(c => c.Design, design)
        .Add(c => c.OnOperation, _ => Task.FromResult(false)));

    private static ThreadSummary Thread(CommentTarget target, bool resolved = false) =>
        new(Guid.NewGuid(), target, "someone", DateTime.UtcNow, resolved ? "someone" : null, resolved ? DateTime.UtcNow : null, 1, "text", DateTime.UtcNow);

    private static string MarkerLabel(int count, Table table) => $"{count} open comment{(count == 1 ? "" : "s")} on {table.Name}";

    // Counts how often every node, link and marker rendered, runs the change, and returns which ones rendered again.
    private static (HashSet<string> Nodes, int Links, HashSet<string> Markers) RendersDuring(IRenderedComponent<DesignCanvas> cut, Action change)
    {
        var nodes = cut.FindComponents<TableNodeWidget>().Select(w => (w, w.RenderCount)).ToList();
        var links = cut.FindComponents<ForeignKeyLinkWidget>().Select(w => (w, w.RenderCount)).ToList();
        var markers = cut.FindComponents<CommentMarker>().Select(m => (m, m.RenderCount)).ToList();
        Assert.Equal(30, nodes.Count);
        change();
        return (nodes.Where(n => n.w.RenderCount > n.RenderCount).Select(n => n.w.Instance.Node.TableId).ToHashSet(),
                links.Count(l => l.w.RenderCount > l.RenderCount),
                markers.Where(m => m.m.RenderCount > m.RenderCount).Select(m => m.m.Instance.TableId).ToHashSet());
    }

    [Fact]
    public void Tables_without_open_threads_draw_no_marker()
    {
        var cut = RenderCanvas();
        cut.WaitForAssertion(() => Assert.Equal(30, cut.FindComponents<TableNodeWidget>().Count));
        Assert.Empty(cut.FindComponents<CommentMarker>());
        Assert.Empty(cut.FindAll(".ds-comment-marker"));

        var table = design.Tables[4];
        Board.SetThreads([Thread(CommentTarget.ForTable(table), resolved: true)]);
        Assert.Empty(cut.FindComponents<CommentMarker>());
        Board.SetThreads([Thread(CommentTarget.ForTable(table))]);
        cut.WaitForAssertion(() => Assert.Equal(table.Id, Assert.Single(cut.FindComponents<CommentMarker>()).Instance.TableId));
        Board.SetThreads([]);
        cut.WaitForAssertion(() => Assert.Empty(cut.FindComponents<CommentMarker>()));
    }

    [Fact]
    public void A_table_shows_its_open_threads_with_its_columns_threads_and_without_resolved_ones()
    {
        var cut = RenderCanvas();
        var table = design.Tables[12];

        Board.SetThreads([Thread(CommentTarget.ForTable(table)), Thread(CommentTarget.ForColumn(table, table.Columns[1])),
            Thread(CommentTarget.ForTable(table), resolved: true), Thread(CommentTarget.ForDesign(design))]);

        cut.WaitForAssertion(() => Assert.Equal("2", cut.Find($"button[aria-label='{MarkerLabel(2, table)}']").TextContent.Replace("💬", "").Trim()));
        var node = cut.FindComponents<TableNodeWidget>().Single(w => w.Instance.Node.TableId == table.Id);
        Assert.NotNull(node.Find($".ds-node-header button[aria-label='{MarkerLabel(2, table)}']"));
        Assert.Single(cut.FindAll(".ds-comment-marker"));
    }

    [Fact]
    public void A_new_comment_re_renders_only_its_tables_marker()
    {
        var cut = RenderCanvas();
        var (first, second) = (design.Tables[12], design.Tables[3]);
        var threads = new List<ThreadSummary> { Thread(CommentTarget.ForTable(first)) };
        Board.SetThreads(threads);
        cut.WaitForAssertion(() => cut.Find($"button[aria-label='{MarkerLabel(1, first)}']"));

        var (nodes, links, markers) = RendersDuring(cut, () =>
        {
            threads.Add(Thread(CommentTarget.ForColumn(second, second.Columns[0])));
            Board.SetThreads(threads);
            cut.WaitForAssertion(() => cut.Find($"button[aria-label='{MarkerLabel(1, second)}']"));
        });

        Assert.Equal([second.Id], nodes);
        Assert.Equal(0, links);
        Assert.Empty(markers); // the first table's marker did not render again (the second's is new)
        Assert.Equal(2, cut.FindComponents<CommentMarker>().Count);

        // A second thread on the first table re-renders its node (and so its marker) only.
        (nodes, links, markers) = RendersDuring(cut, () =>
        {
            threads.Add(Thread(CommentTarget.ForTable(first)));
            Board.SetThreads(threads);
            cut.WaitForAssertion(() => cut.Find($"button[aria-label='{MarkerLabel(2, first)}']"));
        });
        Assert.Equal([first.Id], nodes);
        Assert.Equal(0, links);
        Assert.Equal([first.Id], markers);

        // The same counts again (a reload that changed nothing) render nothing at all.
        (nodes, links, markers) = RendersDuring(cut, () => Board.SetThreads([.. threads]));
        Assert.Equal((0, 0, 0), (nodes.Count, links, markers.Count));
    }

    [Fact]
    public async Task A_comment_posted_on_another_page_shows_on_the_canvas_re_rendering_only_that_marker()
    {
        var project = (await Store.CreateProjectAsync("synthetic", design)).Value!.Id;
        var table = design.Tables[12];
        var cut = RenderCanvas();
        var panel = Render<CommentsPanel>(p => p.Add(x => x.ProjectId, project).Add(x => x.Design, design));
        panel.WaitForAssertion(() => Assert.Contains("No comments yet.", panel.Markup));

        var (nodes, links, markers) = RendersDuring(cut, () =>
        {
            Assert.True(TempStore.Comments.StartThreadAsync(OwnerId, project, CommentTarget.ForTable(table), "Split this table?").GetAwaiter().GetResult().Succeeded);
            cut.WaitForAssertion(() => cut.Find($"button[aria-label='{MarkerLabel(1, table)}']"));
        });

        Assert.Equal([table.Id], nodes);
        Assert.Equal(0, links);
        Assert.Empty(markers); // no marker before: the node drew a new one
        Assert.Single(cut.FindComponents<CommentMarker>());
    }

    [Fact]
    public void Clicking_a_marker_asks_for_its_tables_threads()
    {
        var cut = RenderCanvas();
        var table = design.Tables[12];
        var requested = new List<string>();
        Board.TableThreadsRequested += requested.Add;
        Board.SetThreads([Thread(CommentTarget.ForTable(table))]);

        cut.WaitForAssertion(() => cut.Find($"button[aria-label='{MarkerLabel(1, table)}']").Click());

        Assert.Equal([table.Id], requested);
    }
}
