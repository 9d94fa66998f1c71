using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Analysis.NormalForms;

/// <summary>
/// Parses the textbook notation used by the command line: a relation <c>R(A, B, C)</c> and dependencies
/// <c>A,B -&gt; C</c> (also <c>→</c>; attributes separated by commas or spaces; <c>"quoted names"</c> allowed).
/// Mistakes come back as diagnostics with 1-based positions, never as exceptions.
/// </summary>
public static class RelationTextParser
{
    /// <summary>Malformed relation text.</summary>
    public const string MalformedRelation = "NF001";

    /// <summary>Malformed dependency text.</summary>
    public const string MalformedDependency = "NF002";

    /// <summary>A dependency names an attribute the relation does not have.</summary>
    public const string UnknownAttribute = "NF003";

    /// <summary>An attribute is listed twice in the relation.</summary>
    public const string DuplicateAttribute = "NF004";

    /// <summary>Parses a relation and its dependencies.</summary>
    /// <param name="relationText">E.g. <c>R(A,B,C,D)</c>.</param>
    /// <param name="dependencies">Dependency texts, each with the path and line used in diagnostics (e.g. <c>--fd</c>, or a file name and line number).</param>
    public static (RelationSchema? Relation, IReadOnlyList<Diagnostic> Diagnostics) Parse(
        string relationText, IEnumerable<(string Text, string Path, int Line)> dependencies)
    {
        var diagnostics = new List<Diagnostic>();
        var relation = ParseRelation(relationText, diagnostics);
        if (relation is null) return (null, diagnostics);
        var fds = new List<Dependency>();
        foreach (var (text, path, line) in dependencies)
        {
            if (ParseDependency(relation, text, path, line, diagnostics) is { } fd) fds.Add(fd);
        }
        return diagnostics.Count > 0 ? (null, diagnostics) : (relation.WithDependencies(fds), diagnostics);
    }

    private static RelationSchema? ParseRelation(string text, List<Diagnostic> diagnostics)
    {
        var s = new TextScanner(text);
        Diagnostic Error(string message) =>
            new(MalformedRelation, Severity.Error, "relation", message) { Position = new SourcePosition(1, s.Column) };

        s.SkipSpaces();
        var name = "R";
        if (!s.At('('))
        {
            if (s.ReadIdentifier() is not { } n)
            {
                diagnostics.Add(Error("expected a relation name such as R(A, B, C)"));
                return null;
            }
            name = n;
            s.SkipSpaces();
        }
        if (!s.Accept('('))
        {
            diagnostics.Add(Error("expected '(' after the relation name"));
            return null;
        }
        var attributes = new List<string>();
        while (true)
        {
            s.SkipSpaces();
            var column = s.Column;
            if (s.ReadIdentifier() is not { } a)
            {
                diagnostics.Add(Error("expected an attribute name"));
                return null;
            }
            if (attributes.Contains(a, StringComparer.Ordinal))
            {
                diagnostics.Add(new Diagnostic(DuplicateAttribute, Severity.Error, "relation", $"attribute '{a}' is listed twice")
                { Position = new SourcePosition(1, column) });
                return null;
            }
            attributes.Add(a);
            s.SkipSpaces();
            if (s.Accept(',')) continue;
            if (s.Accept(')')) break;
            diagnostics.Add(Error("expected ',' or ')'"));
            return null;
        }
        s.SkipSpaces();
        if (!s.AtEnd)
        {
            diagnostics.Add(Error("unexpected text after ')'"));
            return null;
        }
        return new RelationSchema(name, attributes.ToValueList(), []);
    }

    private static Dependency? ParseDependency(RelationSchema relation, string text, string path, int line, List<Diagnostic> diagnostics)
    {
        var s = new TextScanner(text);
        Diagnostic Error(string code, string message, int column) =>
            new(code, Severity.Error, path, message) { Position = new SourcePosition(line, column) };

        AttributeSet? ReadSide(bool allowEmpty)
        {
            var set = AttributeSet.Empty;
            var first = true;
            while (true)
            {
                s.SkipSpaces();
                if (s.AtEnd || s.AtArrow)
                {
                    if (first && !allowEmpty)
                    {
                        diagnostics.Add(Error(MalformedDependency, "expected an attribute name", s.Column));
                        return null;
                    }
                    return set;
                }
                if (!first && s.Accept(',')) s.SkipSpaces();
                var column = s.Column;
                if (s.ReadIdentifier() is not { } a)
                {
                    diagnostics.Add(Error(MalformedDependency, "expected an attribute name, ',' or '->'", s.Column));
                    return null;
                }
                var i = relation.IndexOf(a);
                if (i < 0)
                {
                    diagnostics.Add(Error(UnknownAttribute, $"'{a}' is not an attribute of {relation.Name}", column));
                    return null;
                }
                set = set.With(i);
                first = false;
            }
        }

        if (ReadSide(allowEmpty: true) is not { } lhs) return null;
        if (!s.AcceptArrow())
        {
            diagnostics.Add(Error(MalformedDependency, "expected '->' between the two sides", s.Column));
            return null;
        }
        if (ReadSide(allowEmpty: false) is not { } rhs) return null;
        if (s.AtArrow)
        {
            diagnostics.Add(Error(MalformedDependency, "a dependency has exactly one '->'", s.Column));
            return null;
        }
        return new Dependency(lhs, rhs);
    }
}
