namespace DesignStudio.Data.Tests;

public sealed class StoreWriteGateTests
{
    [Fact]
    public async Task Log_append_takes_the_write_turn_before_a_background_writer_that_queued_earlier()
    {
        var gate = new StoreWriteGate(enabled: true);
        var snapshot = await gate.EnterAsync(StoreWriter.Snapshot);
        // Both wait for the snapshot's turn; the activity writer queued first.
        var activity = gate.EnterAsync(StoreWriter.Activity).AsTask();
        var append = gate.EnterAsync(StoreWriter.Append).AsTask();
        snapshot.Dispose();

        var appendTurn = await append;
        Assert.False(activity.IsCompleted);
        appendTurn.Dispose();
        (await activity).Dispose();
    }

    [Fact]
    public async Task Writes_pass_one_at_a_time()
    {
        var gate = new StoreWriteGate(enabled: true);
        var inside = 0;
        var most = 0;
        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(async () =>
        {
            using (await gate.EnterAsync((StoreWriter)(i % 3)))
            {
                var now = Interlocked.Increment(ref inside);
                InterlockedMax(ref most, now);
                await Task.Yield();
                Interlocked.Decrement(ref inside);
            }
        })));

        Assert.Equal(1, most);
    }

    [Fact]
    public async Task A_disabled_gate_lets_writers_in_together()
    {
        var gate = new StoreWriteGate(enabled: false);
        using var first = await gate.EnterAsync(StoreWriter.Snapshot);
        var second = gate.EnterAsync(StoreWriter.Append);

        Assert.True(second.IsCompleted);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen) { }
    }
}
