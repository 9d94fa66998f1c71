using System.Diagnostics;

namespace DesignStudio.Data;

/// <summary>
/// Orders this process's collaboration writes to a SQLite store, which has one writer at a time. Without it a log
/// append that meets a background write (a snapshot, activity entries) gets SQLITE_BUSY, and Microsoft.Data.Sqlite
/// retries a busy statement after sleeping 150 ms: the acknowledgement's tail. Through the gate the append waits only
/// for the statement in progress, and background writers step aside while an append is waiting. PostgreSQL locks
/// rows, not the database: there the gate lets everything through.
/// </summary>
public sealed class StoreWriteGate
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly bool enabled;
    private int appendsWaiting;
    private volatile string holder = "none";

    /// <summary>A gate that serializes writes (<paramref name="enabled"/>) or lets them all through.</summary>
    public StoreWriteGate(bool enabled) => this.enabled = enabled;

    /// <summary>Waits for the store's write turn; dispose the result right after the write.</summary>
    public async ValueTask<Turn> EnterAsync(StoreWriter writer, CancellationToken cancellationToken = default)
    {
        if (!enabled) return default;
        var started = Stopwatch.GetTimestamp();
        var heldBy = holder;
        if (writer == StoreWriter.Append)
        {
            Interlocked.Increment(ref appendsWaiting);
            try
            {
                await gate.WaitAsync(cancellationToken);
            }
            finally
            {
                Interlocked.Decrement(ref appendsWaiting);
            }
        }
        else
        {
            await gate.WaitAsync(cancellationToken);
            // Step aside for appends that arrived meanwhile (the semaphore hands the slot to the earliest waiter).
            while (Volatile.Read(ref appendsWaiting) > 0)
            {
                gate.Release();
                await Task.Delay(1, cancellationToken);
                await gate.WaitAsync(cancellationToken);
            }
        }
        holder = Name(writer);
        StoreMetrics.RecordWriteWait(writer, heldBy, Stopwatch.GetElapsedTime(started));
        return new Turn(this);
    }

    private void Leave()
    {
        holder = "none";
        gate.Release();
    }

    private static string Name(StoreWriter writer) => writer switch
    {
        StoreWriter.Append => "append",
        StoreWriter.Snapshot => "snapshot",
        _ => "activity",
    };

    /// <summary>The write turn; disposing it lets the next writer in.</summary>
    public readonly struct Turn : IDisposable
    {
        private readonly StoreWriteGate? owner;

        internal Turn(StoreWriteGate owner) => this.owner = owner;

        /// <inheritdoc />
        public void Dispose() => owner?.Leave();
    }
}
