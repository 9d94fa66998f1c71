using DesignStudio.Core.Model;

namespace DesignStudio.Core.Analysis.Lint.Naming;

/// <summary>Resolves "inferred" naming conventions from what most names of a design already use.</summary>
internal static class NamingInference
{
    private static readonly IdentifierCase[] Styles = [IdentifierCase.SnakeCase, IdentifierCase.PascalCase, IdentifierCase.CamelCase];

    /// <summary>The configured case, or the style most table and column names match (ties in the order snake, Pascal, camel).</summary>
    public static IdentifierCase ResolveCase(Design design, IdentifierCase configured)
    {
        if (configured != IdentifierCase.Inferred) return configured;
        var counts = new int[Styles.Length];
        foreach (var t in design.Tables)
        {
            Count(t.Name, counts);
            foreach (var c in t.Columns) Count(c.Name, counts);
        }
        var best = 0;
        for (var i = 1; i < counts.Length; i++)
        {
            if (counts[i] > counts[best]) best = i;
        }
        return Styles[best];
    }

    /// <summary>The configured number, or the one most countable table names use; <see cref="TableNameNumber.Any"/> on a tie.</summary>
    public static TableNameNumber ResolveNumber(Design design, TableNameNumber configured)
    {
        if (configured != TableNameNumber.Inferred) return configured;
        int singular = 0, plural = 0;
        foreach (var t in design.Tables)
        {
            var word = LastWord(t.Name);
            if (word is null || EnglishInflector.IsUncountable(word)) continue;
            if (EnglishInflector.IsPlural(word)) plural++;
            else singular++;
        }
        return plural > singular ? TableNameNumber.Plural : singular > plural ? TableNameNumber.Singular : TableNameNumber.Any;
    }

    /// <summary>The style a name is written in (snake_case when none fits exactly).</summary>
    public static IdentifierCase StyleOf(string name) =>
        Styles.FirstOrDefault(s => IdentifierWords.Matches(name, s), IdentifierCase.SnakeCase);

    /// <summary>The last word of a name, or null when it has no letters.</summary>
    public static string? LastWord(string name)
    {
        var words = IdentifierWords.Split(name);
        return words.Count == 0 ? null : words[^1];
    }

    private static void Count(string name, int[] counts)
    {
        for (var i = 0; i < Styles.Length; i++)
        {
            if (IdentifierWords.Matches(name, Styles[i])) counts[i]++;
        }
    }
}
