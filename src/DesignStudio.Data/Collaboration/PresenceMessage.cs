namespace DesignStudio.Data.Collaboration;

/// <summary>
/// Everyone on a design at one instance, in full (a receiver replaces what it knew from that instance, so a lost
/// message is repaired by the next). Sent when that changes, as a heartbeat, and with <paramref name="Ask"/> when a
/// design opens at an instance, so the others answer with theirs.
/// </summary>
/// <param name="InstanceId">The publishing instance.</param>
/// <param name="ProjectId">The design's project.</param>
/// <param name="Entries">Its pages of the design (empty: nobody there any more).</param>
/// <param name="Ask">Whether other instances should publish theirs in reply.</param>
public sealed record PresenceMessage(string InstanceId, Guid ProjectId, IReadOnlyList<PresenceRecord> Entries, bool Ask = false);
