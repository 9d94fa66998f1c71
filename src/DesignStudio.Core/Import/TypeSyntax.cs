namespace DesignStudio.Core.Import;

/// <summary>A column type as written: normalized name, arguments and modifiers, plus the exact source text.</summary>
internal sealed record TypeSyntax
{
    /// <summary>Schema of a qualified type name, if any.</summary>
    public string? Schema { get; init; }

    /// <summary>Lower-case type name with single spaces (e.g. <c>character varying</c>, <c>timestamp with time zone</c>).</summary>
    public required string Name { get; init; }

    /// <summary>Arguments inside the parentheses, as text (string arguments unquoted).</summary>
    public IReadOnlyList<string> Args { get; init; } = [];

    /// <summary>MySQL UNSIGNED.</summary>
    public bool Unsigned { get; init; }

    /// <summary>Number of array dimensions ([] or ARRAY).</summary>
    public int ArrayDimensions { get; init; }

    /// <summary>The type exactly as written.</summary>
    public required string Text { get; init; }

    /// <summary>The first argument as an integer, if it is one.</summary>
    public int? IntArg(int index) =>
        index < Args.Count && int.TryParse(Args[index], System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null;
}
