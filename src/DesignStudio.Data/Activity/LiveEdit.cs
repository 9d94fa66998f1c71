namespace DesignStudio.Data.Activity;

/// <summary>One acknowledged live operation, for the activity log.</summary>
/// <param name="ProjectId">The project.</param>
/// <param name="UserId">Who made it.</param>
/// <param name="Sequence">Its log sequence.</param>
/// <param name="Kind">The kind of operation (its type name).</param>
/// <param name="AtUtc">When it was logged.</param>
public sealed record LiveEdit(Guid ProjectId, string UserId, long Sequence, string Kind, DateTime AtUtc);
