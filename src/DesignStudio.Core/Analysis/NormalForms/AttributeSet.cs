using System.Numerics;
using System.Text;

namespace DesignStudio.Core.Analysis.NormalForms;

/// <summary>
/// An immutable set of attribute positions (0-based indices into a relation's attribute list), stored as a bitset
/// over 64-bit words so that union, intersection and subset tests cost one instruction per 64 attributes.
/// Any number of attributes is supported; sets of different word lengths compare as if padded with zeros.
/// </summary>
public readonly struct AttributeSet : IEquatable<AttributeSet>
{
    private static readonly ulong[] NoWords = [];
    private readonly ulong[]? words;

    private AttributeSet(ulong[] words) => this.words = words;

    private ulong[] Words => words ?? NoWords;

    /// <summary>The empty set.</summary>
    public static AttributeSet Empty => default;

    /// <summary>The set {0, 1, ..., <paramref name="count"/> − 1}.</summary>
    public static AttributeSet All(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var w = new ulong[(count + 63) >> 6];
        for (var i = 0; i < w.Length; i++) w[i] = ulong.MaxValue;
        if ((count & 63) != 0) w[^1] = (1UL << (count & 63)) - 1;
        return new AttributeSet(w);
    }

    /// <summary>The set holding the single attribute <paramref name="index"/>.</summary>
    public static AttributeSet Of(int index) => Empty.With(index);

    /// <summary>The set holding the given attribute indices.</summary>
    public static AttributeSet Of(params ReadOnlySpan<int> indices)
    {
        var max = -1;
        foreach (var i in indices)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(i);
            if (i > max) max = i;
        }
        var w = new ulong[(max + 64) >> 6];
        foreach (var i in indices) w[i >> 6] |= 1UL << (i & 63);
        return new AttributeSet(w);
    }

    /// <summary>The set whose members are the one-bits of <paramref name="bits"/> (attributes 0–63).</summary>
    public static AttributeSet FromBits(ulong bits) => bits == 0 ? Empty : new AttributeSet([bits]);

    /// <summary>Wraps a word array the caller gives up (bit i of word k is attribute 64k + i).</summary>
    internal static AttributeSet FromWords(ulong[] words) => new(words);

    /// <summary>A copy of the words (bit i of word k is attribute 64k + i).</summary>
    internal ulong[] CopyWords(int minLength)
    {
        var w = new ulong[Math.Max(minLength, Words.Length)];
        Words.CopyTo(w, 0);
        return w;
    }

    /// <summary>The lowest 64 attributes as a bit mask (for callers that know the relation is narrow).</summary>
    public ulong LowBits => Words.Length == 0 ? 0 : Words[0];

    /// <summary>Whether the set has no members.</summary>
    public bool IsEmpty
    {
        get
        {
            foreach (var w in Words)
            {
                if (w != 0) return false;
            }
            return true;
        }
    }

    /// <summary>Number of members.</summary>
    public int Count
    {
        get
        {
            var n = 0;
            foreach (var w in Words) n += BitOperations.PopCount(w);
            return n;
        }
    }

    /// <summary>Whether <paramref name="index"/> is a member.</summary>
    public bool Contains(int index)
    {
        var w = Words;
        var k = index >> 6;
        return index >= 0 && k < w.Length && (w[k] & (1UL << (index & 63))) != 0;
    }

    /// <summary>This set plus <paramref name="index"/>.</summary>
    public AttributeSet With(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var src = Words;
        var w = new ulong[Math.Max(src.Length, (index >> 6) + 1)];
        src.CopyTo(w, 0);
        w[index >> 6] |= 1UL << (index & 63);
        return new AttributeSet(w);
    }

    /// <summary>This set without <paramref name="index"/>.</summary>
    public AttributeSet Without(int index)
    {
        if (!Contains(index)) return this;
        var w = (ulong[])Words.Clone();
        w[index >> 6] &= ~(1UL << (index & 63));
        return new AttributeSet(w);
    }

    /// <summary>Set union.</summary>
    public AttributeSet Union(AttributeSet other)
    {
        var (a, b) = (Words, other.Words);
        if (a.Length < b.Length) (a, b) = (b, a);
        var w = (ulong[])a.Clone();
        for (var i = 0; i < b.Length; i++) w[i] |= b[i];
        return new AttributeSet(w);
    }

    /// <summary>Set intersection.</summary>
    public AttributeSet Intersect(AttributeSet other)
    {
        var (a, b) = (Words, other.Words);
        var w = new ulong[Math.Min(a.Length, b.Length)];
        for (var i = 0; i < w.Length; i++) w[i] = a[i] & b[i];
        return new AttributeSet(w);
    }

    /// <summary>Set difference (members of this set that are not in <paramref name="other"/>).</summary>
    public AttributeSet Except(AttributeSet other)
    {
        var (a, b) = (Words, other.Words);
        var w = (ulong[])a.Clone();
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++) w[i] &= ~b[i];
        return new AttributeSet(w);
    }

    /// <summary>Whether every member of this set is in <paramref name="other"/>.</summary>
    public bool IsSubsetOf(AttributeSet other)
    {
        var (a, b) = (Words, other.Words);
        for (var i = 0; i < a.Length; i++)
        {
            var bw = i < b.Length ? b[i] : 0;
            if ((a[i] & ~bw) != 0) return false;
        }
        return true;
    }

    /// <summary>Whether this set is a subset of <paramref name="other"/> and not equal to it.</summary>
    public bool IsProperSubsetOf(AttributeSet other) => IsSubsetOf(other) && !Equals(other);

    /// <summary>Whether the two sets share a member.</summary>
    public bool Overlaps(AttributeSet other)
    {
        var (a, b) = (Words, other.Words);
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            if ((a[i] & b[i]) != 0) return true;
        }
        return false;
    }

    /// <summary>The members in increasing order.</summary>
    public IEnumerable<int> Members()
    {
        var w = Words;
        for (var k = 0; k < w.Length; k++)
        {
            var bits = w[k];
            while (bits != 0)
            {
                var t = BitOperations.TrailingZeroCount(bits);
                yield return (k << 6) + t;
                bits &= bits - 1;
            }
        }
    }

    /// <summary>The members in increasing order, as an array.</summary>
    public int[] ToArray()
    {
        var result = new int[Count];
        var n = 0;
        var w = Words;
        for (var k = 0; k < w.Length; k++)
        {
            var bits = w[k];
            while (bits != 0)
            {
                result[n++] = (k << 6) + BitOperations.TrailingZeroCount(bits);
                bits &= bits - 1;
            }
        }
        return result;
    }

    /// <inheritdoc />
    public bool Equals(AttributeSet other)
    {
        var (a, b) = (Words, other.Words);
        if (a.Length < b.Length) (a, b) = (b, a);
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != (i < b.Length ? b[i] : 0)) return false;
        }
        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AttributeSet other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var w = Words;
        var last = w.Length - 1;
        while (last >= 0 && w[last] == 0) last--;
        var hash = new HashCode();
        for (var i = 0; i <= last; i++) hash.Add(w[i]);
        return hash.ToHashCode();
    }

    /// <summary>Set equality.</summary>
    public static bool operator ==(AttributeSet left, AttributeSet right) => left.Equals(right);

    /// <summary>Set inequality.</summary>
    public static bool operator !=(AttributeSet left, AttributeSet right) => !left.Equals(right);

    /// <summary>Members as <c>{0, 3, 5}</c> (names need the relation: see <see cref="RelationSchema.Format(AttributeSet)"/>).</summary>
    public override string ToString()
    {
        var sb = new StringBuilder("{");
        foreach (var m in Members())
        {
            if (sb.Length > 1) sb.Append(", ");
            sb.Append(m);
        }
        return sb.Append('}').ToString();
    }
}
