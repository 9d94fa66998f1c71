using DesignStudio.Data.Collaboration;
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

    /// <summary>The operation log: every acknowledged edit, sequenced per project.</summary>
    public DbSet<DesignOperationRecord> Operations => Set<DesignOperationRecord>();

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
