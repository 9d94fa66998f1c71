using DesignStudio.Core.Model;
using DesignStudio.Core.Operations;
using DesignStudio.Core.Samples;

namespace DesignStudio.Core.Tests.Model;

public class LayoutChangeTests
{
    private static readonly Design Sample = SyntheticDesign.Create(20, seed: 7) with
    {
        Notes = [new StickyNote { Id = "note1", Text = "hello" }],
    };

    private static Design Apply(Design design, DesignOperation operation) =>
        operation.Apply(design).Design ?? throw new InvalidOperationException("refused");

    [Fact]
    public void Moving_and_collapsing_tables_and_moving_or_resizing_notes_is_layout_only()
    {
        var table = Sample.Tables[3];
        var moved = Apply(Sample, new MoveTable(table.Id, new CanvasPosition(123, 456)));
        var collapsed = Apply(moved, new MoveTable(Sample.Tables[5].Id, new CanvasPosition(1, 2) { Collapsed = true }));
        var noteMoved = Apply(collapsed, new MoveStickyNote("note1", new CanvasPosition(50, 60)));
        var noteResized = Apply(noteMoved, new ResizeStickyNote("note1", 300, 200));

        Assert.True(LayoutChange.IsLayoutOnly(Sample, moved));
        Assert.True(LayoutChange.IsLayoutOnly(Sample, collapsed));
        Assert.True(LayoutChange.IsLayoutOnly(Sample, noteResized));
        Assert.True(LayoutChange.IsLayoutOnly(noteResized, Sample));
    }

    [Fact]
    public void A_schema_edit_is_not_layout_only_even_together_with_a_move()
    {
        var table = Sample.Tables[2];
        var renamed = Apply(Sample, new RenameTable(table.Id, "renamed"));
        var movedAndRenamed = Apply(Apply(Sample, new MoveTable(table.Id, new CanvasPosition(9, 9))), new RenameTable(table.Id, "renamed"));
        var commented = Apply(Sample, new SetTableComment(table.Id, "why"));
        var added = Apply(Sample, new AddTable(new Table { Id = "tbl_new", Name = "fresh" }));
        var noteEdited = Apply(Sample, new EditStickyNote("note1", "changed"));

        Assert.False(LayoutChange.IsLayoutOnly(Sample, renamed));
        Assert.False(LayoutChange.IsLayoutOnly(Sample, movedAndRenamed));
        Assert.False(LayoutChange.IsLayoutOnly(Sample, commented));
        Assert.False(LayoutChange.IsLayoutOnly(Sample, added));
        Assert.False(LayoutChange.IsLayoutOnly(Sample, noteEdited));
        Assert.False(LayoutChange.IsLayoutOnly(Sample, Sample with { Name = "other" }));
    }

    [Fact]
    public void Reordering_tables_is_not_layout_only()
    {
        var reordered = Sample with { Tables = [Sample.Tables[1], Sample.Tables[0], .. Sample.Tables.Skip(2)] };
        Assert.False(LayoutChange.IsLayoutOnly(Sample, reordered));
    }
}
