using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DesignStudio.Data.DesignTime;

/// <summary>Lets <c>dotnet ef migrations add X --context SqliteProjectDbContext</c> build the SQLite model.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteProjectDbContext>
{
    /// <inheritdoc />
    public SqliteProjectDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteProjectDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
