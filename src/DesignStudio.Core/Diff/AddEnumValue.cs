using DesignStudio.Core.Model;

namespace DesignStudio.Core.Diff;

/// <summary>A value added to an enum; <paramref name="Before"/> is the existing value it precedes (null: appended).</summary>
public sealed record AddEnumValue(EnumType From, EnumType To, string Value, string? Before) : SchemaChange
{
    /// <summary>Removing an enum value is not possible in place; the inverse recreates the type (see <see cref="ReplaceEnum"/>).</summary>
    public override SchemaChange Inverse() => new ReplaceEnum(To, From);

    public override string Describe() => $"add value '{Value}' to enum {To.Name}";
}
