namespace DesignStudio.Core.Model;

/// <summary>A coloured group of tables on the canvas that moves with its tables.</summary>
public sealed record SubjectArea
{
    /// <summary>Stable id.</summary>
    public required string Id { get; init; }

    /// <summary>Label.</summary>
    public required string Name { get; init; }

    /// <summary>CSS colour, e.g. <c>#4caf50</c>.</summary>
    public string Color { get; init; } = "#90caf9";

    /// <summary>Member tables, by id.</summary>
    public ValueList<string> TableIds { get; init; } = [];
}

/// <summary>A sticky note on the canvas.</summary>
public sealed record StickyNote
{
    /// <summary>Stable id.</summary>
    public required string Id { get; init; }

    /// <summary>Plain text (rendered as text, never markup).</summary>
    public required string Text { get; init; }

    /// <summary>Position on the canvas.</summary>
    public CanvasPosition Position { get; init; } = new(0, 0);

    /// <summary>Width on the canvas, in pixels.</summary>
    public double Width { get; init; } = DefaultWidth;

    /// <summary>Height on the canvas, in pixels.</summary>
    public double Height { get; init; } = DefaultHeight;

    /// <summary>Width of a note that was never resized.</summary>
    public const double DefaultWidth = 200;

    /// <summary>Height of a note that was never resized.</summary>
    public const double DefaultHeight = 120;
}

/// <summary>An object the model keeps only as SQL text (view, function, trigger, grant ...), e.g. from an import.</summary>
public sealed record VerbatimObject
{
    /// <summary>Stable id.</summary>
    public required string Id { get; init; }

    /// <summary>What it is: view, materialized view, function, procedure, trigger, sequence, grant, extension ...</summary>
    public required string Kind { get; init; }

    /// <summary>Its name, where it has one.</summary>
    public string? Name { get; init; }

    /// <summary>The dialect its SQL is written in (<see cref="Dialects.DialectNames"/>).</summary>
    public required string Dialect { get; init; }

    /// <summary>The statement text exactly as imported.</summary>
    public required string Sql { get; init; }
}
