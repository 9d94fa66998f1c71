using DesignStudio.Core.Diff;
using DesignStudio.Core.Migrations;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Analysis.MigrationSafety;

/// <summary>MG003: a type change that rewrites every row (and SQLite table rebuilds) under an exclusive lock.</summary>
public sealed class TableRewriteCheck : MigrationSafetyCheck
{
    public override string Code => "MG003";

    public override string Title => "Type change rewrites the table";

    public override string Explanation => "Changing a column type (other than widening varchar, varchar to text or raising numeric precision) rewrites every row and its indexes while holding an ACCESS EXCLUSIVE lock.";

    public override string Fix => "Add a new column, backfill it in batches, switch readers and writers, then drop the old column.";

    public override IEnumerable<string> Inspect(MigrationStep step, MigrationSafetyContext context)
    {
        switch (step.Change)
        {
            case AlterColumn a when a.Changes.HasFlag(ColumnChanges.Type) && context.Exists(a.To) && Rewrites(a.FromColumn.Type, a.ToColumn.Type):
                yield return $"{a.To.Name}.{a.ToColumn.Name} changes from {a.FromColumn.Type} to {a.ToColumn.Type}.";
                break;
            case RebuildTable r when context.Exists(r.To):
                yield return $"{r.To.Name} is copied into a new table.";
                break;
        }
    }

    /// <summary>False for the changes PostgreSQL makes in the catalog only (binary-coercible widening).</summary>
    public static bool Rewrites(LogicalType from, LogicalType to)
    {
        if (from.IsArray != to.IsArray) return true;
        if (from.Kind is TypeKind.Varchar or TypeKind.Text && to.Kind == TypeKind.Text) return false;
        if (from.Kind == TypeKind.Varchar && to.Kind == TypeKind.Varchar) return to.Length is { } n && from.Length is { } m ? n < m : to.Length is not null;
        if (from.Kind == TypeKind.Decimal && to.Kind == TypeKind.Decimal) return from.Scale != to.Scale || (to.Precision ?? int.MaxValue) < (from.Precision ?? int.MaxValue);
        return from != to;
    }
}
