using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace DesignStudio.Engines.Tests.Ddl;

/// <summary>What ScriptDom parsed out of a SQL Server script: tables with their column names, and statement counts.</summary>
public sealed class SqlServerScriptShape : TSqlFragmentVisitor
{
    /// <summary>Table name → column names, as ScriptDom resolved the bracketed identifiers.</summary>
    public Dictionary<string, List<string>> Tables { get; } = new(StringComparer.Ordinal);

    /// <summary>Index names of CREATE INDEX statements.</summary>
    public List<string> Indexes { get; } = [];

    /// <summary>Number of CREATE TRIGGER statements.</summary>
    public int Triggers { get; private set; }

    /// <summary>Number of ALTER TABLE ... ADD CONSTRAINT statements.</summary>
    public int AddedConstraints { get; private set; }

    /// <inheritdoc />
    public override void ExplicitVisit(CreateTableStatement node)
    {
        Tables[node.SchemaObjectName.BaseIdentifier.Value] = node.Definition.ColumnDefinitions.Select(c => c.ColumnIdentifier.Value).ToList();
        base.ExplicitVisit(node);
    }

    /// <inheritdoc />
    public override void ExplicitVisit(CreateIndexStatement node)
    {
        Indexes.Add(node.Name.Value);
        base.ExplicitVisit(node);
    }

    /// <inheritdoc />
    public override void ExplicitVisit(CreateTriggerStatement node)
    {
        Triggers++;
        base.ExplicitVisit(node);
    }

    /// <inheritdoc />
    public override void ExplicitVisit(AlterTableAddTableElementStatement node)
    {
        AddedConstraints += node.Definition.TableConstraints.Count;
        base.ExplicitVisit(node);
    }
}
