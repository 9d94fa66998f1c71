namespace DesignStudio.Core.Validation.Rules;

/// <summary>DS006: an empty or all-white-space name (a missing optional name is fine: the generator derives one).</summary>
internal sealed class EmptyIdentifierRule : IDesignRule
{
    public void Check(ValidationContext context)
    {
        foreach (var (name, path, what) in DesignIdentifiers.All(context.Design))
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                context.Error(ValidationCodes.EmptyIdentifier, path, name.Length == 0 ? $"The {what} is empty." : $"The {what} is only white space.");
            }
        }
    }
}
