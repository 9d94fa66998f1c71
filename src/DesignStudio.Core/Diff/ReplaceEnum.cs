using DesignStudio.Core.Model;

namespace DesignStudio.Core.Diff;

/// <summary>
/// An enum whose values changed in a way no in-place statement can do (a value removed or reordered): the type is
/// recreated and the columns using it are converted through text. Rows holding a removed value make it fail.
/// </summary>
public sealed record ReplaceEnum(EnumType From, EnumType To) : SchemaChange
{
    public override SchemaChange Inverse() => new ReplaceEnum(To, From);

    public override bool IsLossy => From.Values.Any(v => !To.Values.Contains(v));

    public override string Describe() => $"recreate enum {To.Name} with values ({string.Join(", ", To.Values)})";
}
