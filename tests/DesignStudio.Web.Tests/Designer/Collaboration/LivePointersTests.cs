using Blazor.Diagrams;
using Bunit;
using DesignStudio.Web.Collaboration;
using DesignStudio.Web.Components.Pages.Designer.Collaboration;

namespace DesignStudio.Web.Tests.Designer.Collaboration;

public class LivePointersTests : StudioTestContext
{
    private static readonly Collaborator Ana = new("ana-id", "Ana", "#e53935");

    private IRenderedComponent<LivePointers> Render(BlazorDiagram diagram, params PresenceEntry[] presence) =>
        Render<LivePointers>(p => p.AddCascadingValue(diagram).Add(x => x.ProjectId, Guid.NewGuid()).Add(x => x.ClientId, "me")
            .Add(x => x.Presence, presence));

    [Fact]
    public void Another_pages_pointer_is_drawn_with_its_name_and_colour_through_this_viewers_pan_and_zoom()
    {
        var diagram = new BlazorDiagram();
        diagram.SetZoom(2);
        diagram.SetPan(10, 20);
        var pointers = Render(diagram, new PresenceEntry("ana-page", Ana, null));

        pointers.Instance.Show(new DesignSessionEvent.PointerMoved("ana-page", Ana, new DiagramPoint(100, 50)));

        var pointer = pointers.WaitForElement("[role=img][aria-label=\"Ana's pointer\"]");
        Assert.Equal("Ana", pointer.QuerySelector(".ds-live-pointer-name")!.TextContent);
        Assert.Contains("translate(210px, 120px)", pointer.GetAttribute("style"));
        Assert.Contains("#e53935", pointer.GetAttribute("style"));
    }

    [Fact]
    public void A_pointer_moving_before_the_canvas_reports_its_size_is_ignored_instead_of_ending_the_circuit()
    {
        var diagram = new BlazorDiagram();
        Render(diagram).Render(p => p.Add(x => x.Send, true));
        Assert.Null(diagram.Container);

        diagram.TriggerPointerMove(null, new Blazor.Diagrams.Core.Events.PointerEventArgs(50, 60, 0, 0, false, false, false, 1, 1, 1, 0.5f, 0, 0, "mouse", true));
    }

    [Fact]
    public void A_pointer_goes_when_it_leaves_the_canvas_or_its_page_leaves_the_design()
    {
        var diagram = new BlazorDiagram();
        var pointers = Render(diagram, new PresenceEntry("ana-page", Ana, null));
        pointers.Instance.Show(new DesignSessionEvent.PointerMoved("ana-page", Ana, new DiagramPoint(1, 1)));
        pointers.WaitForElement(".ds-live-pointer");

        pointers.Instance.Show(new DesignSessionEvent.PointerMoved("ana-page", Ana, null));
        pointers.WaitForAssertion(() => Assert.Empty(pointers.FindAll(".ds-live-pointer")));

        pointers.Instance.Show(new DesignSessionEvent.PointerMoved("ana-page", Ana, new DiagramPoint(1, 1)));
        pointers.WaitForElement(".ds-live-pointer");
        pointers.Render(p => p.Add(x => x.Presence, []));
        Assert.Empty(pointers.FindAll(".ds-live-pointer"));
    }
}
