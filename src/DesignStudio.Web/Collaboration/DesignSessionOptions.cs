using DesignStudio.Data.Activity;

namespace DesignStudio.Web.Collaboration;

/// <summary>What every design session of a service shares besides the log and the bus.</summary>
/// <param name="Snapshots">When to write the design snapshot.</param>
/// <param name="Clock">Time, for the idle snapshot.</param>
/// <param name="Activity">Where logged operations go for the activity log (none in some tests).</param>
/// <param name="Work">The sessions' background writes.</param>
internal sealed record DesignSessionOptions(SnapshotPolicy Snapshots, TimeProvider Clock, LiveEditActivity? Activity, BackgroundWork Work);
