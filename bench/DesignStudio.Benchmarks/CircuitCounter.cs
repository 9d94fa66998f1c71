using Microsoft.AspNetCore.Components.Server.Circuits;

namespace DesignStudio.Benchmarks;

/// <summary>
/// Counts open Blazor circuits, so a heap measurement can wait until closed pages are really gone; and keeps a weak
/// reference to each closed circuit, to wait until the heap no longer holds them. A closed circuit can stay reachable
/// for a while after it closed: a JS interop call still waiting for the browser that went away keeps its runtime (and so
/// the circuit) rooted by the call's timeout timer, up to <c>CircuitOptions.JSInteropDefaultCallTimeout</c> (1 minute)
/// after the call (seen in a heap dump: MudTabs' key interceptor subscription sent just before the page closed).
/// </summary>
public sealed class CircuitCounter : CircuitHandler
{
    private readonly Lock gate = new();
    private readonly List<WeakReference<Circuit>> closed = [];
    private int open;

    /// <summary>Circuits currently open.</summary>
    public int Open => Volatile.Read(ref open);

    /// <inheritdoc />
    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref open);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        lock (gate) closed.Add(new WeakReference<Circuit>(circuit));
        Interlocked.Decrement(ref open);
        return Task.CompletedTask;
    }

    /// <summary>Waits until exactly <paramref name="count"/> circuits are open (or a minute has passed).</summary>
    public async Task WaitForAsync(int count)
    {
        for (var i = 0; i < 600 && Open != count; i++) await Task.Delay(100);
        if (Open != count) throw new TimeoutException($"{Open} circuits open, expected {count}.");
    }

    /// <summary>Closed circuits the heap still holds (after a full collection).</summary>
    public int ClosedStillReachable()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        lock (gate)
        {
            closed.RemoveAll(w => !w.TryGetTarget(out _));
            return closed.Count;
        }
    }

    /// <summary>
    /// Waits until every closed circuit has been collected (at most <paramref name="limit"/>); returns how long that took
    /// and how many were still held at the start.
    /// </summary>
    public async Task<(TimeSpan Waited, int HeldAtStart)> WaitUntilClosedCollectedAsync(TimeSpan limit)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var held = ClosedStillReachable();
        while (ClosedStillReachable() > 0 && clock.Elapsed < limit) await Task.Delay(1000);
        return (clock.Elapsed, held);
    }
}
