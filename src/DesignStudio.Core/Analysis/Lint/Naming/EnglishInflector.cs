namespace DesignStudio.Core.Analysis.Lint.Naming;

/// <summary>
/// A small rule-based English pluralizer and singularizer for table names, with the common irregular and
/// uncountable nouns. Core takes no package references, so this stands in for a full inflection library.
/// </summary>
public static class EnglishInflector
{
    private static readonly Dictionary<string, string> IrregularPlurals = new(StringComparer.OrdinalIgnoreCase)
    {
        ["person"] = "people", ["man"] = "men", ["woman"] = "women", ["child"] = "children", ["tooth"] = "teeth",
        ["foot"] = "feet", ["mouse"] = "mice", ["goose"] = "geese", ["ox"] = "oxen", ["leaf"] = "leaves",
        ["life"] = "lives", ["knife"] = "knives", ["wife"] = "wives", ["half"] = "halves", ["shelf"] = "shelves",
        ["wolf"] = "wolves", ["calf"] = "calves", ["criterion"] = "criteria", ["phenomenon"] = "phenomena",
        ["datum"] = "data", ["medium"] = "media", ["analysis"] = "analyses", ["axis"] = "axes", ["crisis"] = "crises",
        ["thesis"] = "theses", ["index"] = "indices", ["matrix"] = "matrices", ["vertex"] = "vertices",
        ["appendix"] = "appendices", ["cactus"] = "cacti", ["focus"] = "foci", ["radius"] = "radii",
        ["stimulus"] = "stimuli", ["syllabus"] = "syllabi", ["alumnus"] = "alumni", ["quiz"] = "quizzes",
        ["photo"] = "photos", ["video"] = "videos", ["memo"] = "memos", ["zero"] = "zeros", ["hero"] = "heroes",
        ["potato"] = "potatoes", ["tomato"] = "tomatoes", ["echo"] = "echoes", ["status"] = "statuses",
        ["bus"] = "buses", ["campus"] = "campuses", ["virus"] = "viruses", ["move"] = "moves", ["die"] = "dice",
        ["movie"] = "movies", ["cookie"] = "cookies", ["pie"] = "pies", ["tie"] = "ties", ["calorie"] = "calories",
        ["alias"] = "aliases", ["canvas"] = "canvases", ["lens"] = "lenses",
    };

    private static readonly Dictionary<string, string> IrregularSingulars =
        IrregularPlurals.ToDictionary(kv => kv.Value, kv => kv.Key, StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Uncountable = new(StringComparer.OrdinalIgnoreCase)
    {
        "equipment", "information", "rice", "money", "species", "series", "fish", "sheep", "deer", "news", "metadata",
        "feedback", "staff", "software", "hardware", "inventory", "audio", "media", "data", "moose", "aircraft",
        "music", "luggage", "baggage", "furniture", "advice", "knowledge", "traffic", "weather", "evidence", "police",
        "jeans", "scissors", "trousers", "offspring", "bison", "salmon", "trout", "corps", "chassis", "progress",
        "research", "homework", "mail", "email", "access", "analytics", "history", "info",
    };

    /// <summary>Whether the word has no singular/plural distinction (data, news, equipment ...).</summary>
    public static bool IsUncountable(string word) => Uncountable.Contains(word);

    /// <summary>The plural of a singular word: <c>category</c> → <c>categories</c>, <c>person</c> → <c>people</c>.</summary>
    public static string Pluralize(string word)
    {
        if (word.Length == 0 || IsUncountable(word)) return word;
        if (IrregularPlurals.TryGetValue(word, out var p)) return MatchCase(word, p);
        if (IrregularSingulars.ContainsKey(word)) return word;
        var w = word.ToLowerInvariant();
        string result;
        if (w.EndsWith('y') && w.Length > 1 && !IsVowel(w[^2])) result = word[..^1] + "ies";
        else if (w.EndsWith('s') || w.EndsWith('x') || w.EndsWith('z') || w.EndsWith("ch", StringComparison.Ordinal) || w.EndsWith("sh", StringComparison.Ordinal)) result = word + "es";
        else result = word + "s";
        return MatchCase(word, result);
    }

    /// <summary>The singular of a plural word: <c>categories</c> → <c>category</c>, <c>people</c> → <c>person</c>.</summary>
    public static string Singularize(string word)
    {
        if (word.Length == 0 || IsUncountable(word)) return word;
        if (IrregularSingulars.TryGetValue(word, out var s)) return MatchCase(word, s);
        if (IrregularPlurals.ContainsKey(word)) return word;
        var w = word.ToLowerInvariant();
        string result;
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4) result = word[..^3] + "y";
        else if (w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal) || w.EndsWith("zes", StringComparison.Ordinal)
                 || w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal)) result = word[..^2];
        else if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal)
                 && !w.EndsWith("is", StringComparison.Ordinal) && w.Length > 2) result = word[..^1];
        else result = word;
        return MatchCase(word, result);
    }

    /// <summary>Whether the word reads as a plural (and is countable).</summary>
    public static bool IsPlural(string word) =>
        !IsUncountable(word) && !string.Equals(Singularize(word), word, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the word reads as a singular (and is countable).</summary>
    public static bool IsSingular(string word) => !IsUncountable(word) && !IsPlural(word);

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static string MatchCase(string original, string result) =>
        original.Length > 0 && char.IsUpper(original[0]) ? char.ToUpperInvariant(result[0]) + result[1..] : result;
}
