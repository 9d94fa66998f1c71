using DesignStudio.Core.Model;
using DesignStudio.Core.Operations;
using DesignStudio.Web.Collaboration;

namespace DesignStudio.Web.Tests.Collaboration;

/// <summary>
/// An edit whose answer was lost is resubmitted with the same client operation id: it is acknowledged with its first
/// sequence even when the server no longer remembers it and the edit would not apply a second time (CrashSafetyTests
/// saw "Another table already has the id" for a resubmitted AddTable after kill -9).
/// </summary>
public sealed class ResubmissionTests
{
    [Fact]
    public async Task Resubmitted_edit_is_acknowledged_once_after_a_restart_even_if_it_would_not_apply_again()
    {
        var harness = SessionHarness.OnSqlite();
        await using var _ = harness;
        var project = await harness.CreateProjectAsync(new Design());
        var writer = harness.Person("writer", project);
        var add = new AddTable(new Table { Id = "tbl_a", Name = "a" });
        var first = Assert.IsType<SubmitResult.Accepted>(await harness.Service.SubmitAsync(project, writer, "client-1", "op-1", 0, add));

        await using var restarted = harness.Restarted();
        var again = await restarted.Service.SubmitAsync(project, writer, "client-1", "op-1", 0, add);

        Assert.Equal(first.Sequence, Assert.IsType<SubmitResult.Accepted>(again).Sequence);
        // The same edit under a new operation id is a new edit, and it is refused as before.
        Assert.IsType<SubmitResult.Refused>(await restarted.Service.SubmitAsync(project, writer, "client-1", "op-2", 0, add));
        var logged = (await restarted.Log.LoadAsync(project))!;
        Assert.Single(logged.Design.Tables);
        Assert.Equal(first.Sequence, logged.Sequence);
    }
}
