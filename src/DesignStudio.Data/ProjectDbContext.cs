using DesignStudio.Data.Access;
using DesignStudio.Data.Activity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using DesignStudio.Data.Collaboration;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DesignStudio.Data;

/// <summary>
/// The project store's EF Core model, including the ASP.NET Core Identity tables (accounts live in the project
/// database). Abstract because each provider has its own sealed subclass and migrations set (one migrations set cannot
/// serve SQLite and PostgreSQL). It also holds the ASP.NET Core Data Protection key ring, so every instance sharing the
/// database shares the keys (cookies, antiforgery tokens and stored connections work across replicas).
/// </summary>
public abstract class ProjectDbContext(DbContextOptions options) : IdentityDbContext<StudioUser>(options), IDataProtectionKeyContext
{
    /// <summary>The Data Protection key ring (XML elements, one row per key).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Projects.</summary>
    public DbSet<Project> Projects => Set<Project>();

    /// <summary>Design documents, one per project.</summary>
    public DbSet<DesignDocument> Documents => Set<DesignDocument>();

    /// <summary>Committed design versions (immutable snapshots).</summary>
    public DbSet<Versions.DesignVersion> Versions => Set<Versions.DesignVersion>();

    /// <summary>Tags on versions.</summary>
    public DbSet<Versions.DesignVersionTag> VersionTags => Set<Versions.DesignVersionTag>();

    /// <summary>Migration scripts saved with their version pair.</summary>
    public DbSet<Versions.SavedMigration> SavedMigrations => Set<Versions.SavedMigration>();
    /// <summary>Live-database connections the user asked to remember (encrypted).</summary>
    public DbSet<StoredConnection> StoredConnections => Set<StoredConnection>();
    /// <summary>Project members and their roles.</summary>
    public DbSet<ProjectMember> Members => Set<ProjectMember>();

    /// <summary>Share links.</summary>
    public DbSet<ShareLink> ShareLinks => Set<ShareLink>();

    /// <summary>Activity log entries.</summary>
    public DbSet<ActivityEntry> Activity => Set<ActivityEntry>();
    /// <summary>The operation log: every acknowledged edit, sequenced per project.</summary>
    public DbSet<DesignOperationRecord> Operations => Set<DesignOperationRecord>();

    /// <summary>Design reviews on versions.</summary>
    public DbSet<Reviews.Review> Reviews => Set<Reviews.Review>();

    /// <summary>Reviewers assigned to reviews, with their verdicts.</summary>
    public DbSet<Reviews.ReviewReviewer> ReviewReviewers => Set<Reviews.ReviewReviewer>();

    /// <summary>Review discussions.</summary>
    public DbSet<Reviews.ReviewComment> ReviewComments => Set<Reviews.ReviewComment>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Project>(project =>
        {
            project.ToTable("projects");
            project.HasKey(p => p.Id);
            project.Property(p => p.Name).HasMaxLength(ProjectStore.MaxNameLength).IsRequired();
            project.HasIndex(p => p.UpdatedUtc);
            project.HasOne(p => p.Document).WithOne().HasForeignKey<DesignDocument>(d => d.ProjectId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<DesignDocument>(document =>
        {
            document.ToTable("design_documents");
            document.HasKey(d => d.ProjectId);
            document.Property(d => d.Json).IsRequired();
            document.Property(d => d.Version).IsConcurrencyToken();
            document.Property(d => d.UpdatedBy).HasMaxLength(200);
        });
        DesignStudio.Data.Versions.VersionModel.Configure(modelBuilder);
        DesignStudio.Data.Reviews.ReviewModel.Configure(modelBuilder);
        DesignStudio.Data.Comments.CommentModel.Configure(modelBuilder);
        modelBuilder.ApplyConfiguration(new StoredConnectionConfiguration());
        modelBuilder.Entity<ProjectMember>(member =>
        {
            member.ToTable("project_members");
            member.HasKey(m => new { m.ProjectId, m.UserId });
            member.HasIndex(m => m.UserId);
            member.Property(m => m.Role).HasConversion<string>().HasMaxLength(20);
            member.HasOne(m => m.Project).WithMany().HasForeignKey(m => m.ProjectId).OnDelete(DeleteBehavior.Cascade);
            member.HasOne<StudioUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
            member.HasOne(m => m.ShareLink).WithMany().HasForeignKey(m => m.ShareLinkId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ShareLink>(link =>
        {
            link.ToTable("share_links");
            link.HasKey(l => l.Id);
            link.Property(l => l.TokenHash).HasMaxLength(64).IsRequired();
            link.HasIndex(l => l.TokenHash).IsUnique();
            link.HasIndex(l => l.ProjectId);
            link.Property(l => l.Role).HasConversion<string>().HasMaxLength(20);
            link.Property(l => l.CreatedBy).HasMaxLength(450).IsRequired();
            link.HasOne<Project>().WithMany().HasForeignKey(l => l.ProjectId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ActivityEntry>(entry =>
        {
            entry.ToTable("activity");
            entry.HasKey(a => a.Id);
            entry.HasIndex(a => new { a.ProjectId, a.AtUtc });
            entry.Property(a => a.Kind).HasConversion<string>().HasMaxLength(40);
            entry.Property(a => a.UserId).HasMaxLength(450).IsRequired();
            entry.Property(a => a.UserName).HasMaxLength(256).IsRequired();
            entry.Property(a => a.Summary).HasMaxLength(ActivityLog.MaxSummaryLength).IsRequired();
        });
        modelBuilder.Entity<DataProtectionKey>(key =>
        {
            key.ToTable("data_protection_keys");
            key.HasKey(k => k.Id);
        });
        modelBuilder.Entity<DesignOperationRecord>(operation =>
        {
            operation.ToTable("design_operations");
            // The database sequences operations: (project, sequence) is the key, so it is unique.
            operation.HasKey(o => new { o.ProjectId, o.Sequence });
            operation.Property(o => o.Sequence).ValueGeneratedNever();
            operation.Property(o => o.UserId).HasMaxLength(200);
            operation.Property(o => o.ClientId).HasMaxLength(100).IsRequired();
            operation.Property(o => o.ClientOperationId).HasMaxLength(100).IsRequired();
            operation.Property(o => o.Json).IsRequired();
            operation.HasIndex(o => new { o.ProjectId, o.ClientId, o.ClientOperationId }).IsUnique();
            operation.HasOne<Project>().WithMany().HasForeignKey(o => o.ProjectId).OnDelete(DeleteBehavior.Cascade);
        });
    }

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite keeps DateTime as text and reads it back as Unspecified; the store only ever holds UTC.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
