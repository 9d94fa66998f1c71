using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Analysis.Lint.Rules;

/// <summary>
/// LN019: the entity-attribute-value pattern: a table with a reference to an entity (a foreign-key column, or one
/// named <c>*_id</c> that is not the table's whole primary key), an attribute column (<c>attribute</c>, <c>key</c>,
/// <c>name</c>, <c>property</c>, <c>field</c>, <c>meta_key</c>, <c>attribute_id</c> ...) and a value column
/// (<c>value</c>, <c>attribute_value</c>, <c>meta_value</c>, <c>value_text</c> ...).
/// </summary>
public sealed class EntityAttributeValueRule : ILintRule
{
    private static readonly HashSet<string> AttributeNames = new(StringComparer.Ordinal)
    {
        "attribute", "attr", "key", "name", "property", "prop", "field", "setting", "meta key", "attribute name",
        "attribute id", "attr id", "property id", "property name", "field id", "field name", "key name", "setting name",
        "option name", "param", "parameter",
    };

    private static readonly HashSet<string> ValueQualifiers = new(StringComparer.Ordinal)
    {
        "attribute", "attr", "meta", "property", "prop", "field", "setting", "option", "param", "string", "text", "int",
        "integer", "number", "numeric", "bool", "boolean", "date", "datetime", "json", "decimal", "float",
    };

    /// <inheritdoc />
    public string Code => "LN019";

    /// <inheritdoc />
    public Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public string Title => "Entity-attribute-value table";

    /// <inheritdoc />
    public string Rationale => "Storing attributes as rows (entity, attribute, value) gives up types, NOT NULL, foreign keys " +
        "and checks on the values, and turns every read of an entity into a pivot with one self-join per attribute.";

    /// <inheritdoc />
    public string Remedy => "Model known attributes as columns (or subtype tables); for genuinely open-ended data use a JSON column with a documented shape.";

    /// <inheritdoc />
    public IReadOnlyList<string>? Dialects => null;

    /// <inheritdoc />
    public IEnumerable<LintFinding> Check(LintContext context)
    {
        foreach (var t in context.Design.Tables)
        {
            if (t.Columns.Count < 3) continue;
            var value = t.Columns.FirstOrDefault(c => IsValueName(context.Words(c.Name)));
            if (value is null) continue;
            var attribute = t.Columns.FirstOrDefault(c => c.Id != value.Id && AttributeNames.Contains(context.WordKey(c.Name)));
            if (attribute is null) continue;
            var entity = t.Columns.FirstOrDefault(c => c.Id != value.Id && c.Id != attribute.Id && IsEntityReference(context, t, c));
            if (entity is null) continue;
            yield return new LintFinding(Code, Severity, LintPaths.Table(t),
                $"Table {t.QualifiedName} stores attributes as rows ({entity.Name}, {attribute.Name}, {value.Name}): an entity-attribute-value design.")
            {
                ObjectId = t.Id,
                TableId = t.Id,
            };
        }
    }

    private static bool IsValueName(IReadOnlyList<string> words) =>
        (words.Count == 1 && words[0] is "value" or "val")
        || (words.Count is 2 or 3 && words.Contains("value") && words.All(w => w == "value" || ValueQualifiers.Contains(w)));

    private static bool IsEntityReference(LintContext context, Table t, Column c)
    {
        if (t.ForeignKeys.Any(fk => fk.ColumnIds.Contains(c.Id))) return true;
        var words = context.Words(c.Name);
        var isWholeKey = t.PrimaryKey is { ColumnIds.Count: 1 } pk && pk.ColumnIds[0] == c.Id;
        return !isWholeKey && words.Count >= 2 && words[^1] == "id";
    }
}
