namespace DesignStudio.Data.Access;

/// <summary>A new share link and its token: the only time the token is available (the store keeps its hash).</summary>
public sealed record CreatedShareLink(ShareLinkSummary Link, string Token)
{
    /// <summary>The path to open: <c>/share/{token}</c>.</summary>
    public string Path => "/share/" + Token;
}
