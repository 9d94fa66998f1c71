using DesignStudio.Core.Model;
using DesignStudio.Core.Operations;
using DesignStudio.Web.Collaboration;

namespace DesignStudio.Web.Tests.Collaboration;

/// <summary>
/// A page as the session sees it: joins, keeps its own model by applying the broadcast operations in sequence order,
/// and records notices and anything unexpected (a gap, an operation that does not apply to its model).
/// </summary>
public sealed class SimulatedClient(SessionHarness harness, Guid projectId, string name) : IDisposable
{
    private readonly DesignSessionService service = harness.Service;
    private readonly Lock gate = new();
    private readonly List<string> problems = [];
    private readonly List<string> notices = [];
    private DesignSubscription? subscription;
    private TaskCompletionSource? reached;
    private long target;
    private bool started;

    public string ClientId { get; } = name + "-" + Guid.NewGuid().ToString("N")[..6];
    public Collaborator Who { get; } = harness.Person(name, projectId);
    public Design Model { get; private set; } = new();
    public long Sequence { get; private set; }
    public IReadOnlyList<PresenceEntry> Presence { get; private set; } = [];

    public IReadOnlyList<string> Problems { get { lock (gate) return [.. problems]; } }
    public IReadOnlyList<string> Notices { get { lock (gate) return [.. notices]; } }

    private readonly Dictionary<string, DesignSessionEvent.PointerMoved> pointers = [];

    /// <summary>The other pages' last pointer events, by client id.</summary>
    public IReadOnlyDictionary<string, DesignSessionEvent.PointerMoved> Pointers { get { lock (gate) return new Dictionary<string, DesignSessionEvent.PointerMoved>(pointers); } }

    public async Task JoinAsync()
    {
        var joined = await service.JoinAsync(projectId, Who, ClientId, OnEvent);
        Assert.True(joined.Succeeded, joined.Problem?.Message);
        lock (gate)
        {
            subscription = joined.Value;
            // Events may already have arrived (for sequences after the join point, carrying their design).
            if (!started)
            {
                Model = joined.Value.Design;
                Sequence = joined.Value.Sequence;
                started = true;
            }
        }
    }

    public (Design Model, long Sequence) Snapshot()
    {
        lock (gate) return (Model, Sequence);
    }

    public Task<SubmitResult> SubmitAsync(DesignOperation operation)
    {
        var (_, sequence) = Snapshot();
        return service.SubmitAsync(projectId, Who, ClientId, Guid.NewGuid().ToString("N"), sequence, operation);
    }

    public Task<SubmitResult> UndoAsync() => service.UndoAsync(projectId, Who, ClientId);

    /// <summary>Completes when the client has applied everything up to <paramref name="sequence"/>.</summary>
    public Task WaitForAsync(long sequence)
    {
        lock (gate)
        {
            if (Sequence >= sequence) return Task.CompletedTask;
            target = sequence;
            reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return reached.Task;
        }
    }

    private void OnEvent(DesignSessionEvent e)
    {
        lock (gate)
        {
            switch (e)
            {
                case DesignSessionEvent.OperationApplied applied when !started:
                    // Before the join returned: the design it produced includes the join point.
                    Model = applied.Design;
                    Sequence = applied.Sequence;
                    started = true;
                    break;
                case DesignSessionEvent.OperationApplied applied when applied.Sequence <= Sequence:
                    break;
                case DesignSessionEvent.OperationApplied applied when applied.Sequence != Sequence + 1:
                    problems.Add($"gap: at {Sequence}, got {applied.Sequence}");
                    break;
                case DesignSessionEvent.OperationApplied applied:
                    var result = applied.Operation.Apply(Model);
                    if (!result.Succeeded)
                    {
                        problems.Add($"operation {applied.Sequence} does not apply: {string.Join("; ", result.Diagnostics)}");
                        break;
                    }
                    Model = result.Design;
                    Sequence = applied.Sequence;
                    break;
                case DesignSessionEvent.Reloaded reloaded:
                    Model = reloaded.Design;
                    Sequence = reloaded.Sequence;
                    started = true;
                    break;
                case DesignSessionEvent.Notice notice:
                    notices.Add(notice.Message);
                    break;
                case DesignSessionEvent.PresenceChanged presence:
                    Presence = presence.Present;
                    break;
                case DesignSessionEvent.PointerMoved pointer:
                    pointers[pointer.ClientId] = pointer;
                    break;
            }
            if (reached is not null && Sequence >= target) reached.TrySetResult();
        }
    }

    public void Dispose() => subscription?.Dispose();
}
