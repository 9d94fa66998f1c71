namespace DesignStudio.Core.Migrations.Export;

/// <summary>One exported file: its path inside the archive and its text.</summary>
public sealed record MigrationFile(string Path, string Content);
