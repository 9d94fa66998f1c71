using DesignStudio.Core.Model;
using DesignStudio.Data.Collaboration;

namespace DesignStudio.Web.Collaboration;

/// <summary>
/// Writes one session's design snapshot off the acknowledgement path: on a background task, one write at a time, always
/// the session's latest design (a write that finds a newer snapshot stored does nothing).
/// </summary>
internal sealed class SnapshotScheduler : IDisposable
{
    private readonly Guid projectId;
    private readonly OperationLog log;
    private readonly SnapshotPolicy policy;
    private readonly BackgroundWork work;
    private readonly Func<(Design Design, long Sequence)> current;
    private readonly ILogger logger;
    private readonly SemaphoreSlim writing = new(1, 1);
    private readonly ITimer idle;
    private long snapshotSequence;
    private int sinceSnapshot;
    private volatile bool disposed;

    public SnapshotScheduler(Guid projectId, long snapshotSequence, OperationLog log, SnapshotPolicy policy, TimeProvider clock, BackgroundWork work,
        Func<(Design Design, long Sequence)> current, ILogger logger)
    {
        this.work = work;
        this.projectId = projectId;
        this.snapshotSequence = snapshotSequence;
        this.log = log;
        this.policy = policy;
        this.current = current;
        this.logger = logger;
        idle = clock.CreateTimer(_ => Schedule(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>The sequence of the latest snapshot known to be stored.</summary>
    public long SnapshotSequence => Interlocked.Read(ref snapshotSequence);

    /// <summary>Whether a snapshot write is under way (for the submit metrics).</summary>
    public bool Writing => writing.CurrentCount == 0;

    /// <summary>The session logged an operation of its own.</summary>
    public void Logged()
    {
        if (Interlocked.Increment(ref sinceSnapshot) >= policy.EveryOperations)
        {
            Interlocked.Exchange(ref sinceSnapshot, 0);
            Schedule();
        }
        else if (!disposed)
        {
            try
            {
                idle.Change(policy.IdleDelay, Timeout.InfiniteTimeSpan);
            }
            catch (ObjectDisposedException)
            {
                // The session closed meanwhile; closing wrote the snapshot.
            }
        }
    }

    /// <summary>The session reloaded the design from the store, whose snapshot is at <paramref name="sequence"/>.</summary>
    public void Reloaded(long sequence)
    {
        Interlocked.Exchange(ref snapshotSequence, sequence);
        Interlocked.Exchange(ref sinceSnapshot, 0);
    }

    /// <summary>Starts a write in the background.</summary>
    public void Schedule() => work.Run(FlushAsync);

    /// <summary>Writes the session's current design if the stored snapshot is older; never throws.</summary>
    public async Task FlushAsync()
    {
        await writing.WaitAsync();
        try
        {
            var (design, sequence) = current();
            if (sequence <= SnapshotSequence) return;
            await log.WriteSnapshotAsync(projectId, sequence, design);
            // Written, or a newer one was there already: either way the store has it.
            Interlocked.Exchange(ref snapshotSequence, sequence);
        }
        catch (Exception e)
        {
            // The log still holds every operation; the next write (or the next load's replay) makes up for it.
            logger.LogWarning(e, "Could not write the snapshot of project {ProjectId}", projectId);
        }
        finally
        {
            writing.Release();
        }
    }

    public void Dispose()
    {
        disposed = true;
        idle.Dispose();
    }
}
