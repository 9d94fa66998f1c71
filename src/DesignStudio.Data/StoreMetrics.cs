using System.Diagnostics.Metrics;

namespace DesignStudio.Data;

/// <summary>
/// The store's metrics (meter <see cref="MeterName"/>): how long collaboration writes waited for SQLite's single write
/// turn, tagged with the writer and with what held the turn when it arrived. Free when nothing listens.
/// </summary>
public static class StoreMetrics
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "DesignStudio.Store";

    /// <summary>The write-turn wait histogram (milliseconds; tags <c>writer</c>, <c>held_by</c>).</summary>
    public const string WriteWaitInstrument = "designstudio.store.write_wait";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Histogram<double> WriteWait = Meter.CreateHistogram<double>(WriteWaitInstrument, "ms",
        "Time a write waited for the SQLite store's write turn");

    internal static void RecordWriteWait(StoreWriter writer, string heldBy, TimeSpan waited)
    {
        if (!WriteWait.Enabled) return;
        WriteWait.Record(waited.TotalMilliseconds,
            new KeyValuePair<string, object?>("writer", writer.ToString().ToLowerInvariant()), new KeyValuePair<string, object?>("held_by", heldBy));
    }
}
