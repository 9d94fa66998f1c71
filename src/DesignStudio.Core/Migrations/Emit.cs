using DesignStudio.Core.Dialects;

namespace DesignStudio.Core.Migrations;

/// <summary>Collects the statements of one change; the first one carries the change's description as its comment.</summary>
public sealed class Emit
{
    private readonly List<SqlStatement> statements;
    private readonly string description;

    /// <summary>Collects into <paramref name="statements"/>.</summary>
    public Emit(List<SqlStatement> statements, string description) => (this.statements, this.description) = (statements, description);

    /// <summary>Adds a statement run inside the transaction.</summary>
    public void Add(string sql) => Add(new SqlStatement(sql));

    /// <summary>Adds a statement.</summary>
    public void Add(SqlStatement statement) =>
        statements.Add(statements.Count == 0 && statement.Comment is null ? statement with { Comment = description } : statement);

    /// <summary>Adds statements.</summary>
    public void AddRange(IEnumerable<SqlStatement> items)
    {
        foreach (var s in items) Add(s);
    }

    /// <summary>Adds a statement that must run outside any transaction.</summary>
    public void AddOutside(string sql) => Add(new SqlStatement(sql) { OutsideTransaction = true });
}
