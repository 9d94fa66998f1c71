namespace DesignStudio.Data;

/// <summary>
/// A live-database connection the user asked the studio to remember. The connection string is kept only encrypted
/// (ASP.NET Core Data Protection, applied by the web app); <see cref="Description"/> is its redacted form for lists.
/// </summary>
public sealed class StoredConnection
{
    /// <summary>Stable id.</summary>
    public Guid Id { get; set; }

    /// <summary>
    /// The id of the user who stored it; only they can list, use or forget it. A plain string, not a foreign key, so
    /// the table does not depend on the account tables.
    /// </summary>
    public required string OwnerUserId { get; set; }

    /// <summary>Display name.</summary>
    public required string Name { get; set; }

    /// <summary>The engine whose catalog it reads (a dialect name such as <c>postgresql</c>).</summary>
    public required string Engine { get; set; }

    /// <summary>The connection string with every secret replaced by <c>***</c>, to recognise it in a list.</summary>
    public required string Description { get; set; }

    /// <summary>The encrypted connection string (a Data Protection payload; never the plaintext).</summary>
    public required string ProtectedConnectionString { get; set; }

    /// <summary>When it was stored (UTC).</summary>
    public DateTime CreatedUtc { get; set; }
}
