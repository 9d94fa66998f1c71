using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace DesignStudio.Data.Activity;

/// <summary>
/// Puts live co-editing operations in the activity log without delaying their acknowledgement: the session hands
/// each logged operation over (<see cref="Record"/> never waits) and one background loop writes them in batches, one
/// entry per person merged over <see cref="ActivityLog.SaveCoalescingWindow"/> like the saves of old. An entry still
/// queued when the process dies is lost; the operation itself is in the operation log.
/// </summary>
public sealed class LiveEditActivity : IAsyncDisposable
{
    private readonly ProjectDatabase database;
    private readonly ActivityLog activity;
    private readonly ILogger<LiveEditActivity> logger;
    private readonly Channel<object> queue = Channel.CreateUnbounded<object>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task loop;
    private volatile TaskCompletionSource wake = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>
    /// How long the writer gathers operations before writing them: one activity write per burst instead of one per
    /// operation, so SQLite's single write turn is free for log appends nearly all the time. A flush does not wait.
    /// </summary>
    public static readonly TimeSpan BatchWindow = TimeSpan.FromSeconds(1);

    /// <summary>Starts the background writer.</summary>
    public LiveEditActivity(ProjectDatabase database, ActivityLog activity, ILogger<LiveEditActivity> logger)
    {
        this.database = database;
        this.activity = activity;
        this.logger = logger;
        loop = Task.Run(RunAsync);
    }

    /// <summary>Queues an operation for the activity log.</summary>
    public void Record(LiveEdit edit) => queue.Writer.TryWrite(edit);

    /// <summary>Completes when everything recorded before the call is written.</summary>
    public Task FlushAsync()
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!queue.Writer.TryWrite(done)) done.TrySetResult();
        wake.TrySetResult();
        return done.Task;
    }

    private async Task RunAsync()
    {
        var batch = new List<LiveEdit>();
        var flushes = new List<TaskCompletionSource>();
        while (await queue.Reader.WaitToReadAsync())
        {
            // Replaced before draining: a flush queued after the drain completes this one and ends the wait below.
            var woken = wake = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Drain(batch, flushes);
            if (flushes.Count == 0 && !queue.Reader.Completion.IsCompleted)
            {
                await Task.WhenAny(Task.Delay(BatchWindow), woken.Task);
                Drain(batch, flushes);
            }
            await WriteAsync(batch);
            batch.Clear();
            foreach (var flush in flushes) flush.TrySetResult();
            flushes.Clear();
        }
    }

    private void Drain(List<LiveEdit> batch, List<TaskCompletionSource> flushes)
    {
        while (queue.Reader.TryRead(out var item))
        {
            if (item is LiveEdit edit) batch.Add(edit);
            else flushes.Add((TaskCompletionSource)item);
        }
    }

    private async Task WriteAsync(List<LiveEdit> batch)
    {
        foreach (var group in batch.GroupBy(e => (e.ProjectId, e.UserId)))
        {
            try
            {
                await using var db = await database.CreateBackgroundContextAsync();
                var edits = group.OrderBy(e => e.Sequence).ToList();
                await activity.AddEditsAsync(db, group.Key.ProjectId, group.Key.UserId, edits[0].Sequence, edits[^1].Sequence,
                    edits.Select(e => e.Kind), edits[^1].AtUtc, CancellationToken.None);
                // Behind log appends: on SQLite this transaction holds the only write turn while it runs.
                using (await database.WriteGate.EnterAsync(StoreWriter.Activity))
                {
                    await db.SaveChangesAsync();
                }
            }
            catch (Exception e)
            {
                // The project may be gone meanwhile; the activity entry is worth a warning, not the loop.
                logger.LogWarning(e, "Could not record live edits of project {ProjectId} in the activity log", group.Key.ProjectId);
            }
        }
    }

    /// <summary>Writes what is queued and stops.</summary>
    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        wake.TrySetResult();
        await loop;
    }
}
