namespace DesignStudio.Core.Import;

/// <summary>Kinds of lexical token in a SQL script.</summary>
public enum SqlTokenKind
{
    /// <summary>A bare word: keyword or unquoted identifier.</summary>
    Word,
    /// <summary>A quoted identifier: "x", `x` or [x].</summary>
    QuotedIdentifier,
    /// <summary>A string literal: 'x', E'x', N'x', X'..', $tag$...$tag$ (and "x" in MySQL).</summary>
    String,
    /// <summary>A numeric literal.</summary>
    Number,
    /// <summary>Punctuation or an operator.</summary>
    Symbol,
    /// <summary>A statement terminator: ';', a DELIMITER-defined delimiter, or a GO batch separator.</summary>
    Terminator,
    /// <summary>A client meta-command on its own line (psql <c>\c db</c>).</summary>
    MetaCommand,
}
