using System.Collections;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace DesignStudio.Core.Model;

/// <summary>
/// An immutable list with structural equality, so model records compare by content.
/// Supports collection expressions (<c>Columns = [a, b]</c>).
/// </summary>
[CollectionBuilder(typeof(ValueList), nameof(ValueList.Create))]
public readonly struct ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly ImmutableArray<T> items;

    /// <summary>Wraps an immutable array (default becomes empty).</summary>
    public ValueList(ImmutableArray<T> items) => this.items = items.IsDefault ? ImmutableArray<T>.Empty : items;

    /// <summary>The empty list.</summary>
    public static ValueList<T> Empty => new(ImmutableArray<T>.Empty);

    private ImmutableArray<T> Items => items.IsDefault ? ImmutableArray<T>.Empty : items;

    /// <inheritdoc />
    public T this[int index] => Items[index];

    /// <inheritdoc />
    public int Count => Items.Length;

    /// <summary>The underlying array.</summary>
    public ImmutableArray<T> AsImmutableArray() => Items;

    /// <summary>A copy with <paramref name="item"/> appended.</summary>
    public ValueList<T> Add(T item) => new(Items.Add(item));

    /// <summary>A copy with <paramref name="item"/> inserted at <paramref name="index"/>.</summary>
    public ValueList<T> Insert(int index, T item) => new(Items.Insert(index, item));

    /// <summary>A copy without the element at <paramref name="index"/>.</summary>
    public ValueList<T> RemoveAt(int index) => new(Items.RemoveAt(index));

    /// <summary>A copy with the element at <paramref name="index"/> replaced.</summary>
    public ValueList<T> SetItem(int index, T item) => new(Items.SetItem(index, item));

    /// <summary>A copy without the elements matching <paramref name="match"/>.</summary>
    public ValueList<T> RemoveAll(Predicate<T> match) => new(Items.RemoveAll(match));

    /// <summary>Index of the first element matching <paramref name="match"/>, or -1.</summary>
    public int FindIndex(Func<T, bool> match)
    {
        for (var i = 0; i < Count; i++)
        {
            if (match(Items[i])) return i;
        }
        return -1;
    }

    /// <summary>A copy where the first element matching <paramref name="match"/> is replaced by <paramref name="update"/>.</summary>
    public ValueList<T> Replace(Func<T, bool> match, Func<T, T> update)
    {
        var i = FindIndex(match);
        return i < 0 ? this : SetItem(i, update(Items[i]));
    }

    /// <inheritdoc />
    public ImmutableArray<T>.Enumerator GetEnumerator() => Items.GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)Items).GetEnumerator();

    /// <inheritdoc />
    public bool Equals(ValueList<T> other) => Items.SequenceEqual(other.Items);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in Items) hash.Add(item);
        return hash.ToHashCode();
    }

    /// <summary>Structural equality.</summary>
    public static bool operator ==(ValueList<T> left, ValueList<T> right) => left.Equals(right);

    /// <summary>Structural inequality.</summary>
    public static bool operator !=(ValueList<T> left, ValueList<T> right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => "[" + string.Join(", ", Items) + "]";
}

/// <summary>Factory methods for <see cref="ValueList{T}"/>.</summary>
public static class ValueList
{
    /// <summary>Builds a list from a span (used by collection expressions).</summary>
    public static ValueList<T> Create<T>(ReadOnlySpan<T> items) => new(ImmutableArray.Create(items));

    /// <summary>Builds a list from a sequence.</summary>
    public static ValueList<T> ToValueList<T>(this IEnumerable<T> items) => new(items.ToImmutableArray());
}
