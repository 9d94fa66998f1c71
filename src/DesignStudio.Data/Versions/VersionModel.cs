using Microsoft.EntityFrameworkCore;

namespace DesignStudio.Data.Versions;

/// <summary>The EF Core mapping of versions, their tags and saved migrations.</summary>
public static class VersionModel
{
    /// <summary>Longest version name.</summary>
    public const int MaxNameLength = 200;

    /// <summary>Longest tag.</summary>
    public const int MaxTagLength = 100;

    /// <summary>Maps the entities onto <paramref name="modelBuilder"/>.</summary>
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<DesignVersion>(version =>
        {
            version.ToTable("design_versions");
            version.HasKey(v => v.Id);
            version.HasIndex(v => new { v.ProjectId, v.Number }).IsUnique();
            version.Property(v => v.Name).HasMaxLength(MaxNameLength).IsRequired();
            version.Property(v => v.Author).HasMaxLength(200);
            version.Property(v => v.Json).IsRequired();
            version.HasOne<Project>().WithMany().HasForeignKey(v => v.ProjectId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<DesignVersionTag>(tag =>
        {
            tag.ToTable("design_version_tags");
            tag.HasKey(t => new { t.ProjectId, t.Name });
            tag.Property(t => t.Name).HasMaxLength(MaxTagLength);
            tag.HasIndex(t => t.VersionId);
            tag.HasOne<DesignVersion>().WithMany().HasForeignKey(t => t.VersionId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<SavedMigration>(migration =>
        {
            migration.ToTable("saved_migrations");
            migration.HasKey(m => m.Id);
            migration.HasIndex(m => new { m.ProjectId, m.CreatedUtc });
            migration.Property(m => m.Dialect).HasMaxLength(40).IsRequired();
            migration.Property(m => m.Convention).HasMaxLength(40).IsRequired();
            migration.Property(m => m.Author).HasMaxLength(200);
            migration.HasOne<Project>().WithMany().HasForeignKey(m => m.ProjectId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
