using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DesignStudio.Data;

/// <summary>The <c>stored_connections</c> table.</summary>
internal sealed class StoredConnectionConfiguration : IEntityTypeConfiguration<StoredConnection>
{
    public void Configure(EntityTypeBuilder<StoredConnection> connection)
    {
        connection.ToTable("stored_connections");
        connection.HasKey(c => c.Id);
        connection.Property(c => c.Name).HasMaxLength(StoredConnectionStore.MaxNameLength).IsRequired();
        connection.Property(c => c.Engine).HasMaxLength(40).IsRequired();
        connection.Property(c => c.Description).HasMaxLength(2000).IsRequired();
        connection.Property(c => c.ProtectedConnectionString).IsRequired();
        connection.Property(c => c.OwnerUserId).HasMaxLength(450).IsRequired();
        connection.HasIndex(c => c.Name);
        connection.HasIndex(c => c.OwnerUserId);
    }
}
