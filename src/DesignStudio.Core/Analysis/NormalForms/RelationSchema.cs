using DesignStudio.Core.Model;

namespace DesignStudio.Core.Analysis.NormalForms;

/// <summary>
/// A relation schema R(A1, ..., An) with functional dependencies over its attributes — the input of every
/// normal-form algorithm. Attribute names are kept in declaration order; sets refer to them by position.
/// </summary>
public sealed record RelationSchema
{
    /// <summary>Creates a relation; attribute names must be distinct (ordinal comparison).</summary>
    public RelationSchema(string name, ValueList<string> attributes, ValueList<Dependency> dependencies)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in attributes)
        {
            if (!seen.Add(a)) throw new ArgumentException($"Attribute '{a}' appears twice.", nameof(attributes));
        }
        var all = AttributeSet.All(attributes.Count);
        foreach (var d in dependencies)
        {
            if (!d.Determinant.IsSubsetOf(all) || !d.Dependent.IsSubsetOf(all))
                throw new ArgumentException("A dependency refers to an attribute outside the relation.", nameof(dependencies));
        }
        Name = name;
        Attributes = attributes;
        Dependencies = dependencies;
        AllAttributes = all;
    }

    /// <summary>Relation name.</summary>
    public string Name { get; }

    /// <summary>Attribute names in declaration order.</summary>
    public ValueList<string> Attributes { get; }

    /// <summary>The functional dependencies that hold.</summary>
    public ValueList<Dependency> Dependencies { get; }

    /// <summary>The set of all attributes.</summary>
    public AttributeSet AllAttributes { get; }

    /// <summary>Number of attributes.</summary>
    public int Count => Attributes.Count;

    /// <summary>Position of attribute <paramref name="name"/>, or -1.</summary>
    public int IndexOf(string name)
    {
        for (var i = 0; i < Attributes.Count; i++)
        {
            if (string.Equals(Attributes[i], name, StringComparison.Ordinal)) return i;
        }
        return -1;
    }

    /// <summary>The set of the named attributes (throws on an unknown name: callers validate user text first).</summary>
    public AttributeSet Set(params IEnumerable<string> names)
    {
        var set = AttributeSet.Empty;
        foreach (var n in names)
        {
            var i = IndexOf(n);
            if (i < 0) throw new ArgumentException($"No attribute '{n}' in {Name}.", nameof(names));
            set = set.With(i);
        }
        return set;
    }

    /// <summary>The dependency X → Y from attribute names.</summary>
    public Dependency Fd(IEnumerable<string> determinant, IEnumerable<string> dependent) => new(Set(determinant), Set(dependent));

    /// <summary>Names of the members of <paramref name="set"/>, sorted ordinally.</summary>
    public IReadOnlyList<string> SortedNames(AttributeSet set)
    {
        var names = new List<string>();
        foreach (var i in set.Members()) names.Add(Attributes[i]);
        names.Sort(StringComparer.Ordinal);
        return names;
    }

    /// <summary>Compact text of a set: sorted names joined by commas, e.g. <c>A,B</c>.</summary>
    public string Format(AttributeSet set) => string.Join(",", SortedNames(set));

    /// <summary>Compact text of a dependency, e.g. <c>A,B-&gt;C</c> (names sorted on each side).</summary>
    public string Format(Dependency dependency) => Format(dependency.Determinant) + "->" + Format(dependency.Dependent);

    /// <summary>Readable text of a set for sentences: <c>zip</c>, <c>{A, B}</c>, or <c>∅</c>.</summary>
    public string Describe(AttributeSet set)
    {
        var names = SortedNames(set);
        return names.Count switch
        {
            0 => "∅",
            1 => names[0],
            _ => "{" + string.Join(", ", names) + "}",
        };
    }

    /// <summary>Readable text of a dependency for sentences, e.g. <c>zip → city</c>.</summary>
    public string Describe(Dependency dependency) =>
        string.Join(", ", SortedNames(dependency.Determinant)) + " → " + string.Join(", ", SortedNames(dependency.Dependent));

    /// <summary>The same attributes with other dependencies.</summary>
    public RelationSchema WithDependencies(IEnumerable<Dependency> dependencies) =>
        new(Name, Attributes, dependencies.ToValueList());
}
