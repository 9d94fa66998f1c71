using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace DesignStudio.Web.Collaboration;

/// <summary>
/// Live co-editing metrics (meter <see cref="MeterName"/>): the phases of each submitted operation — waiting for the
/// design's session gate, rebase and apply, the log append, telling this instance's pages, announcing on the change
/// bus — tagged with whether a snapshot write was running meanwhile; and, at an instance catching up on another
/// instance's operations, reading the log (only when the change message did not carry the next operation) and applying.
/// Free when nothing listens.
/// </summary>
public static class CollaborationMetrics
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "DesignStudio.Collaboration";

    /// <summary>The phase histogram (milliseconds; tags <c>phase</c> and, on submits, <c>snapshot</c>).</summary>
    public const string PhaseInstrument = "designstudio.collaboration.phase";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Histogram<double> Phase = Meter.CreateHistogram<double>(PhaseInstrument, "ms",
        "Time spent in each phase of a live co-editing operation");

    internal static bool Enabled => Phase.Enabled;

    internal static void RecordSubmit(long gate, long apply, long append, long notify, long publish, long total, bool snapshotWriting)
    {
        if (!Phase.Enabled) return;
        var snapshot = new KeyValuePair<string, object?>("snapshot", snapshotWriting ? "writing" : "idle");
        Record("gate", gate, snapshot);
        Record("apply", apply, snapshot);
        Record("append", append, snapshot);
        Record("notify", notify, snapshot);
        Record("publish", publish, snapshot);
        Record("total", total, snapshot);
    }

    // From the log: the message did not carry the next operation (a gap, too large, a whole-design write); otherwise
    // applied from the message, with no read (no catchup.read recorded).
    internal static void RecordCatchUp(long gate, long read, long apply, bool fromLog)
    {
        if (!Phase.Enabled) return;
        Record("catchup.gate", gate);
        if (fromLog) Record("catchup.read", read);
        Record("catchup.apply", apply);
    }

    private static void Record(string phase, long ticks) => Phase.Record(Milliseconds(ticks), new KeyValuePair<string, object?>("phase", phase));

    private static void Record(string phase, long ticks, KeyValuePair<string, object?> tag) =>
        Phase.Record(Milliseconds(ticks), new KeyValuePair<string, object?>("phase", phase), tag);

    private static double Milliseconds(long stopwatchTicks) => stopwatchTicks * 1000.0 / Stopwatch.Frequency;
}
