using DesignStudio.Core.Model;

namespace DesignStudio.Core.Diff;

/// <summary>The comment of an enum type changed.</summary>
public sealed record ChangeEnumComment(EnumType From, EnumType To) : SchemaChange
{
    public override SchemaChange Inverse() => new ChangeEnumComment(To, From);

    public override string Describe() => $"change comment of enum {To.Name}";
}
