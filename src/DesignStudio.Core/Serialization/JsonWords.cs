using DesignStudio.Core.Analysis.Lint;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Serialization;

/// <summary>
/// The spelling of each model enum in the design file. Fixed tables rather than a naming policy, so renaming a C#
/// member can never silently change the file format.
/// </summary>
internal static class JsonWords
{
    public static readonly IReadOnlyList<(IdentityKind Value, string Word)> Identity =
        [(IdentityKind.None, "none"), (IdentityKind.Always, "always"), (IdentityKind.ByDefault, "byDefault")];

    public static readonly IReadOnlyList<(DefaultKind Value, string Word)> Default =
    [
        (DefaultKind.Literal, "literal"), (DefaultKind.Expression, "expression"),
        (DefaultKind.CurrentTimestamp, "currentTimestamp"), (DefaultKind.CurrentDate, "currentDate"),
        (DefaultKind.RandomUuid, "randomUuid"),
    ];

    public static readonly IReadOnlyList<(ReferentialAction Value, string Word)> Action =
    [
        (ReferentialAction.NoAction, "noAction"), (ReferentialAction.Restrict, "restrict"),
        (ReferentialAction.Cascade, "cascade"), (ReferentialAction.SetNull, "setNull"),
        (ReferentialAction.SetDefault, "setDefault"),
    ];

    public static readonly IReadOnlyList<(IndexMethod Value, string Word)> Method =
    [
        (IndexMethod.BTree, "btree"), (IndexMethod.Hash, "hash"), (IndexMethod.Gin, "gin"), (IndexMethod.Gist, "gist"),
        (IndexMethod.Brin, "brin"), (IndexMethod.FullText, "fullText"), (IndexMethod.Spatial, "spatial"),
    ];

    public static readonly IReadOnlyList<(DependencySource Value, string Word)> Source =
        [(DependencySource.Declared, "declared"), (DependencySource.Hint, "hint"), (DependencySource.Discovered, "discovered")];

    public static readonly IReadOnlyList<(TypeKind Value, string Word)> Kind =
        Enum.GetValues<TypeKind>().Select(k => (k, LogicalTypeText.NameOf(k))).ToArray();

    public static readonly IReadOnlyList<(IdentifierCase Value, string Word)> Case =
    [
        (IdentifierCase.Inferred, "inferred"), (IdentifierCase.SnakeCase, "snake_case"), (IdentifierCase.PascalCase, "PascalCase"),
        (IdentifierCase.CamelCase, "camelCase"), (IdentifierCase.Any, "any"),
    ];

    public static readonly IReadOnlyList<(TableNameNumber Value, string Word)> Number =
    [
        (TableNameNumber.Inferred, "inferred"), (TableNameNumber.Singular, "singular"), (TableNameNumber.Plural, "plural"),
        (TableNameNumber.Any, "any"),
    ];

    /// <summary>The file spelling of <paramref name="value"/>.</summary>
    public static string WordOf<T>(IReadOnlyList<(T Value, string Word)> table, T value) where T : struct, Enum
    {
        foreach (var (v, w) in table)
        {
            if (EqualityComparer<T>.Default.Equals(v, value)) return w;
        }
        // Only reachable for an enum value cast from an undefined number: a bug in the caller.
        throw new ArgumentOutOfRangeException(nameof(value), value, $"No file spelling for {typeof(T).Name} value.");
    }

    /// <summary>The enum value spelled <paramref name="word"/> (exact, case-sensitive), if any.</summary>
    public static bool TryParse<T>(IReadOnlyList<(T Value, string Word)> table, string word, out T value) where T : struct, Enum
    {
        foreach (var (v, w) in table)
        {
            if (w == word)
            {
                value = v;
                return true;
            }
        }
        value = default;
        return false;
    }

    /// <summary>The allowed words, for messages and the JSON Schema.</summary>
    public static string List<T>(IReadOnlyList<(T Value, string Word)> table) where T : struct, Enum =>
        string.Join(", ", table.Select(t => "'" + t.Word + "'"));
}
