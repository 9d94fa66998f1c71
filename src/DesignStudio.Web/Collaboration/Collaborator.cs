namespace DesignStudio.Web.Collaboration;

/// <summary>A person editing a design: the user id the access rules check, a display name and a presence colour.</summary>
/// <param name="UserId">Account id.</param>
/// <param name="Name">Display name.</param>
/// <param name="Colour">CSS colour of their avatar and selection outline.</param>
public sealed record Collaborator(string UserId, string Name, string Colour)
{
    private static readonly string[] Palette =
        ["#e53935", "#8e24aa", "#3949ab", "#039be5", "#00897b", "#7cb342", "#fdd835", "#fb8c00", "#6d4c41", "#546e7a"];

    /// <summary>Someone known only by user id (an operation that arrived from another server).</summary>
    public static Collaborator Remote(string? userId) => new(userId ?? "unknown", userId ?? "someone", ColourOf(userId ?? ""));

    /// <summary>A stable palette colour for <paramref name="key"/> (the same on every server).</summary>
    public static string ColourOf(string key)
    {
        var hash = 2166136261u;
        foreach (var c in key) hash = (hash ^ c) * 16777619u;
        return Palette[hash % (uint)Palette.Length];
    }

    /// <summary>One or two letters for the avatar.</summary>
    public string Initials => string.Concat(Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2).Select(w => char.ToUpperInvariant(w[0])));
}
