using DesignStudio.Core.Model;
using DesignStudio.Core.Operations;
using static DesignStudio.Core.Tests.Operations.OperationAssert;

namespace DesignStudio.Core.Tests.Operations;

public class StickyNoteOperationTests
{
    private static readonly StickyNote Note = new() { Id = "note_1", Text = "Remember <b>tags</b>", Position = new CanvasPosition(100, 50) };

    private static Design WithNote() => SampleDesigns.Blog() with { Notes = [Note] };

    [Fact]
    public void Add_sticky_note_appends_it_and_inverts()
    {
        var added = new StickyNote { Id = "note_2", Text = "second", Position = new CanvasPosition(1, 2), Width = 300, Height = 90 };
        var next = AppliesAndInverts(WithNote(), new AddStickyNote(added));
        Assert.Equal(added, next.Notes[1]);
    }

    [Fact]
    public void Add_sticky_note_with_a_taken_id_is_refused() =>
        Refused(WithNote(), new AddStickyNote(Note with { Text = "other" }), OperationDiagnostics.DuplicateId);

    [Fact]
    public void Edit_sticky_note_replaces_the_text_verbatim_and_inverts()
    {
        var next = AppliesAndInverts(WithNote(), new EditStickyNote("note_1", "Line 1\n<script>alert(1)</script>"));
        Assert.Equal("Line 1\n<script>alert(1)</script>", Assert.Single(next.Notes).Text);
    }

    [Fact]
    public void Move_sticky_note_changes_only_its_position_and_inverts()
    {
        var next = AppliesAndInverts(WithNote(), new MoveStickyNote("note_1", new CanvasPosition(-40.5, 300)));
        Assert.Equal(Note with { Position = new CanvasPosition(-40.5, 300) }, Assert.Single(next.Notes));
    }

    [Fact]
    public void Resize_sticky_note_changes_only_its_size_and_inverts()
    {
        var next = AppliesAndInverts(WithNote(), new ResizeStickyNote("note_1", 320, 180));
        Assert.Equal(Note with { Width = 320, Height = 180 }, Assert.Single(next.Notes));
    }

    [Theory]
    [InlineData(0, 100)]
    [InlineData(100, -5)]
    [InlineData(double.NaN, 100)]
    [InlineData(100, double.PositiveInfinity)]
    [InlineData(39, 100)]
    public void Resizing_a_sticky_note_below_the_minimum_or_to_a_non_number_is_refused(double width, double height)
    {
        Refused(WithNote(), new ResizeStickyNote("note_1", width, height), OperationDiagnostics.InvalidSize);
        Refused(WithNote(), new AddStickyNote(new StickyNote { Id = "n2", Text = "", Width = width, Height = height }), OperationDiagnostics.InvalidSize);
    }

    [Fact]
    public void Remove_sticky_note_inverts_at_the_same_position()
    {
        var three = WithNote() with { Notes = [Note with { Id = "a" }, Note, Note with { Id = "c" }] };
        var next = AppliesAndInverts(three, new RemoveStickyNote("note_1"));
        Assert.Equal(["a", "c"], next.Notes.Select(n => n.Id));
    }

    [Fact]
    public void Operations_on_a_missing_note_are_refused()
    {
        Refused(WithNote(), new RemoveStickyNote("nope"), OperationDiagnostics.ObjectNotFound);
        Refused(WithNote(), new EditStickyNote("nope", "x"), OperationDiagnostics.ObjectNotFound);
        Refused(WithNote(), new MoveStickyNote("nope", new CanvasPosition(0, 0)), OperationDiagnostics.ObjectNotFound);
        Refused(WithNote(), new ResizeStickyNote("nope", 100, 100), OperationDiagnostics.ObjectNotFound);
    }
}
