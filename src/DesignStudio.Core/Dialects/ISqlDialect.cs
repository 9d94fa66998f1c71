using DesignStudio.Core.Model;

namespace DesignStudio.Core.Dialects;

/// <summary>
/// One SQL dialect: identifier rules, quoting, type mapping and DDL generation. Each dialect lives in its own
/// folder with the same set of files; shared logic sits in the base classes.
/// </summary>
public interface ISqlDialect
{
    /// <summary>Stable name from <see cref="DialectNames"/>.</summary>
    string Name { get; }

    /// <summary>Name for people, e.g. "PostgreSQL 15+".</summary>
    string DisplayName { get; }

    /// <summary>Longest identifier the engine accepts, in the unit of <see cref="IdentifierLengthInBytes"/>.</summary>
    int MaxIdentifierLength { get; }

    /// <summary>Whether <see cref="MaxIdentifierLength"/> counts UTF-8 bytes (PostgreSQL) rather than characters.</summary>
    bool IdentifierLengthInBytes { get; }

    /// <summary>Whether two names differing only in letter case denote different objects.</summary>
    bool IdentifiersCaseSensitive { get; }

    /// <summary>Quotes an identifier so that it denotes exactly <paramref name="name"/>, whatever characters it holds.</summary>
    string QuoteIdentifier(string name);

    /// <summary>Quotes a string literal.</summary>
    string QuoteString(string value);

    /// <summary>Generates the full DDL script for a design.</summary>
    DdlScript GenerateDdl(Design design);
}
