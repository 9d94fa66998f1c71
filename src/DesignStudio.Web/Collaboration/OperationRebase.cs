using DesignStudio.Core.Model;
using DesignStudio.Core.Operations;

namespace DesignStudio.Web.Collaboration;

/// <summary>
/// The rebase rules of live co-editing. Operations address objects by stable id, so edits of different objects apply
/// as they are. A column edit carries the whole column, so it is narrowed to the fields its author changed (compared
/// with the design the author saw), keeping fields others changed meanwhile. <see cref="FieldsOf"/> names the fields an
/// operation sets, to tell an earlier author when a later edit overwrote theirs.
/// </summary>
internal static class OperationRebase
{
    /// <summary>One field an operation sets: a key for comparison and words for the message.</summary>
    public readonly record struct EditedField(string Key, string Description);

    /// <summary>
    /// <paramref name="operation"/> made on <paramref name="seen"/> (the design its author saw), rewritten to apply to
    /// <paramref name="current"/> without undoing other people's changes to other fields.
    /// </summary>
    public static DesignOperation Rebase(DesignOperation operation, Design seen, Design current) => operation switch
    {
        UpdateColumn u when seen.FindTable(u.TableId)?.FindColumn(u.Column.Id) is { } before
                            && current.FindTable(u.TableId)?.FindColumn(u.Column.Id) is { } now
            => u with { Column = Merge(before, u.Column, now) },
        CompositeOperation c => c with { Steps = c.Steps.Select(s => Rebase(s, seen, current)).ToValueList() },
        _ => operation,
    };

    /// <summary><paramref name="now"/> with the fields that differ between <paramref name="before"/> and <paramref name="mine"/> taken from mine.</summary>
    public static Column Merge(Column before, Column mine, Column now) => now with
    {
        Name = Pick(before.Name, mine.Name, now.Name),
        Type = Pick(before.Type, mine.Type, now.Type),
        Nullable = Pick(before.Nullable, mine.Nullable, now.Nullable),
        Default = Pick(before.Default, mine.Default, now.Default),
        Identity = Pick(before.Identity, mine.Identity, now.Identity),
        Comment = Pick(before.Comment, mine.Comment, now.Comment),
        NativeTypes = Pick(before.NativeTypes, mine.NativeTypes, now.NativeTypes),
        DistinctEstimate = Pick(before.DistinctEstimate, mine.DistinctEstimate, now.DistinctEstimate),
        NullFraction = Pick(before.NullFraction, mine.NullFraction, now.NullFraction),
    };

    private static T Pick<T>(T before, T mine, T now) => EqualityComparer<T>.Default.Equals(before, mine) ? now : mine;

    /// <summary>The fields <paramref name="operation"/> sets when applied to <paramref name="before"/>.</summary>
    public static IReadOnlyList<EditedField> FieldsOf(DesignOperation operation, Design before)
    {
        var fields = new List<EditedField>();
        Collect(operation, before, fields);
        return fields;
    }

    private static void Collect(DesignOperation operation, Design before, List<EditedField> fields)
    {
        string TableName(string id) => before.FindTable(id)?.QualifiedName ?? id;
        switch (operation)
        {
            case RenameTable r:
                fields.Add(new("table/" + r.TableId + "/name", $"the name of table {TableName(r.TableId)}"));
                break;
            case SetTableComment c:
                fields.Add(new("table/" + c.TableId + "/comment", $"the comment of table {TableName(c.TableId)}"));
                break;
            case MoveTable m:
                fields.Add(new("table/" + m.TableId + "/position", $"the position of table {TableName(m.TableId)}"));
                break;
            case SetTableFeatures f:
                fields.Add(new("table/" + f.TableId + "/features", $"the features of table {TableName(f.TableId)}"));
                break;
            case SetPrimaryKey k:
                fields.Add(new("table/" + k.TableId + "/primaryKey", $"the primary key of table {TableName(k.TableId)}"));
                break;
            case ReorderColumn o:
                fields.Add(new("table/" + o.TableId + "/order", $"the column order of table {TableName(o.TableId)}"));
                break;
            case SetSubjectAreaTables a:
                fields.Add(new("area/" + a.AreaId + "/tables", "the tables of a subject area"));
                break;
            case UpdateColumn u:
                var old = before.FindTable(u.TableId)?.FindColumn(u.Column.Id);
                var where = $"{TableName(u.TableId)}.{old?.Name ?? u.Column.Name}";
                void Field<T>(string name, T a, T b)
                {
                    if (old is null || !EqualityComparer<T>.Default.Equals(a, b)) fields.Add(new($"column/{u.TableId}/{u.Column.Id}/{name}", $"the {name} of column {where}"));
                }
                Field("name", old?.Name, u.Column.Name);
                Field("type", old?.Type, u.Column.Type);
                Field("nullability", old?.Nullable, u.Column.Nullable);
                Field("default", old?.Default, u.Column.Default);
                Field("identity", old?.Identity, u.Column.Identity);
                Field("comment", old?.Comment, u.Column.Comment);
                Field("native types", old?.NativeTypes, u.Column.NativeTypes);
                Field("distinct estimate", old?.DistinctEstimate, u.Column.DistinctEstimate);
                Field("null fraction", old?.NullFraction, u.Column.NullFraction);
                break;
            case CompositeOperation c:
                foreach (var step in c.Steps) Collect(step, before, fields);
                break;
        }
    }
}
