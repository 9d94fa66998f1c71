namespace DesignStudio.Web.Collaboration;

/// <summary>
/// Work the sessions do off the acknowledgement path (snapshot writes), kept track of so that disposing the service
/// can wait for it instead of leaving writes running against a store that is going away.
/// </summary>
internal sealed class BackgroundWork
{
    private readonly HashSet<Task> running = [];
    private readonly Lock gate = new();

    /// <summary>Starts <paramref name="work"/> on the thread pool.</summary>
    public void Run(Func<Task> work)
    {
        var task = Task.Run(work);
        lock (gate) running.Add(task);
        // Registered after the add, so the removal cannot run first.
        task.ContinueWith(t => { lock (gate) running.Remove(t); }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>Completes when everything started so far has finished.</summary>
    public Task WhenIdleAsync()
    {
        Task[] all;
        lock (gate) all = [.. running];
        return Task.WhenAll(all);
    }
}
