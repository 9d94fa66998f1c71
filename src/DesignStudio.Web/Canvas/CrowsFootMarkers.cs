using Blazor.Diagrams.Core.Models;

namespace DesignStudio.Web.Canvas;

/// <summary>
/// Crow's-foot link ends as SVG paths. The library draws a marker from x = 0 (towards the line) to x = width (at the
/// port), rotated along the link, and fills it, so strokes are drawn as thin closed shapes.
/// </summary>
public static class CrowsFootMarkers
{
    private const string Spine = "M 0 -0.8 L 16 -0.8 L 16 0.8 L 0 0.8 z ";
    private const string BarNearEnd = "M 12 -7 L 13.6 -7 L 13.6 7 L 12 7 z ";
    private const string BarInside = "M 6 -7 L 7.6 -7 L 7.6 7 L 6 7 z ";
    private const string Fan = "M 9 -0.8 L 16 -7 L 16 -5 L 11 0 L 16 5 L 16 7 L 9 0.8 z ";
    // A ring: outer circle clockwise, inner counter-clockwise, so the non-zero fill leaves a hole.
    private const string Ring = "M 0 0 a 4 4 0 1 0 8 0 a 4 4 0 1 0 -8 0 z M 1.6 0 a 2.4 2.4 0 1 1 4.8 0 a 2.4 2.4 0 1 1 -4.8 0 z ";

    /// <summary>Exactly one (mandatory parent): two bars.</summary>
    public static LinkMarker ExactlyOne { get; } = new(Spine + BarInside + BarNearEnd, 16);

    /// <summary>Zero or one (optional parent): ring and bar.</summary>
    public static LinkMarker ZeroOrOne { get; } = new(Spine + Ring + BarNearEnd, 16);

    /// <summary>Zero or many children: ring and crow's foot.</summary>
    public static LinkMarker Many { get; } = new(Spine + Ring + Fan, 16);

    /// <summary>One child at most (unique foreign key): a single bar near the end with a ring.</summary>
    public static LinkMarker ZeroOrOneChild { get; } = new(Spine + Ring + BarNearEnd, 16);

    /// <summary>
    /// The shapes as SVG definitions (id and path), drawn once per canvas (<see cref="CrowsFootDefinitions"/>) and used by
    /// every link end: a link then sends a 20-byte reference instead of its ends' paths.
    /// </summary>
    public static IReadOnlyList<(string Id, string Path)> Definitions { get; } =
    [
        ("ds-cf-one", ExactlyOne.Path),
        ("ds-cf-zero-or-one", ZeroOrOne.Path),
        ("ds-cf-many", Many.Path),
    ];

    /// <summary>The definition id of <paramref name="marker"/>'s shape, or null for a marker of another kind.</summary>
    public static string? SymbolId(LinkMarker marker) =>
        Definitions.FirstOrDefault(d => d.Path == marker.Path).Id;

    /// <summary>The marker at the referenced (parent) end.</summary>
    public static LinkMarker ParentEnd(Cardinality c) => c.ParentOptional ? ZeroOrOne : ExactlyOne;

    /// <summary>The marker at the referencing (child) end.</summary>
    public static LinkMarker ChildEnd(Cardinality c) => c.ManyChildren ? Many : ZeroOrOneChild;
}
