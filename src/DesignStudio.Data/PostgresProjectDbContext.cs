using Microsoft.EntityFrameworkCore;

namespace DesignStudio.Data;

/// <summary>The project store on PostgreSQL (configured with <c>ConnectionStrings:DesignStudio</c>).</summary>
public sealed class PostgresProjectDbContext(DbContextOptions<PostgresProjectDbContext> options) : ProjectDbContext(options);
