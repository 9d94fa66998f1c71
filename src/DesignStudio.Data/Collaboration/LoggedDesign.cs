using DesignStudio.Core.Model;

namespace DesignStudio.Data.Collaboration;

/// <summary>
/// A project's current design rebuilt from its snapshot and the log entries after it: <see cref="Design"/> includes
/// every operation up to <see cref="Sequence"/>.
/// </summary>
public sealed record LoggedDesign(ProjectSummary Project, Design Design, long Sequence, long SnapshotSequence);
