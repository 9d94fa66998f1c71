namespace DesignStudio.Data.Tests;

/// <summary>A clock the test sets (fakes are fine for clocks).</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
