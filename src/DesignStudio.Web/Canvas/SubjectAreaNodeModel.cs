using Blazor.Diagrams.Core.Geometry;
using Blazor.Diagrams.Core.Models;
using DesignStudio.Core.Model;

namespace DesignStudio.Web.Canvas;

/// <summary>
/// A subject area on the canvas: a coloured rectangle behind its tables whose bounds follow them. Dragging it moves the
/// member tables along (their new positions become one move operation on pointer up, like any multi-table drag).
/// </summary>
public sealed class SubjectAreaNodeModel : NodeModel
{
    /// <summary>Space between the member tables and the area's edge.</summary>
    public const double Padding = 24;

    /// <summary>Height of the label strip above the member tables.</summary>
    public const double LabelHeight = 28;

    private readonly List<TableNodeModel> members = [];

    /// <summary>Creates the node of <paramref name="area"/>.</summary>
    public SubjectAreaNodeModel(SubjectArea area) : base("area/" + area.Id)
    {
        Area = area;
        ControlledSize = true;
    }

    /// <summary>The area's id.</summary>
    public string AreaId => Area.Id;

    /// <summary>The area as last projected.</summary>
    public SubjectArea Area { get; private set; }

    /// <summary>The member tables' nodes (members without a node are skipped).</summary>
    public IReadOnlyList<TableNodeModel> Members => members;

    /// <summary>Takes the area's name, colour and members; returns whether anything shown changed.</summary>
    public bool Update(SubjectArea area, IReadOnlyList<TableNodeModel> nodes)
    {
        var changed = area != Area || !members.SequenceEqual(nodes);
        Area = area;
        foreach (var m in members) m.Moving -= OnMemberMoving;
        members.Clear();
        members.AddRange(nodes);
        foreach (var m in members) m.Moving += OnMemberMoving;
        Title = area.Name;
        return UpdateBounds() || changed;
    }

    /// <summary>Stops following the member tables (the area was removed).</summary>
    public void Detach()
    {
        foreach (var m in members) m.Moving -= OnMemberMoving;
        members.Clear();
    }

    /// <summary>The rectangle around the members plus padding and label; null when the area has no drawn member.</summary>
    public static Rectangle? BoundsOf(IEnumerable<TableNodeModel> nodes)
    {
        double left = double.MaxValue, top = double.MaxValue, right = double.MinValue, bottom = double.MinValue;
        var any = false;
        foreach (var n in nodes)
        {
            if (n.Size is not { } size) continue;
            any = true;
            left = Math.Min(left, n.Position.X);
            top = Math.Min(top, n.Position.Y);
            right = Math.Max(right, n.Position.X + size.Width);
            bottom = Math.Max(bottom, n.Position.Y + size.Height);
        }
        return any ? new Rectangle(left - Padding, top - Padding - LabelHeight, right + Padding, bottom + Padding) : null;
    }

    /// <summary>Recomputes position and size from the members; returns whether they changed.</summary>
    public bool UpdateBounds()
    {
        var bounds = BoundsOf(members) ?? new Rectangle(Position.X, Position.Y, Position.X + 160, Position.Y + 80);
        var size = new Size(bounds.Width, bounds.Height);
        var changed = Position.X != bounds.Left || Position.Y != bounds.Top || Size is null || !Size.Equals(size);
        Position = new Point(bounds.Left, bounds.Top);
        Size = size;
        return changed;
    }

    /// <summary>Moving the area moves its member tables by the same amount (those also selected move themselves).</summary>
    public override void SetPosition(double x, double y)
    {
        var dx = x - Position.X;
        var dy = y - Position.Y;
        base.SetPosition(x, y);
        foreach (var m in members)
        {
            if (m.Selected) continue;
            m.Moving -= OnMemberMoving;
            m.SetPosition(m.Position.X + dx, m.Position.Y + dy);
            m.Moving += OnMemberMoving;
        }
    }

    private void OnMemberMoving(NodeModel node)
    {
        if (UpdateBounds()) Refresh();
    }
}
