namespace DesignStudio.Core.Import;

/// <summary>
/// Raised inside a parser when a statement does not match the grammar; the statement loop catches it and turns it
/// into a diagnostic with the token's position, so it never escapes <see cref="SqlDdlParser.Parse"/>.
/// </summary>
internal sealed class SqlSyntaxException(string message, int offset) : Exception(message)
{
    public int Offset { get; } = offset;
}
