namespace DesignStudio.Core.Model;

/// <summary>
/// Tells a change of the diagram's layout apart from a change of the schema. Table positions (with their collapse
/// flag) and sticky-note positions and sizes only place things on the canvas: validation, lint, normal forms and DDL
/// of two designs that differ only there are the same, so views can keep what they computed for the earlier one.
/// </summary>
public static class LayoutChange
{
    /// <summary>
    /// True when <paramref name="after"/> equals <paramref name="before"/> except for table positions and sticky-note
    /// positions and sizes (same tables in the same order, same columns, constraints, areas, note texts, ...).
    /// </summary>
    public static bool IsLayoutOnly(Design before, Design after)
    {
        if (ReferenceEquals(before, after)) return true;
        if (before.Tables.Count != after.Tables.Count || before.Notes.Count != after.Notes.Count) return false;
        // Everything but the two layout-bearing lists (record equality; unchanged members are the same instances).
        if (before with { Tables = after.Tables, Notes = after.Notes } != after) return false;
        for (var i = 0; i < before.Tables.Count; i++)
        {
            var (a, b) = (before.Tables[i], after.Tables[i]);
            if (!ReferenceEquals(a, b) && a with { Position = b.Position } != b) return false;
        }
        for (var i = 0; i < before.Notes.Count; i++)
        {
            var (a, b) = (before.Notes[i], after.Notes[i]);
            if (!ReferenceEquals(a, b) && a with { Position = b.Position, Width = b.Width, Height = b.Height } != b) return false;
        }
        return true;
    }
}
