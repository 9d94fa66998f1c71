namespace DesignStudio.Data.Versions;

/// <summary>Diagnostic codes of the version store.</summary>
public static class VersionCodes
{
    /// <summary>Version name is empty or too long.</summary>
    public const string BadName = "VS001";

    /// <summary>The project does not exist.</summary>
    public const string MissingProject = "VS002";

    /// <summary>The version does not exist.</summary>
    public const string MissingVersion = "VS003";

    /// <summary>Tag is empty or too long.</summary>
    public const string BadTag = "VS004";

    /// <summary>The tag is already on another version of the project.</summary>
    public const string TagInUse = "VS005";

    /// <summary>Saved migration scripts are incomplete (no dialect, convention or scripts).</summary>
    public const string BadMigration = "VS006";

    /// <summary>The tag to remove is not set on the project.</summary>
    public const string MissingTag = "VS007";
}
