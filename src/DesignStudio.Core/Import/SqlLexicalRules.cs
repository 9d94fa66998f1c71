namespace DesignStudio.Core.Import;

/// <summary>The lexical features of one SQL dialect (and its command-line client) that the tokenizer honours.</summary>
public sealed record SqlLexicalRules
{
    /// <summary>PostgreSQL $$ and $tag$ dollar quoting.</summary>
    public bool DollarQuotes { get; init; }

    /// <summary>Block comments nest (PostgreSQL).</summary>
    public bool NestedBlockComments { get; init; }

    /// <summary>Backslash escapes inside '...' and "..." strings (MySQL).</summary>
    public bool BackslashEscapes { get; init; }

    /// <summary>"..." is a string literal rather than an identifier (MySQL without ANSI_QUOTES).</summary>
    public bool DoubleQuotedStrings { get; init; }

    /// <summary>`...` quotes identifiers (MySQL, SQLite).</summary>
    public bool Backticks { get; init; }

    /// <summary>[...] quotes identifiers (SQL Server, SQLite).</summary>
    public bool Brackets { get; init; }

    /// <summary># starts a line comment (MySQL).</summary>
    public bool HashComments { get; init; }

    /// <summary>/*! ... */ and /*!50705 ... */ hold SQL that is executed (MySQL).</summary>
    public bool ExecutableComments { get; init; }

    /// <summary>
    /// MariaDB: /*!NNNNN ... */ with a MySQL 5.7+ version (50700-99999) is MySQL-only and is skipped like a comment,
    /// while /*M!NNNNN ... */ is executed. MySQL does the opposite.
    /// </summary>
    public bool MariaDbExecutableComments { get; init; }

    /// <summary>DELIMITER directives of the mysql client change the statement terminator.</summary>
    public bool DelimiterDirective { get; init; }

    /// <summary>A line holding only GO (any case, optional count) separates batches (SQL Server tools).</summary>
    public bool GoSeparator { get; init; }

    /// <summary>A line starting with a backslash is a psql meta-command.</summary>
    public bool PsqlMetaCommands { get; init; }

    /// <summary>PostgreSQL.</summary>
    public static SqlLexicalRules PostgreSql { get; } = new()
    {
        DollarQuotes = true, NestedBlockComments = true, PsqlMetaCommands = true,
    };

    /// <summary>MySQL and MariaDB (with the mysql client's DELIMITER).</summary>
    public static SqlLexicalRules MySql { get; } = new()
    {
        BackslashEscapes = true, DoubleQuotedStrings = true, Backticks = true, HashComments = true,
        ExecutableComments = true, DelimiterDirective = true,
    };

    /// <summary>MariaDB: as MySQL, but MySQL 5.7+ versioned comments are skipped and /*M! ... */ is executed.</summary>
    public static SqlLexicalRules MariaDb { get; } = MySql with { MariaDbExecutableComments = true };

    /// <summary>SQLite (accepts "x", `x` and [x] identifiers).</summary>
    public static SqlLexicalRules Sqlite { get; } = new() { Backticks = true, Brackets = true };

    /// <summary>SQL Server (T-SQL with GO batch separators).</summary>
    public static SqlLexicalRules SqlServer { get; } = new() { Brackets = true, GoSeparator = true };
}
