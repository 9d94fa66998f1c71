namespace DesignStudio.Web.Collaboration;

/// <summary>Stable diagnostic codes (CO…) of the live co-editing session.</summary>
public static class CollaborationCodes
{
    /// <summary>The caller may not read or edit this design.</summary>
    public const string NotAllowed = "CO001";
    /// <summary>The edit no longer applies because someone else changed or removed what it edits.</summary>
    public const string ChangedMeanwhile = "CO002";
    /// <summary>There is nothing of yours to undo or redo.</summary>
    public const string NothingToUndo = "CO003";
    /// <summary>Your last edit can no longer be undone (or redone): the design changed under it.</summary>
    public const string UndoNoLongerApplies = "CO004";
    /// <summary>The project no longer exists.</summary>
    public const string ProjectMissing = "CO005";
    /// <summary>Too many other servers kept logging first; try again.</summary>
    public const string Busy = "CO006";
}
