using DesignStudio.Core.Model;

namespace DesignStudio.Core.Validation.Rules;

/// <summary>DS012: an enum-typed column without an enum id, or with one the design does not have.</summary>
internal sealed class MissingEnumRule : IDesignRule
{
    public void Check(ValidationContext context)
    {
        foreach (var t in context.Design.Tables)
        {
            foreach (var c in t.Columns)
            {
                if (c.Type.Kind != TypeKind.Enum) continue;
                if (string.IsNullOrEmpty(c.Type.EnumId))
                {
                    context.Error(ValidationCodes.MissingEnum, DesignPaths.Column(t, c), "The column has type enum but names no enum.");
                }
                else if (context.Design.FindEnum(c.Type.EnumId) is null)
                {
                    context.Error(ValidationCodes.MissingEnum, DesignPaths.Column(t, c), $"The column refers to enum id '{c.Type.EnumId}', which the design does not have.");
                }
            }
        }
    }
}
