namespace DesignStudio.Core.Validation;

/// <summary>One validation rule: a small class with a stable code (see <see cref="ValidationCodes"/>).</summary>
internal interface IDesignRule
{
    /// <summary>Adds this rule's findings to <paramref name="context"/>.</summary>
    void Check(ValidationContext context);
}
