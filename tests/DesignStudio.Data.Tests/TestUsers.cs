using DesignStudio.Data.Access;

namespace DesignStudio.Data.Tests;

/// <summary>Accounts written straight into the store's Identity tables (what registering leaves behind, minus the password).</summary>
internal static class TestUsers
{
    public static async Task<string> CreateAsync(ProjectDatabase database, string name)
    {
        var unique = name + "-" + Guid.NewGuid().ToString("N")[..8];
        var user = new StudioUser
        {
            Id = Guid.NewGuid().ToString(), UserName = unique, NormalizedUserName = unique.ToUpperInvariant(),
            Email = unique + "@example.test", NormalizedEmail = (unique + "@example.test").ToUpperInvariant(),
            SecurityStamp = Guid.NewGuid().ToString(), CreatedUtc = DateTime.UtcNow,
        };
        await using var db = database.CreateContext();
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user.Id;
    }

    public static async Task<string> UserNameAsync(ProjectDatabase database, string userId)
    {
        await using var db = database.CreateContext();
        return (await db.Users.FindAsync(userId))!.UserName!;
    }
}
