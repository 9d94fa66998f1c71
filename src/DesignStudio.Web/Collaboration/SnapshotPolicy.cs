namespace DesignStudio.Web.Collaboration;

/// <summary>
/// When a design session writes the design snapshot (the log alone is the record of every acknowledged operation; the
/// snapshot only shortens loading): after <see cref="EveryOperations"/> operations of its own, after
/// <see cref="IdleDelay"/> without one, and when its last page leaves.
/// </summary>
public sealed class SnapshotPolicy
{
    /// <summary>The studio's policy.</summary>
    public static SnapshotPolicy Default { get; } = new();

    /// <summary>Operations logged by this session since the snapshot before it writes one straight away.</summary>
    public int EveryOperations { get; init; } = 50;

    /// <summary>Quiet time after the last operation before the snapshot catches up.</summary>
    public TimeSpan IdleDelay { get; init; } = TimeSpan.FromSeconds(2);
}
