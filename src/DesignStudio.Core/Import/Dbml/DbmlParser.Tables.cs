using DesignStudio.Core.Diagnostics;

namespace DesignStudio.Core.Import.Dbml;

internal sealed partial class DbmlParser
{
    /// <summary><c>Table [schema.]name [as alias] [settings] { items }</c> (also used for TablePartial).</summary>
    private DbmlTable ParseTable(SourcePosition position)
    {
        var name = ParseQualifiedName("a table name");
        string? alias = null;
        if (Current.IsWord("as"))
        {
            Advance();
            alias = ParseName("an alias after 'as'");
        }
        var settings = At(DbmlTokenKind.LeftBracket) ? ParseSettings() : [];
        var table = new DbmlTable(name, alias, settings, position);
        Expect(DbmlTokenKind.LeftBrace, "'{' opening the table body");
        while (!At(DbmlTokenKind.RightBrace))
        {
            if (At(DbmlTokenKind.End)) throw Fail($"Missing '}}' closing table '{name}'.");
            ParseItem(() => ParseTableItem(table));
        }
        Advance();
        return table;
    }

    /// <summary>
    /// Parses one line item of a block (column, index, check, enum value, group member, relationship); on a syntax
    /// error reports it and skips to the next item, so one bad line loses only itself.
    /// </summary>
    private void ParseItem(Action parse)
    {
        try
        {
            parse();
        }
        catch (DbmlSyntaxError e)
        {
            Report(DbmlDiagnosticCodes.Syntax, Severity.Error, "dbml", e.Message, e.Position);
            SkipToNextItem();
        }
    }

    /// <summary>Skips the rest of a broken table item: to the next line outside brackets, or the table's '}'.</summary>
    private void SkipToNextItem()
    {
        var braces = 0;
        var brackets = 0;
        var first = true;
        while (!At(DbmlTokenKind.End))
        {
            if (!first && Current.LineStart && braces == 0 && brackets == 0) return;
            first = false;
            switch (Current.Kind)
            {
                case DbmlTokenKind.LeftBrace: braces++; break;
                case DbmlTokenKind.LeftBracket: brackets++; break;
                case DbmlTokenKind.RightBracket: brackets = Math.Max(0, brackets - 1); break;
                case DbmlTokenKind.RightBrace:
                    if (braces == 0) return;
                    braces--;
                    break;
            }
            Advance();
        }
    }

    private void ParseTableItem(DbmlTable table)
    {
        var head = Current;
        if (AtNoteItem())
        {
            Advance();
            table.Note = ParseNoteBody();
        }
        else if (head.IsWord("indexes") && PeekToken().Kind == DbmlTokenKind.LeftBrace)
        {
            Advance();
            ParseIndexes(table);
        }
        else if (head.IsWord("checks") && PeekToken().Kind == DbmlTokenKind.LeftBrace)
        {
            Advance();
            ParseChecks(table);
        }
        else if (head.IsWord("records") && PeekToken().Kind is DbmlTokenKind.LeftBrace or DbmlTokenKind.LeftParen)
        {
            Report(DbmlDiagnosticCodes.Ignored, Severity.Info, "dbml", "Records (sample data) are not imported.", head.Position);
            SkipNestedBlock();
            return;
        }
        else if (head.Kind == DbmlTokenKind.Tilde)
        {
            Advance();
            table.Members.Add(new DbmlPartialInjection(ParseName("a partial name after '~'"), head.Position));
        }
        else
        {
            table.Members.Add(ParseColumn());
        }
        ExpectLineEnd("a table item");
    }

    /// <summary><c>name type [settings]</c>.</summary>
    private DbmlColumn ParseColumn()
    {
        var position = Current.Position;
        var name = ParseName("a column name");
        if (Current.LineStart || !Current.IsName) throw Fail($"Expected a type for column '{name}' but found {Current}.");
        var type = ParseType();
        var settings = At(DbmlTokenKind.LeftBracket) && !Current.LineStart ? ParseSettings() : [];
        return new DbmlColumn(name, type, settings, position);
    }

    /// <summary>
    /// A type: <c>name</c>, <c>schema.name</c>, <c>"quoted type"</c>, with optional <c>(args)</c> and <c>[]</c>
    /// suffixes. Words that follow on the same line (<c>double precision</c>) are joined to the name.
    /// </summary>
    private DbmlTypeName ParseType()
    {
        var position = Current.Position;
        string? schema = null;
        var name = Advance().Text;
        if (At(DbmlTokenKind.Dot) && PeekToken().IsName)
        {
            Advance();
            schema = name;
            name = Advance().Text;
        }
        while (Current.Kind == DbmlTokenKind.Identifier && !Current.LineStart) name += " " + Advance().Text;
        var args = new List<string>();
        if (At(DbmlTokenKind.LeftParen) && !Current.LineStart)
        {
            Advance();
            var current = "";
            var depth = 1;
            while (true)
            {
                if (At(DbmlTokenKind.End) || At(DbmlTokenKind.LeftBrace) || At(DbmlTokenKind.RightBrace)
                    || At(DbmlTokenKind.LeftBracket) || At(DbmlTokenKind.RightBracket) || Current.LineStart)
                    throw Fail("Missing ')' in type arguments.");
                var t = Advance();
                if (t.Kind == DbmlTokenKind.LeftParen) depth++;
                if (t.Kind == DbmlTokenKind.RightParen && --depth == 0) break;
                if (t.Kind == DbmlTokenKind.Comma && depth == 1)
                {
                    args.Add(current.Trim());
                    current = "";
                    continue;
                }
                current += t.Kind == DbmlTokenKind.String ? "'" + t.Text.Replace("'", "''") + "'" : (current.Length > 0 && t.IsName ? " " : "") + t.Text;
            }
            args.Add(current.Trim());
        }
        var arrays = 0;
        while (At(DbmlTokenKind.LeftBracket) && PeekToken().Kind == DbmlTokenKind.RightBracket && !Current.LineStart)
        {
            Advance();
            Advance();
            arrays++;
        }
        return new DbmlTypeName(schema, name, args, arrays, position);
    }

    /// <summary><c>indexes { part-or-tuple [settings] ... }</c>.</summary>
    private void ParseIndexes(DbmlTable table)
    {
        Expect(DbmlTokenKind.LeftBrace, "'{' after indexes");
        while (!Accept(DbmlTokenKind.RightBrace))
        {
            if (At(DbmlTokenKind.End)) throw Fail("Missing '}' closing indexes.");
            ParseItem(() => ParseIndex(table));
        }
    }

    private void ParseIndex(DbmlTable table)
    {
        var position = Current.Position;
        var parts = new List<DbmlIndexPart>();
        if (Accept(DbmlTokenKind.LeftParen))
        {
            do
            {
                parts.Add(ParseIndexPart());
            }
            while (Accept(DbmlTokenKind.Comma));
            Expect(DbmlTokenKind.RightParen, "')' closing the index columns");
        }
        else
        {
            parts.Add(ParseIndexPart());
        }
        var settings = At(DbmlTokenKind.LeftBracket) && !Current.LineStart ? ParseSettings() : [];
        table.Indexes.Add(new DbmlIndex(parts, settings, position));
        ExpectLineEnd("an index");
    }

    private DbmlIndexPart ParseIndexPart()
    {
        var position = Current.Position;
        if (At(DbmlTokenKind.Expression)) return new DbmlIndexPart(null, Advance().Text, position);
        return new DbmlIndexPart(ParseName("an index column or `expression`"), null, position);
    }

    /// <summary><c>checks { `expression` [name: '...'] ... }</c>.</summary>
    private void ParseChecks(DbmlTable table)
    {
        Expect(DbmlTokenKind.LeftBrace, "'{' after checks");
        while (!Accept(DbmlTokenKind.RightBrace))
        {
            if (At(DbmlTokenKind.End)) throw Fail("Missing '}' closing checks.");
            ParseItem(() => ParseCheck(table));
        }
    }

    private void ParseCheck(DbmlTable table)
    {
        var position = Current.Position;
        var expression = Expect(DbmlTokenKind.Expression, "a check `expression`").Text;
        var settings = At(DbmlTokenKind.LeftBracket) && !Current.LineStart ? ParseSettings() : [];
        table.Checks.Add(new DbmlCheck(expression, settings, position));
        ExpectLineEnd("a check");
    }
}
