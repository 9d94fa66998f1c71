using Microsoft.EntityFrameworkCore;

namespace DesignStudio.Data;

/// <summary>The project store on SQLite (the default: a file in the app's data folder).</summary>
public sealed class SqliteProjectDbContext(DbContextOptions<SqliteProjectDbContext> options) : ProjectDbContext(options);
