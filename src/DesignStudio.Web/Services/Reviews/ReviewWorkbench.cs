using DesignStudio.Data.Reviews;
using DesignStudio.Web.Services.Versions;

namespace DesignStudio.Web.Services.Reviews;

/// <summary>Loads a review with its version pair for the review page; every read goes through the role-checking stores.</summary>
public sealed class ReviewWorkbench(ReviewStore reviews, MigrationWorkbench versions)
{
    /// <summary>
    /// Review <paramref name="number"/> with the base and reviewed designs, or null when it (or a version) is missing
    /// or the caller may not read the project. A review of the first version compares with an empty design.
    /// </summary>
    public async Task<ReviewedVersions?> LoadAsync(string userId, Guid projectId, int number, CancellationToken cancellationToken = default)
    {
        var details = (await reviews.LoadAsync(userId, projectId, number, cancellationToken)).Value;
        if (details is null) return null;
        var summary = details.Summary;
        // The same loading as the compare view (version 0: the empty design, for a review of the first version).
        var pair = await versions.LoadAsync(userId, projectId, summary.BaseVersionNumber ?? 0, summary.VersionNumber, cancellationToken);
        return pair is null ? null : new ReviewedVersions(details, pair);
    }
}
