using DesignStudio.Core.Model;
using DesignStudio.Data.Access;
using DesignStudio.Data.Activity;
using Microsoft.Extensions.Logging.Abstractions;

namespace DesignStudio.Data.Tests.Activity;

/// <summary>Live edits in the activity log, stated once and run against each real engine by a subclass.</summary>
public abstract class LiveEditActivitySpecification
{
    private static readonly DateTime Start = new(2026, 11, 26, 9, 0, 0, DateTimeKind.Utc);

    /// <summary>A migrated database shared by the tests of the class.</summary>
    protected abstract Task<ProjectDatabase> MigratedDatabaseAsync();

    private async Task<(ProjectStore Store, LiveEditActivity Recorder, Guid Project, string Ana, string Ben)> ArrangeAsync()
    {
        var database = await MigratedDatabaseAsync();
        var store = new ProjectStore(database, new FixedClock(Start.AddHours(-1)), NullLogger<ProjectStore>.Instance);
        var ana = await TestUsers.CreateAsync(database, "ana");
        var ben = await TestUsers.CreateAsync(database, "ben");
        var project = (await store.CreateProjectAsync(ana, "p", new Design { Name = "p" })).Value!.Id;
        var recorder = new LiveEditActivity(database, store.Activity, NullLogger<LiveEditActivity>.Instance);
        return (store, recorder, project, ana, ben);
    }

    private static async Task<List<ActivityEntry>> SavesAsync(ProjectStore store, string owner, Guid project) =>
        [.. (await store.Activity.ListAsync(owner, project)).Value!.Where(e => e.Kind == ActivityKind.DesignSaved).OrderBy(e => e.Id)];

    [SkippableFact]
    public async Task Live_edits_by_one_person_within_ten_minutes_share_one_entry()
    {
        var (store, recorder, project, ana, _) = await ArrangeAsync();
        await using var _ = recorder;
        recorder.Record(new LiveEdit(project, ana, 1, "AddTable", Start));
        recorder.Record(new LiveEdit(project, ana, 2, "RenameTable", Start.AddSeconds(5)));
        await recorder.FlushAsync();
        recorder.Record(new LiveEdit(project, ana, 3, "AddTable", Start.AddMinutes(9)));
        await recorder.FlushAsync();

        var entry = Assert.Single(await SavesAsync(store, ana, project));
        Assert.Equal("Edited the design (changes 1–3): AddTable, RenameTable", entry.Summary);
        Assert.Equal(Start.AddMinutes(9), entry.AtUtc);
        Assert.Equal(ana, entry.UserId);
        Assert.StartsWith("ana-", entry.UserName);
    }

    [SkippableFact]
    public async Task A_live_edit_after_ten_quiet_minutes_or_by_someone_else_starts_a_new_entry()
    {
        var (store, recorder, project, ana, ben) = await ArrangeAsync();
        await using var _ = recorder;
        recorder.Record(new LiveEdit(project, ana, 1, "AddTable", Start));
        recorder.Record(new LiveEdit(project, ben, 2, "SetTableComment", Start.AddSeconds(1)));
        await recorder.FlushAsync();
        recorder.Record(new LiveEdit(project, ana, 3, "RenameTable", Start.AddMinutes(11)));
        await recorder.FlushAsync();

        var saves = await SavesAsync(store, ana, project);
        Assert.Equal(["Edited the design (change 1): AddTable", "Edited the design (change 2): SetTableComment", "Edited the design (change 3): RenameTable"],
            saves.Select(e => e.Summary));
        Assert.Equal([ana, ben, ana], saves.Select(e => e.UserId));
    }

    [SkippableFact]
    public async Task Edits_queued_before_disposal_are_written()
    {
        var (store, recorder, project, ana, _) = await ArrangeAsync();
        recorder.Record(new LiveEdit(project, ana, 1, "AddTable", Start));
        await recorder.DisposeAsync();

        Assert.Single(await SavesAsync(store, ana, project));
    }
}
