namespace DesignStudio.Core.Import;

/// <summary>
/// One instance per distinct short string of an import (identifiers, qualified names, statement kinds, type texts):
/// a large dump repeats the same names and kinds thousands of times, and everything the import keeps until it
/// assembles the design (drafts, report entries) survives the collections that run meanwhile, so each duplicate would be
/// copied and marked by every one of them. Strings are looked up by their characters, so a repeat allocates nothing.
/// </summary>
internal sealed class ImportStrings
{
    /// <summary>Longer strings (expressions, comments) are rarely repeated: they are not pooled.</summary>
    private const int MaxPooledLength = 128;

    private readonly Dictionary<string, string> pool = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> bySpan;
    private char[] buffer = new char[MaxPooledLength];

    public ImportStrings() => bySpan = pool.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Number of distinct strings pooled (a guard for tests).</summary>
    public int Count => pool.Count;

    /// <summary>The pooled string with these characters.</summary>
    public string Get(ReadOnlySpan<char> chars)
    {
        if (chars.Length > MaxPooledLength) return chars.ToString();
        if (bySpan.TryGetValue(chars, out var pooled)) return pooled;
        var s = chars.ToString();
        pool.Add(s, s);
        return s;
    }

    /// <summary>The pooled instance equal to <paramref name="s"/> (it becomes the pooled one when new).</summary>
    public string Get(string s)
    {
        if (s.Length > MaxPooledLength) return s;
        if (pool.TryGetValue(s, out var pooled)) return pooled;
        pool.Add(s, s);
        return s;
    }

    /// <summary><c>schema.name</c> (or <c>name</c>) as one pooled string, as <see cref="QualifiedName.ToString"/> spells it.</summary>
    public string Qualified(QualifiedName name)
    {
        if (name.Schema is null) return Get(name.Name);
        var length = name.Schema.Length + 1 + name.Name.Length;
        if (length > MaxPooledLength) return name.ToString();
        var chars = buffer.AsSpan(0, length);
        name.Schema.CopyTo(chars);
        chars[name.Schema.Length] = '.';
        name.Name.CopyTo(chars[(name.Schema.Length + 1)..]);
        return Get(chars);
    }

    /// <summary>The pooled lower-case (invariant) spelling of <paramref name="chars"/>.</summary>
    public string Lower(ReadOnlySpan<char> chars)
    {
        if (chars.Length > MaxPooledLength) return chars.ToString().ToLowerInvariant();
        var lower = Buffer(chars.Length);
        chars.ToLowerInvariant(lower);
        return Get(lower);
    }

    /// <summary>The pooled concatenation of <paramref name="first"/> and <paramref name="second"/>.</summary>
    public string Concat(string first, string second)
    {
        if (first.Length + second.Length > MaxPooledLength) return first + second;
        var chars = Buffer(first.Length + second.Length);
        first.CopyTo(chars);
        second.CopyTo(chars[first.Length..]);
        return Get(chars);
    }

    /// <summary>A buffer of at least <paramref name="length"/> characters for building a string to look up.</summary>
    public Span<char> Buffer(int length)
    {
        if (buffer.Length < length) buffer = new char[Math.Max(length, buffer.Length * 2)];
        return buffer.AsSpan(0, length);
    }
}
