using DesignStudio.Core.Model;
using DesignStudio.Core.Operations;
using DesignStudio.Core.Serialization;
using DesignStudio.Data;
using DesignStudio.Data.Versions;
using DesignStudio.Web.Collaboration;
using Microsoft.Extensions.Logging.Abstractions;
using Blog = DesignStudio.Core.Tests.Operations.SampleDesigns;

namespace DesignStudio.Web.Tests.Collaboration;

public class DesignSessionServiceTests
{
    private static async Task<(SessionHarness Harness, Guid Project, SimulatedClient Ana, SimulatedClient Ben)> TwoClientsAsync()
    {
        var harness = SessionHarness.OnSqlite();
        var project = await harness.CreateProjectAsync(Blog.Blog());
        var ana = new SimulatedClient(harness, project, "Ana");
        var ben = new SimulatedClient(harness, project, "Ben");
        await ana.JoinAsync();
        await ben.JoinAsync();
        return (harness, project, ana, ben);
    }

    private static Column UsersEmail(Design design) => design.FindTable("tbl_users")!.FindColumn("col_users_email")!;

    [Fact]
    public async Task An_acknowledged_operation_is_in_the_log_and_reaches_every_other_page()
    {
        var (harness, project, ana, ben) = await TwoClientsAsync();
        await using var _ = harness;

        var result = await ana.SubmitAsync(new RenameTable("tbl_users", "people"));

        var accepted = Assert.IsType<SubmitResult.Accepted>(result);
        Assert.Equal(1, accepted.Sequence);
        Assert.Equal("people", (await harness.Log.LoadAsync(project))!.Design.FindTable("tbl_users")!.Name);
        Assert.Equal(1, ben.Sequence);
        Assert.Equal("people", ben.Model.FindTable("tbl_users")!.Name);
    }

    [Fact]
    public async Task Concurrent_edits_of_different_objects_both_apply()
    {
        var (harness, _, ana, ben) = await TwoClientsAsync();
        await using var _ = harness;
        var anaBase = ana.Snapshot().Sequence;

        await ana.SubmitAsync(new RenameTable("tbl_users", "people"));
        // Ben has not seen Ana's edit: he submits on the same base sequence.
        var benResult = await harness.Service.SubmitAsync(ana.Snapshot().Model is var _ ? ProjectOf(harness) : default, ben.Who, ben.ClientId, "b1", anaBase, new RenameTable("tbl_posts", "articles"));

        Assert.IsType<SubmitResult.Accepted>(benResult);
        Assert.Equal("people", ben.Model.FindTable("tbl_users")!.Name);
        Assert.Equal("articles", ben.Model.FindTable("tbl_posts")!.Name);
        Assert.Equal(ana.Model, ben.Model);
        Assert.Empty(ana.Notices);
    }

    [Fact]
    public async Task Same_field_later_sequence_wins_and_the_earlier_author_is_told()
    {
        var (harness, project, ana, ben) = await TwoClientsAsync();
        await using var _ = harness;

        await harness.Service.SubmitAsync(project, ana.Who, ana.ClientId, "a1", 0, new RenameTable("tbl_users", "people"));
        var late = await harness.Service.SubmitAsync(project, ben.Who, ben.ClientId, "b1", 0, new RenameTable("tbl_users", "members"));

        Assert.Equal(new SubmitResult.Accepted(2), late);
        Assert.Equal("members", ana.Model.FindTable("tbl_users")!.Name);
        Assert.Equal(["Ben changed the name of table users after you."], ana.Notices);
        Assert.Empty(ben.Notices);
    }

    [Fact]
    public async Task Stale_column_edits_of_different_fields_merge_instead_of_overwriting()
    {
        var (harness, project, ana, ben) = await TwoClientsAsync();
        await using var _ = harness;
        var email = UsersEmail(ana.Model);

        await harness.Service.SubmitAsync(project, ana.Who, ana.ClientId, "a1", 0, new UpdateColumn("tbl_users", email with { Name = "mail" }));
        await harness.Service.SubmitAsync(project, ben.Who, ben.ClientId, "b1", 0, new UpdateColumn("tbl_users", email with { Type = LogicalType.Text }));

        var merged = UsersEmail(ben.Model);
        Assert.Equal("mail", merged.Name);
        Assert.Equal(LogicalType.Text, merged.Type);
        Assert.Equal(ana.Model, ben.Model);
        Assert.Empty(ana.Notices);
    }

    [Fact]
    public async Task Editing_a_table_someone_deleted_is_refused_with_a_message_not_an_exception()
    {
        var (harness, project, ana, ben) = await TwoClientsAsync();
        await using var _ = harness;
        var email = UsersEmail(ana.Model);

        await harness.Service.SubmitAsync(project, ana.Who, ana.ClientId, "a1", 0, new RemoveTable("tbl_comments"));
        await harness.Service.SubmitAsync(project, ana.Who, ana.ClientId, "a2", 1, new RemoveForeignKey("tbl_posts", "fk_posts_author"));
        await harness.Service.SubmitAsync(project, ana.Who, ana.ClientId, "a3", 2, new RemoveTable("tbl_users"));
        var refused = await harness.Service.SubmitAsync(project, ben.Who, ben.ClientId, "b1", 0, new UpdateColumn("tbl_users", email with { Name = "mail" }));

        var r = Assert.IsType<SubmitResult.Refused>(refused);
        Assert.Equal(CollaborationCodes.ChangedMeanwhile, r.Diagnostics[0].Code);
        Assert.Contains("Ana changed the design meanwhile", r.Message);
        Assert.Equal(3, ben.Sequence);
        Assert.Null(ben.Model.FindTable("tbl_users"));
    }

    [Fact]
    public async Task Undo_reverts_only_your_own_last_edit()
    {
        var (harness, project, ana, ben) = await TwoClientsAsync();
        await using var _ = harness;

        await ana.SubmitAsync(new RenameTable("tbl_users", "people"));
        await ben.SubmitAsync(new SetTableComment("tbl_posts", "Ben's note"));
        var undo = await harness.Service.UndoAsync(project, ana.Who, ana.ClientId);

        Assert.Equal(new SubmitResult.Accepted(3), undo);
        Assert.Equal("users", ben.Model.FindTable("tbl_users")!.Name);
        Assert.Equal("Ben's note", ben.Model.FindTable("tbl_posts")!.Comment);
        Assert.False(harness.Service.CanUndo(project, ana.ClientId));
        Assert.True(harness.Service.CanRedo(project, ana.ClientId));
        Assert.IsType<SubmitResult.Accepted>(await harness.Service.RedoAsync(project, ana.Who, ana.ClientId));
        Assert.Equal("people", ben.Model.FindTable("tbl_users")!.Name);
    }

    [Fact]
    public async Task Undoing_a_column_edit_keeps_fields_others_changed_since()
    {
        var (harness, project, ana, ben) = await TwoClientsAsync();
        await using var _ = harness;
        var email = UsersEmail(ana.Model);

        await ana.SubmitAsync(new UpdateColumn("tbl_users", email with { Name = "mail" }));
        await ben.SubmitAsync(new UpdateColumn("tbl_users", UsersEmail(ben.Model) with { Comment = "Ben's comment" }));
        await harness.Service.UndoAsync(project, ana.Who, ana.ClientId);

        Assert.Equal("email", UsersEmail(ben.Model).Name);
        Assert.Equal("Ben's comment", UsersEmail(ben.Model).Comment);
    }

    [Fact]
    public async Task Undo_that_no_longer_applies_is_refused_with_a_message()
    {
        var (harness, project, ana, ben) = await TwoClientsAsync();
        await using var _ = harness;

        await ana.SubmitAsync(new AddColumn("tbl_comments", new Column { Id = "col_new", Name = "body", Type = LogicalType.Text }));
        await ben.SubmitAsync(new RemoveTable("tbl_comments"));
        var undo = await harness.Service.UndoAsync(project, ana.Who, ana.ClientId);

        var refused = Assert.IsType<SubmitResult.Refused>(undo);
        Assert.Equal(CollaborationCodes.UndoNoLongerApplies, refused.Diagnostics[0].Code);
        Assert.StartsWith("Your last change can no longer be undone", refused.Message);
        Assert.Equal(2, ben.Sequence);
    }

    [Fact]
    public async Task A_resubmitted_operation_is_acknowledged_once()
    {
        var (harness, project, ana, _) = await TwoClientsAsync();
        await using var _h = harness;

        var first = await harness.Service.SubmitAsync(project, ana.Who, ana.ClientId, "same", 0, new RenameTable("tbl_users", "people"));
        var again = await harness.Service.SubmitAsync(project, ana.Who, ana.ClientId, "same", 0, new RenameTable("tbl_users", "people"));

        Assert.Equal(first, again);
        Assert.Equal(1, await harness.Log.LatestSequenceAsync(project));
    }

    [Fact]
    public async Task Strangers_can_neither_open_nor_edit()
    {
        var harness = SessionHarness.OnSqlite();
        await using var _ = harness;
        var project = await harness.CreateProjectAsync(Blog.Blog());
        var eve = new Collaborator("eve", "Eve", "#000");

        var join = await harness.Service.JoinAsync(project, eve, "eve-1", _ => { });
        var submit = await harness.Service.SubmitAsync(project, eve, "eve-1", "e1", 0, new RemoveTable("tbl_users"));

        Assert.Equal(CollaborationCodes.NotAllowed, join.Problem?.Code);
        Assert.Equal(CollaborationCodes.NotAllowed, Assert.IsType<SubmitResult.Refused>(submit).Diagnostics[0].Code);
        Assert.Equal(0, await harness.Log.LatestSequenceAsync(project));
    }

    [Fact]
    public async Task Presence_lists_every_page_with_its_selected_table()
    {
        var (harness, project, ana, ben) = await TwoClientsAsync();
        await using var _ = harness;

        harness.Service.Select(project, ben.ClientId, "tbl_posts");

        Assert.Equal(2, ana.Presence.Count);
        Assert.Equal("tbl_posts", ana.Presence.Single(p => p.ClientId == ben.ClientId).SelectedTableId);
        Assert.Equal("Ben", ana.Presence.Single(p => p.ClientId == ben.ClientId).Who.Name);
        ben.Dispose();
        Assert.Single(ana.Presence);
    }

    [Fact]
    public async Task A_page_that_reconnects_catches_up_from_its_last_sequence()
    {
        var (harness, project, ana, ben) = await TwoClientsAsync();
        await using var _ = harness;
        await ana.SubmitAsync(new RenameTable("tbl_users", "people"));
        ben.Dispose();
        await ana.SubmitAsync(new SetTableComment("tbl_posts", "while Ben was away"));
        ana.Dispose();

        var missed = await harness.Service.ReadSinceAsync(project, ben.Who, 1);

        Assert.Equal([2L], missed.Select(m => m.Sequence));
        Assert.Equal(new SetTableComment("tbl_posts", "while Ben was away"), missed[0].Operation);
    }

    [Fact]
    public async Task The_next_live_edit_after_a_version_restore_keeps_the_restored_design()
    {
        var (harness, project, ana, ben) = await TwoClientsAsync();
        await using var _ = harness;
        var versions = new VersionStore(harness.Database, TimeProvider.System, NullLogger<VersionStore>.Instance);
        var v1 = (await versions.CommitVersionAsync(harness.OwnerId, project, ana.Model, "v1")).Value!;
        Assert.IsType<SubmitResult.Accepted>(await ana.SubmitAsync(new RenameTable("tbl_users", "people")));
        await ben.WaitForAsync(1);
        var document = (await harness.Store.LoadDesignAsync(harness.OwnerId, project)).Value!;

        Assert.True((await versions.RestoreVersionAsync(harness.OwnerId, project, v1.Number, document.Version)).Succeeded);
        // Ben edits the design he saw before the restore; the session notices the restore instead of writing over it.
        Assert.IsType<SubmitResult.Accepted>(await ben.SubmitAsync(new SetTableComment("tbl_posts", "after the restore")));

        var stored = (await harness.Log.LoadAsync(project))!;
        Assert.Equal("users", stored.Design.FindTable("tbl_users")!.Name);
        Assert.Equal("after the restore", stored.Design.FindTable("tbl_posts")!.Comment);
        await ana.WaitForAsync(stored.Sequence);
        await ben.WaitForAsync(stored.Sequence);
        Assert.Equal(DesignSerializer.Serialize(stored.Design), DesignSerializer.Serialize(ana.Model));
        Assert.Equal(DesignSerializer.Serialize(stored.Design), DesignSerializer.Serialize(ben.Model));
        Assert.Empty(ana.Problems);
        Assert.Empty(ben.Problems);
    }

    [Fact]
    public async Task Refreshing_after_a_restore_shows_the_restored_design_on_every_page()
    {
        var (harness, project, ana, ben) = await TwoClientsAsync();
        await using var _ = harness;
        var versions = new VersionStore(harness.Database, TimeProvider.System, NullLogger<VersionStore>.Instance);
        var v1 = (await versions.CommitVersionAsync(harness.OwnerId, project, ana.Model, "v1")).Value!;
        Assert.IsType<SubmitResult.Accepted>(await ana.SubmitAsync(new RenameTable("tbl_users", "people")));
        var document = (await harness.Store.LoadDesignAsync(harness.OwnerId, project)).Value!;
        Assert.True((await versions.RestoreVersionAsync(harness.OwnerId, project, v1.Number, document.Version)).Succeeded);

        await harness.Service.RefreshAsync(project);

        Assert.Equal("users", ana.Model.FindTable("tbl_users")!.Name);
        Assert.Equal("users", ben.Model.FindTable("tbl_users")!.Name);
        Assert.False(harness.Service.CanUndo(project, ana.ClientId)); // the rename's inverse belonged to the replaced design
    }

    private static Guid ProjectOf(SessionHarness harness) => harness.Store.ListProjectsAsync(harness.OwnerId).GetAwaiter().GetResult().Single().Id;
}
