using DesignStudio.Core.Diagnostics;

namespace DesignStudio.Core.Dialects;

/// <summary>Generated SQL: ordered statements plus diagnostics about approximations.</summary>
/// <param name="Dialect">The dialect name.</param>
/// <param name="Statements">Statements in execution order, without trailing terminators.</param>
/// <param name="Diagnostics">Approximations and problems found while generating.</param>
public sealed record DdlScript(string Dialect, IReadOnlyList<SqlStatement> Statements, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The script as text: each statement followed by its terminator (";" or, for SQL Server, ";\nGO").</summary>
    public string ToText()
    {
        var sb = new System.Text.StringBuilder();
        foreach (var s in Statements)
        {
            if (s.Comment is { } c) sb.Append("-- ").Append(c.ReplaceLineEndings(" ")).Append('\n');
            sb.Append(s.Sql).Append(Dialect == DialectNames.SqlServer ? ";\nGO\n\n" : ";\n\n");
        }
        return sb.ToString();
    }
}

/// <summary>One statement of a script.</summary>
/// <param name="Sql">The statement text without a terminator.</param>
/// <param name="Comment">An optional one-line comment printed above it.</param>
public sealed record SqlStatement(string Sql, string? Comment = null)
{
    /// <summary>
    /// Whether the statement must run outside a transaction (e.g. PostgreSQL ALTER TYPE ... ADD VALUE used in the
    /// same transaction, CREATE INDEX CONCURRENTLY).
    /// </summary>
    public bool OutsideTransaction { get; init; }
}
