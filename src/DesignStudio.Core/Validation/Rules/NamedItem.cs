namespace DesignStudio.Core.Validation.Rules;

/// <summary>A name to compare for duplicates.</summary>
/// <param name="Name">The name.</param>
/// <param name="Scope">Names clash only within the same scope (e.g. the schema, or the table id for columns).</param>
/// <param name="Owner">The object that holds the name (a table id, or the scope itself).</param>
/// <param name="Path">Object path for the diagnostic.</param>
internal sealed record NamedItem(string Name, string Scope, string Owner, string Path);
