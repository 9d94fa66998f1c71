using DesignStudio.Core.Diagnostics;

namespace DesignStudio.Core.Import.Dbml;

/// <summary>
/// Recursive-descent parser from DBML tokens to a <see cref="DbmlDocument"/>. A syntax error is reported with its
/// line:column and the parser skips to the next top-level element, so one bad element never loses the rest.
/// Nothing here recurses on nesting depth: parenthesised groups are read with explicit counters.
/// </summary>
internal sealed partial class DbmlParser
{
    private static readonly HashSet<string> ElementKeywords = new(StringComparer.OrdinalIgnoreCase)
    {
        "project", "table", "tablepartial", "ref", "enum", "tablegroup", "note", "records",
    };

    private readonly List<DbmlToken> tokens;
    private readonly List<Diagnostic> diagnostics;
    private readonly DbmlDocument document = new();
    private int index;

    private DbmlParser(List<DbmlToken> tokens, List<Diagnostic> diagnostics)
    {
        this.tokens = tokens;
        this.diagnostics = diagnostics;
    }

    /// <summary>Parses a token list (ending with an End token).</summary>
    public static DbmlDocument Parse(List<DbmlToken> tokens, List<Diagnostic> diagnostics)
    {
        var parser = new DbmlParser(tokens, diagnostics);
        parser.ParseDocument();
        return parser.document;
    }

    private DbmlToken Current => tokens[index];

    private DbmlToken PeekToken(int ahead = 1) => tokens[Math.Min(index + ahead, tokens.Count - 1)];

    private bool At(DbmlTokenKind kind) => Current.Kind == kind;

    private DbmlToken Advance()
    {
        var t = tokens[index];
        if (index < tokens.Count - 1) index++;
        return t;
    }

    private DbmlToken Expect(DbmlTokenKind kind, string what)
    {
        if (Current.Kind != kind) throw Fail($"Expected {what} but found {Current}.");
        return Advance();
    }

    private bool Accept(DbmlTokenKind kind)
    {
        if (Current.Kind != kind) return false;
        Advance();
        return true;
    }

    private DbmlSyntaxError Fail(string message) => new(message, Current.Position);

    private void Report(string code, Severity severity, string path, string message, SourcePosition position) =>
        diagnostics.Add(new Diagnostic(code, severity, path, message) { Position = position });

    private void ParseDocument()
    {
        while (!At(DbmlTokenKind.End))
        {
            var start = index;
            try
            {
                ParseElement();
            }
            catch (DbmlSyntaxError e)
            {
                Report(DbmlDiagnosticCodes.Syntax, Severity.Error, "dbml", e.Message, e.Position);
                Recover(start);
            }
        }
    }

    private void ParseElement()
    {
        var head = Current;
        if (head.Kind != DbmlTokenKind.Identifier)
            throw Fail($"Expected an element (Table, Ref, Enum, TableGroup, Note, Project) but found {head}.");
        switch (head.Text.ToLowerInvariant())
        {
            case "table": Advance(); document.Tables.Add(ParseTable(head.Position)); break;
            case "tablepartial": Advance(); document.Partials.Add(ParseTable(head.Position)); break;
            case "ref": Advance(); ParseRefElement(head.Position); break;
            case "enum": Advance(); document.Enums.Add(ParseEnum(head.Position)); break;
            case "tablegroup": Advance(); document.Groups.Add(ParseTableGroup(head.Position)); break;
            case "note": Advance(); document.Notes.Add(ParseStickyNote(head.Position)); break;
            case "project": Advance(); document.Projects.Add(ParseProject(head.Position)); break;
            case "records":
                Report(DbmlDiagnosticCodes.Ignored, Severity.Info, "dbml", "Records (sample data) are not imported.", head.Position);
                SkipElement();
                break;
            default:
                Report(DbmlDiagnosticCodes.Ignored, Severity.Warning, "dbml", $"Unknown element '{head.Text}' skipped.", head.Position);
                SkipElement();
                break;
        }
    }

    /// <summary>Skips an element: its header line and, if it has one, its balanced { } body.</summary>
    private void SkipElement()
    {
        Advance();
        var depth = 0;
        while (!At(DbmlTokenKind.End))
        {
            if (depth == 0 && Current.LineStart && !At(DbmlTokenKind.LeftBrace)) return;
            if (At(DbmlTokenKind.LeftBrace)) depth++;
            else if (At(DbmlTokenKind.RightBrace))
            {
                depth--;
                Advance();
                if (depth <= 0) return;
                continue;
            }
            Advance();
        }
    }

    /// <summary>
    /// After an error: skip forward to a line that starts with an element keyword outside any braces opened by the
    /// failed element.
    /// </summary>
    private void Recover(int elementStart)
    {
        var depth = 0;
        for (var i = elementStart; i < index; i++)
        {
            if (tokens[i].Kind == DbmlTokenKind.LeftBrace) depth++;
            else if (tokens[i].Kind == DbmlTokenKind.RightBrace) depth = Math.Max(0, depth - 1);
        }
        if (index == elementStart) Advance();
        while (!At(DbmlTokenKind.End))
        {
            if (depth == 0 && Current.LineStart && Current.Kind == DbmlTokenKind.Identifier
                && ElementKeywords.Contains(Current.Text) && index > elementStart) return;
            if (At(DbmlTokenKind.LeftBrace)) depth++;
            else if (At(DbmlTokenKind.RightBrace))
            {
                depth = Math.Max(0, depth - 1);
                Advance();
                if (depth == 0 && Current.LineStart) return;
                continue;
            }
            Advance();
        }
    }

    /// <summary>A name: an identifier or a "quoted name".</summary>
    private string ParseName(string what)
    {
        if (!Current.IsName) throw Fail($"Expected {what} but found {Current}.");
        return Advance().Text;
    }

    /// <summary>A name with an optional schema: <c>name</c> or <c>schema.name</c>.</summary>
    private DbmlQualifiedName ParseQualifiedName(string what)
    {
        var position = Current.Position;
        var first = ParseName(what);
        if (!At(DbmlTokenKind.Dot)) return new DbmlQualifiedName(null, first, position);
        Advance();
        var second = ParseName(what);
        if (At(DbmlTokenKind.Dot)) throw Fail($"A {what} has at most two parts (schema.name).");
        return new DbmlQualifiedName(first, second, position);
    }

    /// <summary>The body of a note: <c>: 'text'</c> or <c>{ 'text' }</c>.</summary>
    private string ParseNoteBody()
    {
        if (Accept(DbmlTokenKind.Colon)) return Expect(DbmlTokenKind.String, "a note string").Text;
        Expect(DbmlTokenKind.LeftBrace, "':' or '{' after Note");
        var text = Expect(DbmlTokenKind.String, "a note string").Text;
        Expect(DbmlTokenKind.RightBrace, "'}' closing the note");
        return text;
    }

    private bool AtNoteItem() =>
        Current.IsWord("note") && PeekToken().Kind is DbmlTokenKind.Colon or DbmlTokenKind.LeftBrace;

    /// <summary>Skips a nested block such as <c>records { ... }</c> inside a table.</summary>
    private void SkipNestedBlock()
    {
        while (!At(DbmlTokenKind.LeftBrace) && !At(DbmlTokenKind.End)) Advance();
        var depth = 0;
        do
        {
            if (At(DbmlTokenKind.LeftBrace)) depth++;
            else if (At(DbmlTokenKind.RightBrace)) depth--;
            Advance();
        }
        while (depth > 0 && !At(DbmlTokenKind.End));
    }

    private void ExpectLineEnd(string after)
    {
        if (!Current.LineStart && !At(DbmlTokenKind.RightBrace) && !At(DbmlTokenKind.End))
            throw Fail($"Unexpected {Current} after {after}; each item goes on its own line.");
    }

    private sealed class DbmlSyntaxError(string message, SourcePosition position) : Exception(message)
    {
        public SourcePosition Position { get; } = position;
    }
}
