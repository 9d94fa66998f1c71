using DesignStudio.Data.Collaboration;

namespace DesignStudio.Web.Collaboration;

/// <summary>
/// Who is on one design at the other instances, as their last presence messages said. Each instance's list replaces
/// the one before; a list not refreshed by a heartbeat within the expiry (the instance died) is dropped.
/// </summary>
internal sealed class RemotePresence
{
    private readonly Dictionary<string, (IReadOnlyList<PresenceEntry> Entries, DateTimeOffset Seen)> instances = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    public IReadOnlyList<PresenceEntry> Entries
    {
        get { lock (gate) return [.. instances.Values.SelectMany(i => i.Entries)]; }
    }

    /// <summary>Takes in an instance's list; true when that changed what is shown.</summary>
    public bool Receive(PresenceMessage message, DateTimeOffset now)
    {
        IReadOnlyList<PresenceEntry> entries = [.. message.Entries.Select(e =>
            new PresenceEntry(e.ClientId, new Collaborator(e.UserId, e.Name, e.Colour), e.SelectedTableId))];
        lock (gate)
        {
            var known = instances.TryGetValue(message.InstanceId, out var before);
            if (entries.Count == 0) return instances.Remove(message.InstanceId) && before.Entries.Count > 0;
            instances[message.InstanceId] = (entries, now);
            return !known || !before.Entries.SequenceEqual(entries);
        }
    }

    /// <summary>Drops the lists of instances not heard from since <paramref name="cutoff"/>; true when any went.</summary>
    public bool Expire(DateTimeOffset cutoff)
    {
        lock (gate)
        {
            var stale = instances.Where(i => i.Value.Seen < cutoff).Select(i => i.Key).ToList();
            foreach (var instance in stale) instances.Remove(instance);
            return stale.Count > 0;
        }
    }

    /// <summary>This instance's pages as a bus message.</summary>
    public static PresenceMessage Message(string instanceId, Guid projectId, IEnumerable<PresenceEntry> local, bool ask) =>
        new(instanceId, projectId, [.. local.Select(p => new PresenceRecord(p.ClientId, p.Who.UserId, p.Who.Name, p.Who.Colour, p.SelectedTableId))], ask);
}
