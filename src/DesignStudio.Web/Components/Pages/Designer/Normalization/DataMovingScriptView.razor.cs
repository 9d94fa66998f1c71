using DesignStudio.Core.Analysis.NormalForms.Apply;
using DesignStudio.Core.Dialects;
using Microsoft.AspNetCore.Components;

namespace DesignStudio.Web.Components.Pages.Designer.Normalization;

/// <summary>
/// The data-moving script of an applied decomposition (rename aside, <c>INSERT ... SELECT DISTINCT</c>, drop) with a
/// picker for the dialect it is written in; the script is rebuilt, quoted for that dialect, on each change.
/// </summary>
public partial class DataMovingScriptView
{
    private const string PreStyle = "white-space:pre-wrap;font-size:12px;margin:4px 0 0 0";
    private string? chosen;
    private (DecompositionApplication Application, string Dialect, DataMovingScript Script)? cached;

    /// <summary>Name of the applied proposal, e.g. "3NF synthesis".</summary>
    [Parameter, EditorRequired] public string Title { get; set; } = "";

    /// <summary>The applied decomposition (it keeps the original table and the new tables the script needs).</summary>
    [Parameter, EditorRequired] public DecompositionApplication Application { get; set; } = default!;

    /// <summary>Dialect shown first (a <see cref="DialectNames"/> name); the user can pick another.</summary>
    [Parameter] public string Dialect { get; set; } = DialectNames.PostgreSql;

    private SqlDialect Selected =>
        DialectRegistry.TryGet(chosen ?? Dialect) ?? DialectRegistry.Get(DialectNames.PostgreSql);

    private DataMovingScript Script
    {
        get
        {
            var dialect = Selected;
            if (cached is not { } c || !ReferenceEquals(c.Application, Application) || c.Dialect != dialect.Name)
            {
                cached = c = (Application, dialect.Name, Application.Script(dialect));
            }
            return c.Script;
        }
    }

    private string Text(IReadOnlyList<SqlStatement> statements) => new DdlScript(Selected.Name, statements, []).ToText();
}
