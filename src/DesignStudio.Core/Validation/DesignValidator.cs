using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;
using DesignStudio.Core.Validation.Rules;

namespace DesignStudio.Core.Validation;

/// <summary>
/// Checks a design for problems that would make DDL fail or data impossible: duplicate and invalid names, dangling
/// references, foreign keys that do not match their target, impossible NOT NULL cycles. Each rule is its own class
/// with a stable code (<see cref="ValidationCodes"/>).
/// </summary>
/// <remarks>
/// Name comparison: with a dialect, its case rule decides (see <see cref="DialectIdentifierRules.ByDialect"/>);
/// without one, exact duplicates are errors and names differing only in letter case are warnings, because several
/// engines would treat them as the same name.
/// </remarks>
public static class DesignValidator
{
    private static readonly IReadOnlyList<IDesignRule> Rules =
    [
        new DuplicateTableNameRule(), new DuplicateColumnNameRule(), new DuplicateConstraintNameRule(),
        new DuplicateIndexNameRule(), new DuplicateEnumNameRule(), new EmptyIdentifierRule(), new IdentifierLengthRule(),
        new IdentifierCharacterRule(), new DuplicateIdRule(), new MissingColumnRule(), new MissingTableRule(),
        new MissingEnumRule(), new EnumDefinitionRule(), new TypeParameterRule(), new ForeignKeyColumnCountRule(),
        new ForeignKeyTargetKeyRule(), new ForeignKeyTypeRule(), new NotNullForeignKeyCycleRule(), new EmptyKeyRule(),
        new UpdatedAtColumnRule(),
    ];

    /// <summary>Validates <paramref name="design"/>, optionally against the rules of one dialect.</summary>
    /// <param name="design">The design.</param>
    /// <param name="dialect">A name from <see cref="DialectNames"/>, or null for dialect-neutral checks.</param>
    /// <returns>Diagnostics in a stable order (by rule, then model order); empty when the design is clean.</returns>
    public static IReadOnlyList<Diagnostic> Validate(Design design, string? dialect = null)
    {
        ArgumentNullException.ThrowIfNull(design);
        DialectIdentifierRules? rules = null;
        if (dialect is not null && !DialectIdentifierRules.ByDialect.TryGetValue(dialect, out rules))
        {
            return [new Diagnostic(ValidationCodes.UnknownDialect, Severity.Error, "dialect",
                $"Unknown dialect '{dialect}'; expected one of {string.Join(", ", DialectNames.All)}.")];
        }
        var context = new ValidationContext(design, rules);
        foreach (var rule in Rules) rule.Check(context);
        return context.Diagnostics;
    }

    /// <summary>Whether <paramref name="diagnostics"/> holds an error.</summary>
    public static bool HasErrors(IEnumerable<Diagnostic> diagnostics) => diagnostics.Any(d => d.Severity == Severity.Error);
}
