using DesignStudio.Data.Access;
using Microsoft.EntityFrameworkCore;

namespace DesignStudio.Data.Activity;

/// <summary>
/// Writes activity entries in the same unit of work as the change they record, and reads a project's log for its
/// owners. Consecutive saves by one person within <see cref="SaveCoalescingWindow"/> share one entry, so editing a
/// design does not bury everything else.
/// </summary>
public sealed class ActivityLog(ProjectDatabase database, ProjectAccess access)
{
    /// <summary>Longest summary kept.</summary>
    public const int MaxSummaryLength = 1000;

    /// <summary>How close together saves by one person must be to share an entry.</summary>
    public static readonly TimeSpan SaveCoalescingWindow = TimeSpan.FromMinutes(10);

    /// <summary>The project's log, newest first (owners only).</summary>
    public async Task<StoreResult<IReadOnlyList<ActivityEntry>>> ListAsync(string userId, Guid projectId, int limit = 200, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var decision = await access.CheckAsync(db, projectId, userId, ProjectPermission.Manage, cancellationToken);
        if (decision != AccessDecision.Allowed) return new(null, AccessProblems.Refusal(decision, projectId, ProjectPermission.Manage));
        var entries = await db.Activity.AsNoTracking().Where(a => a.ProjectId == projectId)
            .OrderByDescending(a => a.AtUtc).ThenByDescending(a => a.Id).Take(limit).ToListAsync(cancellationToken);
        return new(entries, null);
    }

    /// <summary>Adds an entry to <paramref name="db"/> (saved with the caller's change).</summary>
    internal async Task AddAsync(ProjectDbContext db, Guid projectId, string userId, ActivityKind kind, string summary, DateTime atUtc, CancellationToken cancellationToken)
    {
        var userName = await db.Users.Where(u => u.Id == userId).Select(u => u.UserName).SingleOrDefaultAsync(cancellationToken) ?? userId;
        db.Activity.Add(new ActivityEntry
        {
            ProjectId = projectId, UserId = userId, UserName = userName, AtUtc = atUtc, Kind = kind, Summary = Clip(summary),
        });
    }

    /// <summary>Records a save, merged into the previous entry when that was a recent save by the same person.</summary>
    internal async Task AddSaveAsync(ProjectDbContext db, Guid projectId, string userId, int version, string? operations, DateTime atUtc, CancellationToken cancellationToken)
    {
        var last = await db.Activity.Where(a => a.ProjectId == projectId).OrderByDescending(a => a.Id).FirstOrDefaultAsync(cancellationToken);
        var described = string.IsNullOrWhiteSpace(operations) ? "" : ": " + operations.Trim();
        if (last is { Kind: ActivityKind.DesignSaved } && last.UserId == userId && atUtc - last.AtUtc <= SaveCoalescingWindow)
        {
            var first = last.Summary.StartsWith("Saved versions ", StringComparison.Ordinal) || last.Summary.StartsWith("Saved version ", StringComparison.Ordinal)
                ? FirstVersion(last.Summary) : null;
            last.Summary = Clip($"Saved versions {first ?? (version - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}–{version}{described}");
            last.AtUtc = atUtc;
            return;
        }
        await AddAsync(db, projectId, userId, ActivityKind.DesignSaved, $"Saved version {version}{described}", atUtc, cancellationToken);
    }

    /// <summary>
    /// Records live operations <paramref name="first"/>–<paramref name="last"/> by one person, merged into that person's
    /// latest save entry of the project when it is less than <see cref="SaveCoalescingWindow"/> old.
    /// </summary>
    internal async Task AddEditsAsync(ProjectDbContext db, Guid projectId, string userId, long first, long last, IEnumerable<string> kinds, DateTime atUtc,
        CancellationToken cancellationToken)
    {
        var previous = await db.Activity.Where(a => a.ProjectId == projectId && a.UserId == userId && a.Kind == ActivityKind.DesignSaved)
            .OrderByDescending(a => a.Id).FirstOrDefaultAsync(cancellationToken);
        var names = kinds.ToList();
        if (previous is not null && atUtc - previous.AtUtc <= SaveCoalescingWindow && LiveEditSummary.Parse(previous.Summary) is { } earlier)
        {
            previous.Summary = Clip(LiveEditSummary.Describe(Math.Min(earlier.First, first), Math.Max(earlier.Last, last), [.. earlier.Kinds, .. names]));
            previous.AtUtc = atUtc;
            return;
        }
        await AddAsync(db, projectId, userId, ActivityKind.DesignSaved, LiveEditSummary.Describe(first, last, names), atUtc, cancellationToken);
    }

    // "Saved version 7: …" or "Saved versions 3–7: …" → "7" or "3".
    private static string? FirstVersion(string summary)
    {
        var rest = summary[(summary.IndexOf(' ', "Saved version".Length) + 1)..];
        var digits = new string([.. rest.TakeWhile(char.IsAsciiDigit)]);
        return digits.Length > 0 ? digits : null;
    }

    private static string Clip(string text) => text.Length <= MaxSummaryLength ? text : text[..(MaxSummaryLength - 1)] + "…";
}
