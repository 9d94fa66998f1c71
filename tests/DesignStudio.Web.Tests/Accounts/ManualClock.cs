namespace DesignStudio.Web.Tests.Accounts;

/// <summary>A clock the test moves by hand; its timers fire when the test says so (fakes are fine for clocks).</summary>
internal sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    private readonly List<ManualTimer> timers = [];

    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state, Now + dueTime);
        lock (timers) timers.Add(timer);
        return timer;
    }

    /// <summary>Moves the clock and fires every timer now due.</summary>
    public void Advance(TimeSpan by)
    {
        Now += by;
        ManualTimer[] due;
        lock (timers) due = [.. timers.Where(t => t.DueAt <= Now)];
        foreach (var timer in due)
        {
            lock (timers) timers.Remove(timer);
            timer.Fire();
        }
    }

    private sealed class ManualTimer(ManualClock owner, TimerCallback callback, object? state, DateTimeOffset dueAt) : ITimer
    {
        public DateTimeOffset DueAt { get; private set; } = dueAt;

        public void Fire() => callback(state);

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            DueAt = owner.Now + dueTime;
            return true;
        }

        public void Dispose()
        {
            lock (owner.timers) owner.timers.Remove(this);
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
