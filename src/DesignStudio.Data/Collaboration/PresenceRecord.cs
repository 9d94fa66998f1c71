namespace DesignStudio.Data.Collaboration;

/// <summary>One open page of a design on some instance, as the change bus carries it.</summary>
/// <param name="ClientId">The page.</param>
/// <param name="UserId">The person's account id.</param>
/// <param name="Name">Their display name.</param>
/// <param name="Colour">Their presence colour.</param>
/// <param name="SelectedTableId">The table they have selected, if any.</param>
public sealed record PresenceRecord(string ClientId, string UserId, string Name, string Colour, string? SelectedTableId);
