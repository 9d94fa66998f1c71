using Microsoft.AspNetCore.Identity;

namespace DesignStudio.Data.Access;

/// <summary>A local account (ASP.NET Core Identity user) of the studio.</summary>
public sealed class StudioUser : IdentityUser
{
    /// <summary>When the account was registered (UTC).</summary>
    public DateTime CreatedUtc { get; set; }
}
