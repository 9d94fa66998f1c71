using DesignStudio.Core.Analysis.Lint.Rules;

namespace DesignStudio.Core.Analysis.Lint;

/// <summary>The built-in lint rules, in code order.</summary>
public static class LintRules
{
    /// <summary>Every built-in rule.</summary>
    public static IReadOnlyList<ILintRule> All { get; } =
    [
        new NoPrimaryKeyRule(),
        new ForeignKeyWithoutIndexRule(),
        new DuplicateIndexRule(),
        new RedundantIndexRule(),
        new IndexDuplicatesConstraintRule(),
        new NullableForeignKeyInMandatoryRelationshipRule(),
        new FloatForMoneyRule(),
        new TimestampWithoutTimeZoneRule(),
        new VarcharWithoutLengthRule(),
        new UnindexableTextKeyRule(),
        new RandomUuidClusteredKeyRule(),
        new WideIndexRule(),
        new MissingOnDeleteRule(),
        new UnhashedSecretRule(),
        new ReservedWordNameRule(),
        new NamingCaseRule(),
        new TableNameNumberRule(),
        new ConstraintPrefixRule(),
        new EntityAttributeValueRule(),
        new PolymorphicAssociationRule(),
        new ManyForeignKeysWithoutIndexRule(),
    ];

    /// <summary>Finds a rule by code (case-insensitive).</summary>
    public static ILintRule? Find(string code) =>
        All.FirstOrDefault(r => string.Equals(r.Code, code, StringComparison.OrdinalIgnoreCase));
}
