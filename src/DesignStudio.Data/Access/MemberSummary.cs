namespace DesignStudio.Data.Access;

/// <summary>A member as listed in the members dialog.</summary>
public sealed record MemberSummary(string UserId, string UserName, string? Email, ProjectRole Role, bool ViaShareLink, DateTime AddedUtc);
