using System.Text.RegularExpressions;
using DesignStudio.Core.Model;
using static DesignStudio.Core.Operations.OperationDiagnostics;

namespace DesignStudio.Core.Operations;

/// <summary>Changes the colour of a subject area.</summary>
/// <param name="AreaId">The area.</param>
/// <param name="Color">
/// A CSS colour such as <c>#4caf50</c>, <c>teal</c> or <c>rgb(76, 175, 80)</c>: letters, digits, spaces and <c>#(),.%-</c>
/// only, so it cannot break out of a style attribute or an SVG file.
/// </param>
public sealed partial record RecolorSubjectArea(string AreaId, string Color) : DesignOperation
{
    /// <summary>Whether <paramref name="color"/> is a colour this operation accepts.</summary>
    public static bool IsValidColor(string? color) => color is not null && SafeColor().IsMatch(color);

    /// <inheritdoc />
    public override OperationResult Apply(Design design)
    {
        var at = design.Areas.FindIndex(a => a.Id == AreaId);
        if (at < 0) return OperationResult.Refused(Missing("areas/" + AreaId, "subject area", AreaId));
        var area = design.Areas[at];
        if (!IsValidColor(Color))
        {
            return OperationResult.Refused(Error(InvalidColor, "areas/" + area.Name + "/color", $"'{Color}' is not a colour such as #4caf50."));
        }
        var next = design with { Areas = design.Areas.SetItem(at, area with { Color = Color }) };
        return OperationResult.Applied(next, new RecolorSubjectArea(AreaId, area.Color));
    }

    [GeneratedRegex(@"^[#A-Za-z0-9(),.% -]{1,64}$")]
    private static partial Regex SafeColor();
}
