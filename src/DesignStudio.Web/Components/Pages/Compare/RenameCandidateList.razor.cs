using DesignStudio.Core.Diff;
using DesignStudio.Web.Services.SchemaCompare;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace DesignStudio.Web.Components.Pages.Compare;

/// <summary>The rename candidates of a schema comparison, each with its reason, confirmed or rejected one by one.</summary>
public partial class RenameCandidateList
{
    /// <summary>The comparison whose candidates and decisions are shown.</summary>
    [Parameter, EditorRequired] public SchemaComparison Comparison { get; set; } = null!;

    /// <summary>Raised with a candidate and the decision asked for (true confirm, false reject).</summary>
    [Parameter] public EventCallback<(RenameCandidate Candidate, bool Confirmed)> OnDecide { get; set; }

    /// <summary>The candidate as read out: <c>customer to client</c>, or <c>users.display_name to nickname</c>.</summary>
    public static string Describe(RenameCandidate candidate) => candidate.Kind == RenameKind.Table
        ? $"{candidate.OldName} to {candidate.NewName}"
        : $"{candidate.TableName}.{candidate.OldName} to {candidate.NewName}";

    private static string State(bool? decision) => decision switch
    {
        true => "confirmed",
        false => "rejected",
        _ => "open",
    };

    private static Color ChipColor(bool? decision) => decision switch
    {
        true => Color.Success,
        false => Color.Error,
        _ => Color.Default,
    };
}
