using DesignStudio.Core.Model;

namespace DesignStudio.Core.Diff;

/// <summary>
/// The same constraint or index (same id, same definition) whose effective name changed: renamed explicitly, or its
/// derived name moved with a renamed table or column.
/// </summary>
public sealed record RenameConstraint(Table From, Table To, ConstraintKind Kind, string ObjectId, string FromName, string ToName)
    : TableChange(From, To)
{
    public override SchemaChange Inverse() => new RenameConstraint(To, From, Kind, ObjectId, ToName, FromName);

    public override string Describe() => $"rename {Kind} {FromName} to {ToName} on {To.Name}";
}
