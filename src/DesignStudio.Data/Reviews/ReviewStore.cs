using DesignStudio.Core.Diagnostics;
using DesignStudio.Data.Access;
using DesignStudio.Data.Activity;
using DesignStudio.Data.Comments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DesignStudio.Data.Reviews;

/// <summary>
/// Design reviews on committed versions. Every call checks the caller's role first, in the same context as its read or
/// write: reading needs viewer; requesting a review needs editor, and withdrawing needs editor and being its requester;
/// commenting needs commenter; a verdict needs commenter and being an assigned reviewer. Reviewers must be members
/// with the commenter role or above. A refusal is a result (<see cref="AccessProblems.ForbiddenCode"/> or a
/// <see cref="ReviewCodes"/> diagnostic) and changes nothing; every change writes an activity entry with it. A request
/// notifies its reviewers and a verdict its requester (in the bell), in the same unit of work; every committed change is
/// then announced on <see cref="ReviewEvents"/> so open pages of the review and the design's history update live.
/// </summary>
public sealed class ReviewStore
{
    private const int Retries = 5;

    private readonly ProjectDatabase database;
    private readonly ILogger<ReviewStore> logger;
    private readonly ProjectAccess access;
    private readonly ActivityLog activity;
    private readonly ReviewEvents events;

    /// <summary>A review store over <paramref name="database"/>, with the project store's access rules; nobody listens to its changes.</summary>
    public ReviewStore(ProjectDatabase database, TimeProvider clock, ILogger<ReviewStore> logger)
        : this(database, clock, new ReviewEvents(), logger)
    {
    }

    /// <summary>A review store over <paramref name="database"/> that announces its changes on <paramref name="events"/>.</summary>
    public ReviewStore(ProjectDatabase database, TimeProvider clock, ReviewEvents events, ILogger<ReviewStore> logger)
    {
        this.database = database;
        this.logger = logger;
        this.events = events;
        access = new ProjectAccess(database, clock);
        activity = new ActivityLog(database, access);
    }

    /// <summary>Asks the chosen members to review a committed version.</summary>
    public async Task<StoreResult<ReviewSummary>> RequestAsync(string userId, Guid projectId, ReviewRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        for (var attempt = 1; ; attempt++)
        {
            await using var db = database.CreateContext();
            if (await RefusalAsync(db, projectId, userId, ProjectPermission.Edit, cancellationToken) is { } refusal) return new(null, refusal);
            var numbers = await db.Versions.AsNoTracking().Where(v => v.ProjectId == projectId).Select(v => v.Number).ToListAsync(cancellationToken);
            if (!numbers.Contains(request.VersionNumber)) return new(null, MissingVersion(request.VersionNumber));
            var baseNumber = request.BaseVersionNumber ?? numbers.Where(n => n < request.VersionNumber).Select(n => (int?)n).Max();
            if (baseNumber is { } b && (b == request.VersionNumber || !numbers.Contains(b))) return new(null, MissingVersion(b));
            if (Text(request.Message, "review/message", allowEmpty: true) is { } badMessage) return new(null, badMessage);
            var reviewerIds = (request.ReviewerIds ?? []).Where(id => !string.IsNullOrEmpty(id)).Distinct(StringComparer.Ordinal).ToList();
            if (await ReviewerProblemAsync(db, projectId, userId, reviewerIds, cancellationToken) is { } badReviewer) return new(null, badReviewer);

            var now = access.Now();
            var last = await db.Reviews.Where(r => r.ProjectId == projectId).MaxAsync(r => (int?)r.Number, cancellationToken) ?? 0;
            var review = new Review
            {
                Id = Guid.CreateVersion7(), ProjectId = projectId, Number = last + 1, VersionNumber = request.VersionNumber, BaseVersionNumber = baseNumber,
                RequestedBy = userId, RequestedUtc = now, Message = Blank(request.Message), State = ReviewState.Open,
            };
            db.Reviews.Add(review);
            var reviewers = reviewerIds.Select(id => new ReviewReviewer { ReviewId = review.Id, UserId = id, Verdict = ReviewVerdict.Pending, AtUtc = now }).ToList();
            db.ReviewReviewers.AddRange(reviewers);
            var names = await NamesAsync(db, [userId, .. reviewerIds], cancellationToken);
            await activity.AddAsync(db, projectId, userId, ActivityKind.ReviewRequested,
                $"Requested review {review.Number} of version {review.VersionNumber} from {string.Join(", ", reviewerIds.Select(id => names[id]))}", now, cancellationToken);
            var requestText = $"Review {review.Number} of version {review.VersionNumber}{(review.Message is null ? "" : ": " + review.Message.ReplaceLineEndings(" "))}";
            foreach (var id in reviewerIds) Notify(db, id, review, NotificationKind.ReviewRequested, names[userId], requestText, now);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException) when (attempt < Retries)
            {
                continue; // another request took the number (unique index): nothing was written, take the next one
            }
            logger.LogInformation("Review {Number} of version {Version} requested in project {ProjectId}", review.Number, review.VersionNumber, projectId);
            events.Raise(new ReviewChange(projectId, review.Number, ReviewChangeKind.Requested, reviewerIds));
            return new(Summary(review, reviewers, names), null);
        }
    }

    /// <summary>Withdraws review <paramref name="number"/> (its requester, while an editor); returns why not, or null.</summary>
    public async Task<Diagnostic?> WithdrawAsync(string userId, Guid projectId, int number, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        if (await RefusalAsync(db, projectId, userId, ProjectPermission.Edit, cancellationToken) is { } refusal) return refusal;
        var review = await db.Reviews.SingleOrDefaultAsync(r => r.ProjectId == projectId && r.Number == number, cancellationToken);
        if (review is null) return MissingReview(number);
        if (review.RequestedBy != userId)
            return new(AccessProblems.ForbiddenCode, Severity.Error, "reviews/" + number, "Only the person who requested this review can withdraw it.");
        if (review.State == ReviewState.Withdrawn) return null;
        var now = access.Now();
        review.State = ReviewState.Withdrawn;
        review.ClosedUtc = now;
        review.Revision++;
        await activity.AddAsync(db, projectId, userId, ActivityKind.ReviewWithdrawn, $"Withdrew review {number} of version {review.VersionNumber}", now, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new(ReviewCodes.ReviewClosed, Severity.Error, "reviews/" + number, "A reviewer answered at the same moment: look at the review again, then withdraw it.");
        }
        logger.LogInformation("Review {Number} withdrawn in project {ProjectId}", number, projectId);
        events.Raise(new ReviewChange(projectId, number, ReviewChangeKind.Withdrawn, []));
        return null;
    }

    /// <summary>
    /// Records the caller's verdict on review <paramref name="number"/> (an assigned reviewer with the commenter role
    /// or above), replacing their previous one, and updates the review's state.
    /// </summary>
    public async Task<StoreResult<ReviewSummary>> GiveVerdictAsync(string userId, Guid projectId, int number, ReviewVerdict verdict, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = database.CreateContext();
            if (await RefusalAsync(db, projectId, userId, ProjectPermission.Comment, cancellationToken) is { } refusal) return new(null, refusal);
            if (verdict == ReviewVerdict.Pending)
                return new(null, new(ReviewCodes.BadVerdict, Severity.Error, "reviews/" + number, "A verdict approves or requests changes."));
            var review = await db.Reviews.SingleOrDefaultAsync(r => r.ProjectId == projectId && r.Number == number, cancellationToken);
            if (review is null) return new(null, MissingReview(number));
            var reviewers = await db.ReviewReviewers.Where(r => r.ReviewId == review.Id).ToListAsync(cancellationToken);
            if (reviewers.Find(r => r.UserId == userId) is not { } mine)
                return new(null, new(AccessProblems.ForbiddenCode, Severity.Error, "reviews/" + number, "Only the assigned reviewers can approve or request changes."));
            if (review.State == ReviewState.Withdrawn)
                return new(null, new(ReviewCodes.ReviewClosed, Severity.Error, "reviews/" + number, "This review was withdrawn."));
            var now = access.Now();
            mine.Verdict = verdict;
            mine.AtUtc = now;
            review.State = ReviewStates.From(reviewers.Select(r => r.Verdict));
            review.ClosedUtc = review.State == ReviewState.Approved ? now : null;
            review.Revision++;
            await activity.AddAsync(db, projectId, userId, ActivityKind.ReviewVerdictGiven,
                $"{(verdict == ReviewVerdict.Approved ? "Approved" : "Requested changes in")} review {number} of version {review.VersionNumber}: the review is now {review.State.Label().ToLowerInvariant()}",
                now, cancellationToken);
            var names = await NamesAsync(db, [review.RequestedBy, .. reviewers.Select(r => r.UserId)], cancellationToken);
            // The requester cannot be a reviewer (see ReviewerProblemAsync), so this never notifies the actor.
            Notify(db, review.RequestedBy, review, verdict == ReviewVerdict.Approved ? NotificationKind.ReviewApproved : NotificationKind.ChangesRequested,
                names[userId], $"Review {number} of version {review.VersionNumber} is now {review.State.Label().ToLowerInvariant()}", now);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (attempt < Retries)
            {
                continue; // another verdict changed the review meanwhile: decide the state again from fresh rows
            }
            logger.LogInformation("Review {Number} in project {ProjectId}: verdict {Verdict}, state {State}", number, projectId, verdict, review.State);
            events.Raise(new ReviewChange(projectId, number, ReviewChangeKind.VerdictGiven, [review.RequestedBy]));
            return new(Summary(review, reviewers, names), null);
        }
    }

    /// <summary>Adds a plain-text comment to review <paramref name="number"/>'s discussion (commenter and up).</summary>
    public async Task<StoreResult<ReviewCommentSummary>> CommentAsync(string userId, Guid projectId, int number, string body, string? objectId = null,
        string? objectLabel = null, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        if (await RefusalAsync(db, projectId, userId, ProjectPermission.Comment, cancellationToken) is { } refusal) return new(null, refusal);
        if (Text(body, "review/comment", allowEmpty: false) is { } bad) return new(null, bad);
        var review = await db.Reviews.AsNoTracking().SingleOrDefaultAsync(r => r.ProjectId == projectId && r.Number == number, cancellationToken);
        if (review is null) return new(null, MissingReview(number));
        var now = access.Now();
        var label = Blank(objectLabel);
        var comment = new ReviewComment
        {
            Id = Guid.CreateVersion7(), ReviewId = review.Id, AuthorId = userId, Body = body.Trim(), ObjectId = Blank(objectId),
            ObjectLabel = label is { Length: > ReviewModel.MaxLabelLength } ? label[..ReviewModel.MaxLabelLength] : label, CreatedUtc = now,
        };
        db.ReviewComments.Add(comment);
        await activity.AddAsync(db, projectId, userId, ActivityKind.ReviewCommented,
            $"Commented on review {number} of version {review.VersionNumber}{(comment.ObjectLabel is null ? "" : " about " + comment.ObjectLabel)}", now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        events.Raise(new ReviewChange(projectId, number, ReviewChangeKind.Commented, []));
        var names = await NamesAsync(db, [userId], cancellationToken);
        return new(new ReviewCommentSummary(comment.Id, userId, names[userId], comment.Body, comment.ObjectId, comment.ObjectLabel, now), null);
    }

    /// <summary>The project's reviews: open ones (in review or changes requested) first, then newest first (viewer and up).</summary>
    public async Task<StoreResult<IReadOnlyList<ReviewSummary>>> ListAsync(string userId, Guid projectId, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        if (await RefusalAsync(db, projectId, userId, ProjectPermission.View, cancellationToken) is { } refusal) return new(null, refusal);
        var reviews = await db.Reviews.AsNoTracking().Where(r => r.ProjectId == projectId).ToListAsync(cancellationToken);
        var ids = reviews.Select(r => r.Id).ToList();
        var reviewers = await db.ReviewReviewers.AsNoTracking().Where(r => ids.Contains(r.ReviewId)).ToListAsync(cancellationToken);
        var names = await NamesAsync(db, [.. reviews.Select(r => r.RequestedBy), .. reviewers.Select(r => r.UserId)], cancellationToken);
        var byReview = reviewers.ToLookup(r => r.ReviewId);
        return new(reviews.OrderByDescending(r => r.State.IsActive()).ThenByDescending(r => r.Number)
            .Select(r => Summary(r, byReview[r.Id], names)).ToList(), null);
    }

    /// <summary>Review <paramref name="number"/> with its discussion (viewer and up).</summary>
    public async Task<StoreResult<ReviewDetails>> LoadAsync(string userId, Guid projectId, int number, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        if (await RefusalAsync(db, projectId, userId, ProjectPermission.View, cancellationToken) is { } refusal) return new(null, refusal);
        var review = await db.Reviews.AsNoTracking().SingleOrDefaultAsync(r => r.ProjectId == projectId && r.Number == number, cancellationToken);
        if (review is null) return new(null, MissingReview(number));
        var reviewers = await db.ReviewReviewers.AsNoTracking().Where(r => r.ReviewId == review.Id).ToListAsync(cancellationToken);
        var comments = await db.ReviewComments.AsNoTracking().Where(c => c.ReviewId == review.Id).ToListAsync(cancellationToken);
        var names = await NamesAsync(db, [review.RequestedBy, .. reviewers.Select(r => r.UserId), .. comments.Select(c => c.AuthorId)], cancellationToken);
        return new(new ReviewDetails(Summary(review, reviewers, names), comments.OrderBy(c => c.CreatedUtc).ThenBy(c => c.Id)
            .Select(c => new ReviewCommentSummary(c.Id, c.AuthorId, names[c.AuthorId], c.Body, c.ObjectId, c.ObjectLabel, c.CreatedUtc)).ToList()), null);
    }

    // Every reviewer must be a member (directly or through a valid share link) with the commenter role or above, and not the requester.
    private async Task<Diagnostic?> ReviewerProblemAsync(ProjectDbContext db, Guid projectId, string requester, List<string> reviewerIds, CancellationToken cancellationToken)
    {
        if (reviewerIds.Count == 0) return BadReviewer("Choose at least one reviewer.");
        if (reviewerIds.Contains(requester)) return BadReviewer("You cannot review your own request: choose someone else.");
        foreach (var id in reviewerIds)
        {
            var grant = await access.GrantAsync(db, projectId, id, cancellationToken);
            if (grant is null || grant.Role < ProjectRole.Commenter)
                return BadReviewer("Reviewers must be members of the project with the commenter role or above.");
        }
        return null;
    }

    private static void Notify(ProjectDbContext db, string recipient, Review review, NotificationKind kind, string actorName, string text, DateTime now) =>
        db.Add(new Notification
        {
            UserId = recipient, ProjectId = review.ProjectId, Kind = kind, ReviewNumber = review.Number, ActorName = actorName,
            Excerpt = CommentStore.Clip(text, CommentStore.MaxExcerptLength), CreatedUtc = now,
        });

    private static async Task<Dictionary<string, string>> NamesAsync(ProjectDbContext db, IEnumerable<string> userIds, CancellationToken cancellationToken)
    {
        var ids = userIds.Distinct(StringComparer.Ordinal).ToList();
        var found = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.UserName }).ToListAsync(cancellationToken);
        var names = found.ToDictionary(u => u.Id, u => u.UserName ?? u.Id, StringComparer.Ordinal);
        foreach (var id in ids) names.TryAdd(id, "(deleted account)");
        return names;
    }

    private static ReviewSummary Summary(Review r, IEnumerable<ReviewReviewer> reviewers, Dictionary<string, string> names) =>
        new(r.Number, r.VersionNumber, r.BaseVersionNumber, r.RequestedBy, names[r.RequestedBy], r.RequestedUtc, r.Message, r.State, r.ClosedUtc,
            reviewers.OrderBy(x => names[x.UserId], StringComparer.OrdinalIgnoreCase).Select(x => new ReviewerSummary(x.UserId, names[x.UserId], x.Verdict, x.AtUtc)).ToList());

    private static Diagnostic? Text(string? text, string path, bool allowEmpty)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0 && !allowEmpty) return new(ReviewCodes.BadText, Severity.Error, path, "Write something first.");
        return trimmed.Length > ReviewModel.MaxTextLength
            ? new(ReviewCodes.BadText, Severity.Error, path, $"Keep it under {ReviewModel.MaxTextLength} characters.")
            : null;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static Diagnostic BadReviewer(string message) => new(ReviewCodes.BadReviewer, Severity.Error, "review/reviewers", message);

    private static Diagnostic MissingReview(int number) => new(ReviewCodes.MissingReview, Severity.Error, "reviews/" + number, $"Review {number} does not exist.");

    private static Diagnostic MissingVersion(int number) => new(ReviewCodes.MissingVersion, Severity.Error, "versions/" + number, $"Version {number} does not exist.");

    private async Task<Diagnostic?> RefusalAsync(ProjectDbContext db, Guid projectId, string userId, ProjectPermission permission, CancellationToken cancellationToken)
    {
        var decision = await access.CheckAsync(db, projectId, userId, permission, cancellationToken);
        return decision switch
        {
            AccessDecision.Allowed => null,
            AccessDecision.ProjectMissing => new(ReviewCodes.MissingProject, Severity.Error, "projects/" + projectId, "The project no longer exists."),
            _ => AccessProblems.Forbidden(projectId, permission),
        };
    }
}
