using DesignStudio.Core.Analysis.Lint;
using Microsoft.AspNetCore.Components;

namespace DesignStudio.Web.Components.Pages.Designer.Lint;

/// <summary>Edits the naming conventions the lint checks for the design (stored in it).</summary>
public partial class NamingConventionsEditor
{
    private NamingConventions? shown;
    private IdentifierCase caseValue;
    private TableNameNumber number;
    private bool requirePrefixes;
    private string? pk, fk, uq, ix, ck;

    /// <summary>The design's conventions; null means the defaults.</summary>
    [Parameter] public NamingConventions? Conventions { get; set; }

    /// <summary>Whether editing is blocked.</summary>
    [Parameter] public bool Disabled { get; set; }

    /// <summary>Called with the edited conventions, or null to go back to the defaults.</summary>
    [Parameter] public EventCallback<NamingConventions?> OnSave { get; set; }

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        if (shown is not null && shown == (Conventions ?? NamingConventions.Default)) return;
        shown = Conventions ?? NamingConventions.Default;
        (caseValue, number, requirePrefixes) = (shown.Case, shown.TableNames, shown.RequirePrefixes);
        (pk, fk, uq, ix, ck) = (shown.PrimaryKeyPrefix, shown.ForeignKeyPrefix, shown.UniquePrefix, shown.IndexPrefix, shown.CheckPrefix);
    }

    internal static string CaseLabel(IdentifierCase c) => c switch
    {
        IdentifierCase.Inferred => "Inferred from the design",
        IdentifierCase.SnakeCase => "snake_case",
        IdentifierCase.PascalCase => "PascalCase",
        IdentifierCase.CamelCase => "camelCase",
        _ => "Any (no check)",
    };

    internal static string NumberLabel(TableNameNumber n) => n switch
    {
        TableNameNumber.Inferred => "Inferred from the design",
        TableNameNumber.Singular => "Singular",
        TableNameNumber.Plural => "Plural",
        _ => "Any (no check)",
    };

    private Task SaveAsync() => OnSave.InvokeAsync(new NamingConventions
    {
        Case = caseValue, TableNames = number, RequirePrefixes = requirePrefixes,
        PrimaryKeyPrefix = pk ?? "", ForeignKeyPrefix = fk ?? "", UniquePrefix = uq ?? "", IndexPrefix = ix ?? "", CheckPrefix = ck ?? "",
    });

    private Task ResetAsync() => OnSave.InvokeAsync(null);
}
