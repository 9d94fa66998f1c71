using DesignStudio.Core.Model;

namespace DesignStudio.Core.Diff;

/// <summary>
/// A table recreated from <paramref name="From"/> to <paramref name="To"/> with its rows copied column by column id:
/// how SQLite does what ALTER TABLE cannot. <paramref name="Causes"/> are the changes it stands for.
/// </summary>
public sealed record RebuildTable(Table From, Table To, IReadOnlyList<SchemaChange> Causes) : TableChange(From, To)
{
    public override SchemaChange Inverse() => new RebuildTable(To, From, Causes.Select(c => c.Inverse()).ToList());

    public override bool IsLossy => Causes.Any(c => c.IsLossy);

    public override string Describe() => $"rebuild table {To.Name} ({string.Join("; ", Causes.Select(c => c.Describe()))})";
}
