using Microsoft.AspNetCore.Components.Server.Circuits;

namespace DesignStudio.Benchmarks;

/// <summary>Counts open Blazor circuits, so a heap measurement can wait until closed pages are really gone.</summary>
public sealed class CircuitCounter : CircuitHandler
{
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
        Interlocked.Decrement(ref open);
        return Task.CompletedTask;
    }

    /// <summary>Waits until exactly <paramref name="count"/> circuits are open (or a minute has passed).</summary>
    public async Task WaitForAsync(int count)
    {
        for (var i = 0; i < 600 && Open != count; i++) await Task.Delay(100);
        if (Open != count) throw new TimeoutException($"{Open} circuits open, expected {count}.");
    }
}
