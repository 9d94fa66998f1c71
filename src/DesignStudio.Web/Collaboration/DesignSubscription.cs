using DesignStudio.Core.Model;
using DesignStudio.Data;

namespace DesignStudio.Web.Collaboration;

/// <summary>
/// A page's place in a design session: the design and sequence it starts from; events follow through the listener it
/// joined with. Dispose it when the page goes away (it leaves presence, and the session closes with its last page).
/// </summary>
public sealed class DesignSubscription : IDisposable
{
    private readonly Action leave;
    private int disposed;

    internal DesignSubscription(ProjectSummary project, Design design, long sequence, IReadOnlyList<PresenceEntry> presence, Action leave)
    {
        Project = project;
        Design = design;
        Sequence = sequence;
        Presence = presence;
        this.leave = leave;
    }

    /// <summary>The project.</summary>
    public ProjectSummary Project { get; }

    /// <summary>The design when the page joined.</summary>
    public Design Design { get; }

    /// <summary>The sequence <see cref="Design"/> includes; events continue from the next one.</summary>
    public long Sequence { get; }

    /// <summary>Who was on the design when the page joined.</summary>
    public IReadOnlyList<PresenceEntry> Presence { get; }

    /// <inheritdoc />
    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0) leave();
    }
}
