using DesignStudio.Core.Analysis.NormalForms.Apply;
using DesignStudio.Core.Analysis.NormalForms.Decompositions;
using Microsoft.AspNetCore.Components;

namespace DesignStudio.Web.Components.Pages.Designer.Normalization;

/// <summary>A decomposition proposal: its checks, a small preview of the new tables (keys and links) and an Apply button.</summary>
public partial class DecompositionProposal
{
    /// <summary>Heading, e.g. "3NF synthesis".</summary>
    [Parameter, EditorRequired] public string Title { get; set; } = "";

    /// <summary>The decomposition (lossless, preserved dependencies).</summary>
    [Parameter, EditorRequired] public Decomposition Decomposition { get; set; } = default!;

    /// <summary>The decomposition as operations on the design (new tables as they would be added).</summary>
    [Parameter, EditorRequired] public DecompositionApplication Application { get; set; } = default!;

    /// <summary>Whether editing is blocked.</summary>
    [Parameter] public bool Disabled { get; set; }

    /// <summary>Raised with the title and application when the user applies the proposal.</summary>
    [Parameter] public EventCallback<(string Title, DecompositionApplication Application)> OnApply { get; set; }
}
