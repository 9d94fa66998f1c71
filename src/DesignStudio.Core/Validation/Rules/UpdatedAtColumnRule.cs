using DesignStudio.Core.Model;

namespace DesignStudio.Core.Validation.Rules;

/// <summary>DS020: the "keep updated_at current" feature names a column that is not a timestamp (with or without time zone).</summary>
internal sealed class UpdatedAtColumnRule : IDesignRule
{
    public void Check(ValidationContext context)
    {
        foreach (var t in context.Design.Tables)
        {
            if (t.Features.UpdatedAtColumnId is not { } id || t.FindColumn(id) is not { } column) continue;
            if (column.Type.Kind is TypeKind.Timestamp or TypeKind.TimestampTz && !column.Type.IsArray) continue;
            context.Error(ValidationCodes.UpdatedAtNotTimestamp, DesignPaths.UpdatedAt(t),
                $"The updated-at feature needs a timestamp column, but '{column.Name}' has type {column.Type}.");
        }
    }
}
