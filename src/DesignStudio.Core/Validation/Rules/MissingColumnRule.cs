using DesignStudio.Core.Model;

namespace DesignStudio.Core.Validation.Rules;

/// <summary>
/// DS010: a key, constraint, index, functional dependency or the updated-at feature names a column id its table does
/// not have; or a foreign key names target column ids the target table does not have.
/// </summary>
internal sealed class MissingColumnRule : IDesignRule
{
    public void Check(ValidationContext context)
    {
        foreach (var t in context.Design.Tables)
        {
            if (t.PrimaryKey is { } pk) Expect(context, t, pk.ColumnIds, DesignPaths.PrimaryKey(t), "primary key");
            foreach (var u in t.Uniques) Expect(context, t, u.ColumnIds, DesignPaths.Unique(t, u), "unique constraint");
            foreach (var f in t.ForeignKeys)
            {
                Expect(context, t, f.ColumnIds, DesignPaths.ForeignKey(t, f), "foreign key");
                if (context.Table(f.TargetTableId) is { } target)
                {
                    Expect(context, target, f.TargetColumnIds, DesignPaths.ForeignKey(t, f), "foreign key target");
                }
            }
            foreach (var i in t.Indexes)
            {
                Expect(context, t, i.Parts.Where(p => p.ColumnId is not null).Select(p => p.ColumnId!), DesignPaths.Index(t, i), "index");
                Expect(context, t, i.IncludeColumnIds, DesignPaths.Index(t, i), "index INCLUDE list");
            }
            foreach (var fd in t.FunctionalDependencies)
            {
                Expect(context, t, fd.DeterminantIds.Concat(fd.DependentIds), DesignPaths.Dependency(t, fd), "functional dependency");
            }
            if (t.Features.UpdatedAtColumnId is { } updatedAt)
            {
                Expect(context, t, [updatedAt], DesignPaths.UpdatedAt(t), "updated-at feature");
            }
        }
    }

    private static void Expect(ValidationContext context, Table table, IEnumerable<string> columnIds, string path, string what)
    {
        foreach (var id in columnIds)
        {
            if (table.FindColumn(id) is null)
            {
                context.Error(ValidationCodes.MissingColumn, path, $"The {what} refers to column id '{id}', which table '{table.QualifiedName}' does not have.");
            }
        }
    }
}
