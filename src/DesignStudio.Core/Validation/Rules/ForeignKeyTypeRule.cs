using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Validation.Rules;

/// <summary>
/// DS017: a foreign key column's type differs from the column it references. A different kind (int32 → int64), array
/// flag, enum, or decimal precision/scale is an error (MySQL refuses it; elsewhere joins convert on every row); a
/// different string length or time precision is a warning (values may not fit).
/// </summary>
internal sealed class ForeignKeyTypeRule : IDesignRule
{
    public void Check(ValidationContext context)
    {
        foreach (var t in context.Design.Tables)
        {
            foreach (var f in t.ForeignKeys)
            {
                if (context.Table(f.TargetTableId) is not { } target || f.ColumnIds.Count != f.TargetColumnIds.Count) continue;
                for (var i = 0; i < f.ColumnIds.Count; i++)
                {
                    if (t.FindColumn(f.ColumnIds[i]) is not { } from || target.FindColumn(f.TargetColumnIds[i]) is not { } to) continue;
                    if (Compare(from.Type, to.Type) is not { } severity) continue;
                    context.Report(ValidationCodes.ForeignKeyTypeMismatch, severity, DesignPaths.ForeignKey(t, f),
                        $"Column '{from.Name}' has type {from.Type} but references '{target.QualifiedName}.{to.Name}' of type {to.Type}.");
                }
            }
        }
    }

    private static Severity? Compare(LogicalType a, LogicalType b)
    {
        if (a.Kind != b.Kind || a.IsArray != b.IsArray) return Severity.Error;
        if (a.Kind == TypeKind.Enum && a.EnumId != b.EnumId) return Severity.Error;
        if (a.Kind == TypeKind.Decimal && (a.Precision != b.Precision || a.Scale != b.Scale)) return Severity.Error;
        if (a.Length != b.Length || a.Precision != b.Precision) return Severity.Warning;
        return null;
    }
}
