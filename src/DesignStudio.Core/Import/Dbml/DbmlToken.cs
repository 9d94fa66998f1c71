using DesignStudio.Core.Diagnostics;

namespace DesignStudio.Core.Import.Dbml;

/// <summary>Kinds of DBML tokens.</summary>
internal enum DbmlTokenKind
{
    Identifier,
    QuotedIdentifier,
    String,
    Expression,
    Number,
    Color,
    LeftBrace,
    RightBrace,
    LeftBracket,
    RightBracket,
    LeftParen,
    RightParen,
    Comma,
    Colon,
    Dot,
    Less,
    Greater,
    Minus,
    ManyToMany,
    Tilde,
    Other,
    End,
}

/// <summary>
/// One token. <see cref="Text"/> is the decoded value (string contents without quotes and escapes, identifier text);
/// <see cref="LineStart"/> tells whether a line break separates it from the previous token, because DBML items
/// (columns, refs, settings of a project) end at line ends.
/// </summary>
internal readonly record struct DbmlToken(DbmlTokenKind Kind, string Text, SourcePosition Position, bool LineStart, int Offset)
{
    public bool IsWord(string word) =>
        Kind == DbmlTokenKind.Identifier && string.Equals(Text, word, StringComparison.OrdinalIgnoreCase);

    public bool IsName => Kind is DbmlTokenKind.Identifier or DbmlTokenKind.QuotedIdentifier;

    public override string ToString() => Kind switch
    {
        DbmlTokenKind.End => "end of input",
        DbmlTokenKind.String => "string",
        DbmlTokenKind.Expression => "`expression`",
        _ => $"'{Text}'",
    };
}
