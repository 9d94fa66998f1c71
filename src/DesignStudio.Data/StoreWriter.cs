namespace DesignStudio.Data;

/// <summary>Who writes to the store, for <see cref="StoreWriteGate"/>: operation-log appends go first.</summary>
public enum StoreWriter
{
    /// <summary>An operation-log append: a user waits for its acknowledgement.</summary>
    Append,

    /// <summary>A design snapshot written in the background.</summary>
    Snapshot,

    /// <summary>Activity entries written in the background.</summary>
    Activity,
}
