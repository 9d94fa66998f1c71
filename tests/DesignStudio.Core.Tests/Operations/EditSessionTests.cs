using DesignStudio.Core.Model;
using DesignStudio.Core.Operations;

namespace DesignStudio.Core.Tests.Operations;

public class EditSessionTests
{
    [Fact]
    public void Undo_and_redo_walk_the_history_exactly()
    {
        var start = SampleDesigns.Blog();
        var session = new EditSession(start);
        Assert.True(session.Apply(new RenameTable("tbl_users", "people")).Succeeded);
        var afterRename = session.Design;
        Assert.True(session.Apply(new RemoveTable("tbl_posts")).Succeeded);
        var afterRemove = session.Design;

        Assert.True(session.Undo()!.Succeeded);
        Assert.Equal(afterRename, session.Design);
        Assert.True(session.Undo()!.Succeeded);
        Assert.Equal(start, session.Design);
        Assert.False(session.CanUndo);
        Assert.Null(session.Undo());

        Assert.True(session.Redo()!.Succeeded);
        Assert.True(session.Redo()!.Succeeded);
        Assert.Equal(afterRemove, session.Design);
        Assert.False(session.CanRedo);
    }

    [Fact]
    public void A_new_edit_clears_redo()
    {
        var session = new EditSession(SampleDesigns.Blog());
        session.Apply(new RenameTable("tbl_users", "people"));
        session.Undo();
        Assert.True(session.CanRedo);
        session.Apply(new SetTableComment("tbl_users", "x"));
        Assert.False(session.CanRedo);
    }

    [Fact]
    public void A_refused_edit_changes_nothing_and_is_not_recorded()
    {
        var start = SampleDesigns.Blog();
        var session = new EditSession(start);
        var changes = 0;
        session.Changed += () => changes++;
        var result = session.Apply(new RenameTable("tbl_users", "posts"));
        Assert.False(result.Succeeded);
        Assert.Equal(start, session.Design);
        Assert.False(session.CanUndo);
        Assert.Equal(0, changes);
    }

    [Fact]
    public void History_keeps_only_the_newest_steps_up_to_the_limit()
    {
        var session = new EditSession(SampleDesigns.Blog(), historyLimit: 2);
        session.Apply(new SetTableComment("tbl_users", "1"));
        session.Apply(new SetTableComment("tbl_users", "2"));
        session.Apply(new SetTableComment("tbl_users", "3"));
        session.Undo();
        session.Undo();
        Assert.False(session.CanUndo);
        Assert.Equal("1", session.Design.GetTable("tbl_users").Comment);
    }

    [Fact]
    public void Reset_replaces_the_design_and_forgets_history()
    {
        var session = new EditSession(SampleDesigns.Blog());
        session.Apply(new SetTableComment("tbl_users", "1"));
        session.Reset(new Design { Name = "other" });
        Assert.Equal("other", session.Design.Name);
        Assert.False(session.CanUndo);
    }
}
