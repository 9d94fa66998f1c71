namespace DesignStudio.Data.Comments;

/// <summary>The recipients part of a comment or review change's NOTIFY payload, kept under PostgreSQL's 8,000-byte limit.</summary>
public static class NotifiedUsersPayload
{
    /// <summary>The user ids joined with commas, cut off before 7,000 characters (the rest see their count at their next load).</summary>
    public static string Join(IEnumerable<string> userIds)
    {
        var users = new List<string>();
        var length = 0;
        foreach (var user in userIds)
        {
            if (length + user.Length + 1 > 7000) break;
            users.Add(user);
            length += user.Length + 1;
        }
        return string.Join(",", users);
    }
}
