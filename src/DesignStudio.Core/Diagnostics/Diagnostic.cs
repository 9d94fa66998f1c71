namespace DesignStudio.Core.Diagnostics;

/// <summary>
/// A problem users can cause (bad SQL, bad names, conflicting edits), reported as a value with a stable code.
/// </summary>
/// <param name="Code">Stable code, e.g. <c>DS1001</c>, <c>NF003</c>, <c>LN010</c>.</param>
/// <param name="Severity">Error, warning or info.</param>
/// <param name="Path">Object path such as <c>tables/users/columns/email</c>, or a file name.</param>
/// <param name="Message">Plain-language explanation.</param>
public sealed record Diagnostic(string Code, Severity Severity, string Path, string Message)
{
    /// <summary>Position in a source text (1-based), for diagnostics about SQL or JSON input.</summary>
    public SourcePosition? Position { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Severity.ToString().ToLowerInvariant()} {Code} {Path}{(Position is { } p ? $":{p.Line}:{p.Column}" : "")}: {Message}";
}

/// <summary>Severity of a diagnostic.</summary>
public enum Severity
{
    /// <summary>Informational.</summary>
    Info,
    /// <summary>Worth attention; output is still produced.</summary>
    Warning,
    /// <summary>Blocks correct output.</summary>
    Error,
}

/// <summary>A 1-based line and column in a source text.</summary>
public readonly record struct SourcePosition(int Line, int Column);
