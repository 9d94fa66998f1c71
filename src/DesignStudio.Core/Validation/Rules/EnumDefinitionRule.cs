namespace DesignStudio.Core.Validation.Rules;

/// <summary>DS013: an enum with no values (no value could ever be stored) or with a repeated value.</summary>
internal sealed class EnumDefinitionRule : IDesignRule
{
    public void Check(ValidationContext context)
    {
        foreach (var e in context.Design.Enums)
        {
            if (e.Values.Count == 0)
            {
                context.Error(ValidationCodes.InvalidEnum, DesignPaths.Enum(e), $"Enum '{e.Name}' has no values.");
                continue;
            }
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var v in e.Values)
            {
                if (!seen.Add(v)) context.Error(ValidationCodes.InvalidEnum, DesignPaths.Enum(e), $"Enum '{e.Name}' lists the value '{v}' more than once.");
            }
        }
    }
}
