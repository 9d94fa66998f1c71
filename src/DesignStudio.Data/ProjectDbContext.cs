using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DesignStudio.Data;

/// <summary>
/// The project store's EF Core model. Abstract because each provider has its own sealed subclass and migrations set
/// (one migrations set cannot serve SQLite and PostgreSQL).
/// </summary>
public abstract class ProjectDbContext(DbContextOptions options) : DbContext(options)
{
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

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
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
        modelBuilder.ApplyConfiguration(new StoredConnectionConfiguration());
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
