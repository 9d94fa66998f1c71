namespace DesignStudio.Data.Access;

/// <summary>The answer to "may this user do this to that project?".</summary>
public enum AccessDecision
{
    /// <summary>Yes.</summary>
    Allowed,

    /// <summary>The project exists but the user's role (or lack of one) does not allow it.</summary>
    Forbidden,

    /// <summary>The project does not exist.</summary>
    ProjectMissing,
}
