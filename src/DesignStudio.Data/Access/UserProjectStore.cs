using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;

namespace DesignStudio.Data.Access;

/// <summary>
/// The project store as one user sees it: the same calls without the caller argument, every one still authorized by
/// the store. For tests, scripts and tools that act as a single account.
/// </summary>
public sealed class UserProjectStore(ProjectStore store, string userId)
{
    /// <summary>The user every call is made as.</summary>
    public string UserId { get; } = userId;

    /// <summary>The underlying store.</summary>
    public ProjectStore Store { get; } = store;

    /// <summary>The user's projects.</summary>
    public Task<IReadOnlyList<ProjectSummary>> ListProjectsAsync(CancellationToken cancellationToken = default) =>
        Store.ListProjectsAsync(UserId, cancellationToken);

    /// <summary>Creates a project owned by the user.</summary>
    public Task<StoreResult<ProjectSummary>> CreateProjectAsync(string name, Design design, string? author = null, CancellationToken cancellationToken = default) =>
        Store.CreateProjectAsync(UserId, name, design, author, cancellationToken);

    /// <summary>Renames a project; returns why not, or null.</summary>
    public Task<Diagnostic?> RenameProjectAsync(Guid projectId, string name, CancellationToken cancellationToken = default) =>
        Store.RenameProjectAsync(UserId, projectId, name, cancellationToken);

    /// <summary>Deletes a project; false when it was missing or the user may not.</summary>
    public async Task<bool> DeleteProjectAsync(Guid projectId, CancellationToken cancellationToken = default) =>
        await Store.DeleteProjectAsync(UserId, projectId, cancellationToken) is null;

    /// <summary>The design, or null when it is missing or the user may not see it.</summary>
    public async Task<StoredDesign?> LoadDesignAsync(Guid projectId, CancellationToken cancellationToken = default) =>
        (await Store.LoadDesignAsync(UserId, projectId, cancellationToken)).Value;

    /// <summary>Saves the design.</summary>
    public Task<SaveResult> SaveDesignAsync(Guid projectId, Design design, int expectedVersion, string? author = null, CancellationToken cancellationToken = default) =>
        Store.SaveDesignAsync(UserId, projectId, design, expectedVersion, author, cancellationToken: cancellationToken);
}
