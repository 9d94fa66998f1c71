namespace DesignStudio.Core.Analysis.NormalForms;

/// <summary>Plain-words explanations of normal-form violations.</summary>
internal static class ViolationReasons
{
    public static string Partial(RelationSchema r, Dependency d, AttributeSet key)
    {
        var (rhs, many) = List(r, d.Dependent);
        return $"{r.Describe(d)}: {Subject(r, d.Determinant)} is only part of the candidate key {r.Describe(key)}, and {rhs} "
            + $"{(many ? "are" : "is")} not part of any key, so {(many ? "they depend" : rhs + " depends")} on part of the key "
            + "instead of the whole key (2NF)";
    }

    public static string Transitive(RelationSchema r, Dependency d)
    {
        var (rhs, many) = List(r, d.Dependent);
        var lhs = Subject(r, d.Determinant);
        return $"{r.Describe(d)}: {lhs} is not a key and {rhs} {(many ? "are" : "is")} not part of any key, so "
            + $"{(many ? "they depend" : rhs + " depends")} on the key only through {lhs} (3NF)";
    }

    public static string NotSuperkey(RelationSchema r, Dependency d)
    {
        var (rhs, many) = List(r, d.Dependent);
        var lhs = Subject(r, d.Determinant);
        return $"{r.Describe(d)}: {lhs} is not a key, yet it determines {rhs}; {(many ? "they are" : rhs + " is")} part of a key, "
            + "which 3NF allows but BCNF does not (BCNF)";
    }

    private static string Subject(RelationSchema r, AttributeSet set) => set.IsEmpty ? "the empty set" : r.Describe(set);

    private static (string Text, bool Many) List(RelationSchema r, AttributeSet set)
    {
        var names = r.SortedNames(set);
        return names.Count switch
        {
            1 => (names[0], false),
            _ => (string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1], true),
        };
    }
}
