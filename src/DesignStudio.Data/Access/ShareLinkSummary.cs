namespace DesignStudio.Data.Access;

/// <summary>A share link as listed (its token is never shown again after creation).</summary>
public sealed record ShareLinkSummary(Guid Id, ProjectRole Role, DateTime CreatedUtc, DateTime ExpiresUtc, DateTime? RevokedUtc, bool IsValid);
