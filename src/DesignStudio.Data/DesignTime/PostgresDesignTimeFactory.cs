using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DesignStudio.Data.DesignTime;

/// <summary>Lets <c>dotnet ef migrations add X --context PostgresProjectDbContext</c> build the PostgreSQL model (no connection is made).</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresProjectDbContext>
{
    /// <inheritdoc />
    public PostgresProjectDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresProjectDbContext>().UseNpgsql("Host=localhost;Database=designstudio").Options);
}
