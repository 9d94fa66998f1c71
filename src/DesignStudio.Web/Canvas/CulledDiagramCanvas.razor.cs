using System.Globalization;
using Blazor.Diagrams.Components;
using Blazor.Diagrams.Extensions;
using Microsoft.AspNetCore.Components.Web;

namespace DesignStudio.Web.Canvas;

/// <summary>
/// Z.Blazor.Diagrams' <see cref="DiagramCanvas"/> (same DOM, events, size observation and re-render rule: it renders
/// again when the diagram refreshes) with one difference: it loops over the visible models only. The library gives every
/// node and link a renderer component even when it is hidden (the renderer then draws nothing), so a virtualized design
/// of 300 tables and 600 links still created and diffed 900 components at every refresh. Hidden models stay in the
/// diagram (links, selection, zoom to fit and the minimap still see them); <see cref="CanvasVirtualizer"/> decides what
/// is visible and the diagram refreshes after every change of view, which re-renders this layer.
/// </summary>
public partial class CulledDiagramCanvas : DiagramCanvas
{
    private string LayerStyle(int order) => string.Create(CultureInfo.InvariantCulture,
        $"transform: translate({BlazorDiagram.Pan.X}px, {BlazorDiagram.Pan.Y}px) scale({BlazorDiagram.Zoom}); z-index: {order};");

    private void OnCanvasPointerDown(PointerEventArgs e) => BlazorDiagram.TriggerPointerDown(null, e.ToCore());

    private void OnCanvasPointerMove(PointerEventArgs e) => BlazorDiagram.TriggerPointerMove(null, e.ToCore());

    private void OnCanvasPointerUp(PointerEventArgs e) => BlazorDiagram.TriggerPointerUp(null, e.ToCore());

    private void OnCanvasKeyDown(KeyboardEventArgs e) => BlazorDiagram.TriggerKeyDown(e.ToCore());

    private void OnCanvasWheel(WheelEventArgs e) => BlazorDiagram.TriggerWheel(e.ToCore());
}
