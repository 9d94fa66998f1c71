namespace DesignStudio.Web.Collaboration;

/// <summary>One open page of a design: who it is and which table they have selected.</summary>
/// <param name="ClientId">The page.</param>
/// <param name="Who">The person.</param>
/// <param name="SelectedTableId">Their selected table, if any.</param>
public sealed record PresenceEntry(string ClientId, Collaborator Who, string? SelectedTableId);
