using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Dialects;

namespace DesignStudio.Core.Migrations;

/// <summary>
/// A planned migration: the ordered steps, the up script and the down script (planned from the inverse changes).
/// When lossy steps were refused, <see cref="Refused"/> is true, the scripts are empty and diagnostics name the steps.
/// </summary>
public sealed record MigrationPlan(string Dialect, IReadOnlyList<MigrationStep> Steps, DdlScript Up, DdlScript Down,
    IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Header)
{
    /// <summary>True when the planner refused to write the scripts (lossy steps without AllowDataLoss).</summary>
    public bool Refused => Diagnostics.Any(d => d.Code == MigrationCodes.DataLossNeedsConfirmation);

    /// <summary>True when the two versions have the same schema.</summary>
    public bool IsEmpty => Steps.Count == 0;

    /// <summary>The up script as text.</summary>
    public string UpText() => Text(Up);

    /// <summary>The down script as text.</summary>
    public string DownText() => Text(Down);

    private string Text(DdlScript script) =>
        string.Concat(Header.Select(h => "-- " + h + "\n")) + (Header.Count > 0 ? "\n" : "") + script.ToText();
}
