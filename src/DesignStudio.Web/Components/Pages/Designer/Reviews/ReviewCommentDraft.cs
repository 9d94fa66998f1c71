namespace DesignStudio.Web.Components.Pages.Designer.Reviews;

/// <summary>A comment being sent: its text and, optionally, the design object it is about.</summary>
public sealed record ReviewCommentDraft(string Body, string? ObjectId, string? ObjectLabel);
