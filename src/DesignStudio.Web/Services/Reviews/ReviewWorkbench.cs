using DesignStudio.Core.Model;
using DesignStudio.Data.Reviews;
using DesignStudio.Data.Versions;
using DesignStudio.Web.Services.Versions;

namespace DesignStudio.Web.Services.Reviews;

/// <summary>Loads a review with its version pair for the review page; every read goes through the role-checking stores.</summary>
public sealed class ReviewWorkbench(ReviewStore reviews, VersionStore versions)
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
        var reviewed = (await versions.LoadVersionAsync(userId, projectId, summary.VersionNumber, cancellationToken)).Value;
        if (reviewed is null) return null;
        Design from;
        string fromLabel;
        if (summary.BaseVersionNumber is { } b)
        {
            var older = (await versions.LoadVersionAsync(userId, projectId, b, cancellationToken)).Value;
            if (older is null) return null;
            (from, fromLabel) = (older.Design, Label(older.Summary));
        }
        else
        {
            (from, fromLabel) = (new Design { Name = reviewed.Design.Name }, "empty design");
        }
        return new ReviewedVersions(details, new ComparedPair(summary.BaseVersionNumber ?? 0, summary.VersionNumber, from, reviewed.Design, fromLabel, Label(reviewed.Summary)));
    }

    private static string Label(VersionSummary v) => $"v{v.Number} {v.Name}";
}
