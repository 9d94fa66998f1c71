using DesignStudio.Core.Diagnostics;

namespace DesignStudio.Core.Import.Dbml;

internal sealed partial class DbmlParser
{
    /// <summary><c>[key, key words, key: value, ref: &gt; t.c]</c>; line breaks are allowed inside.</summary>
    private List<DbmlSetting> ParseSettings()
    {
        Expect(DbmlTokenKind.LeftBracket, "'['");
        var settings = new List<DbmlSetting>();
        if (Accept(DbmlTokenKind.RightBracket)) return settings;
        while (true)
        {
            var position = Current.Position;
            if (Current.Kind != DbmlTokenKind.Identifier) throw Fail($"Expected a setting name but found {Current}.");
            var key = Advance().Text.ToLowerInvariant();
            while (At(DbmlTokenKind.Identifier)) key += " " + Advance().Text.ToLowerInvariant();
            DbmlValue? value = null;
            if (Accept(DbmlTokenKind.Colon)) value = key == "ref" ? ParseInlineRef() : ParseValue(key);
            settings.Add(new DbmlSetting(key, value, position));
            if (Accept(DbmlTokenKind.Comma)) continue;
            Expect(DbmlTokenKind.RightBracket, "',' or ']' in the settings");
            return settings;
        }
    }

    private DbmlValue ParseValue(string key)
    {
        var t = Current;
        switch (t.Kind)
        {
            case DbmlTokenKind.String:
            case DbmlTokenKind.Expression:
            case DbmlTokenKind.Number:
            case DbmlTokenKind.Color:
                Advance();
                return new DbmlValue(t.Kind switch
                {
                    DbmlTokenKind.String => DbmlValueKind.String,
                    DbmlTokenKind.Expression => DbmlValueKind.Expression,
                    DbmlTokenKind.Number => DbmlValueKind.Number,
                    _ => DbmlValueKind.Color,
                }, t.Text, t.Position);
            case DbmlTokenKind.Minus when PeekToken().Kind == DbmlTokenKind.Number:
                Advance();
                return new DbmlValue(DbmlValueKind.Number, "-" + Advance().Text, t.Position);
            case DbmlTokenKind.Identifier:
            case DbmlTokenKind.QuotedIdentifier:
                var words = Advance().Text;
                while (At(DbmlTokenKind.Identifier)) words += " " + Advance().Text;
                return new DbmlValue(DbmlValueKind.Words, words, t.Position);
            default:
                throw Fail($"Expected a value for '{key}' but found {t}.");
        }
    }

    private DbmlValue ParseInlineRef()
    {
        var position = Current.Position;
        var op = ParseRefOperator();
        var endpoint = ParseEndpoint();
        return new DbmlValue(DbmlValueKind.Ref, op, position) { Ref = new DbmlRefTarget(op, endpoint) };
    }

    private string ParseRefOperator() => Current.Kind switch
    {
        DbmlTokenKind.Less or DbmlTokenKind.Greater or DbmlTokenKind.Minus or DbmlTokenKind.ManyToMany => Advance().Text,
        _ => throw Fail($"Expected a relationship operator (<, >, -, <>) but found {Current}."),
    };

    /// <summary><c>[schema.]table.column</c> or <c>[schema.]table.(c1, c2)</c>.</summary>
    private DbmlEndpoint ParseEndpoint()
    {
        var position = Current.Position;
        var parts = new List<string> { ParseName("a table name") };
        IReadOnlyList<string>? columns = null;
        while (Accept(DbmlTokenKind.Dot))
        {
            if (Accept(DbmlTokenKind.LeftParen))
            {
                var list = new List<string>();
                do
                {
                    list.Add(ParseName("a column name"));
                }
                while (Accept(DbmlTokenKind.Comma));
                Expect(DbmlTokenKind.RightParen, "')' closing the column list");
                columns = list;
                break;
            }
            parts.Add(ParseName("a name"));
        }
        if (columns is null)
        {
            if (parts.Count < 2) throw new DbmlSyntaxError("A relationship endpoint needs table.column.", position);
            columns = [parts[^1]];
            parts.RemoveAt(parts.Count - 1);
        }
        if (parts.Count > 2) throw new DbmlSyntaxError("A relationship endpoint has at most schema.table.column.", position);
        return parts.Count == 2
            ? new DbmlEndpoint(parts[0], parts[1], columns, position)
            : new DbmlEndpoint(null, parts[0], columns, position);
    }

    /// <summary><c>Ref [name]: a &gt; b [settings]</c> or <c>Ref [name] { a &gt; b [settings] ... }</c>.</summary>
    private void ParseRefElement(SourcePosition position)
    {
        string? name = null;
        if (Current.IsName && !Current.LineStart) name = Advance().Text;
        if (Accept(DbmlTokenKind.Colon))
        {
            document.Refs.Add(ParseRelationship(name, position));
            return;
        }
        Expect(DbmlTokenKind.LeftBrace, "':' or '{' after Ref");
        while (!Accept(DbmlTokenKind.RightBrace))
        {
            if (At(DbmlTokenKind.End)) throw Fail("Missing '}' closing the Ref.");
            ParseItem(() =>
            {
                document.Refs.Add(ParseRelationship(name, Current.Position));
                ExpectLineEnd("a relationship");
            });
        }
    }

    private DbmlRef ParseRelationship(string? name, SourcePosition position)
    {
        var left = ParseEndpoint();
        var op = ParseRefOperator();
        var right = ParseEndpoint();
        var settings = At(DbmlTokenKind.LeftBracket) && !Current.LineStart ? ParseSettings() : [];
        return new DbmlRef(name, left, op, right, settings, position);
    }

    /// <summary><c>Enum [schema.]name { value [note: '...'] ... }</c>.</summary>
    private DbmlEnum ParseEnum(SourcePosition position)
    {
        var name = ParseQualifiedName("an enum name");
        Expect(DbmlTokenKind.LeftBrace, "'{' opening the enum");
        var values = new List<DbmlEnumValue>();
        while (!Accept(DbmlTokenKind.RightBrace))
        {
            if (At(DbmlTokenKind.End)) throw Fail($"Missing '}}' closing enum '{name}'.");
            ParseItem(() =>
            {
                var valuePosition = Current.Position;
                var value = Current.Kind == DbmlTokenKind.Number ? Advance().Text : ParseName("an enum value");
                var settings = At(DbmlTokenKind.LeftBracket) && !Current.LineStart ? ParseSettings() : [];
                ExpectLineEnd("an enum value");
                values.Add(new DbmlEnumValue(value, settings, valuePosition));
            });
        }
        return new DbmlEnum(name, values, position);
    }

    /// <summary><c>TableGroup name [settings] { table ... Note: '...' }</c>.</summary>
    private DbmlTableGroup ParseTableGroup(SourcePosition position)
    {
        var name = ParseName("a table group name");
        var settings = At(DbmlTokenKind.LeftBracket) ? ParseSettings() : [];
        Expect(DbmlTokenKind.LeftBrace, "'{' opening the table group");
        var tables = new List<DbmlQualifiedName>();
        string? note = null;
        while (!Accept(DbmlTokenKind.RightBrace))
        {
            if (At(DbmlTokenKind.End)) throw Fail($"Missing '}}' closing table group '{name}'.");
            if (AtNoteItem())
            {
                Advance();
                note = ParseNoteBody();
            }
            else
            {
                tables.Add(ParseQualifiedName("a table name"));
            }
            ExpectLineEnd("a table group item");
        }
        return new DbmlTableGroup(name, tables, settings, note, position);
    }

    /// <summary><c>Note name { 'text' }</c> at the top level (a sticky note).</summary>
    private DbmlStickyNote ParseStickyNote(SourcePosition position)
    {
        var name = At(DbmlTokenKind.LeftBrace) ? "" : ParseQualifiedName("a note name").ToString();
        Expect(DbmlTokenKind.LeftBrace, "'{' opening the note");
        var text = Expect(DbmlTokenKind.String, "the note's string").Text;
        Expect(DbmlTokenKind.RightBrace, "'}' closing the note");
        return new DbmlStickyNote(name, text, position);
    }

    /// <summary><c>Project [name] { key: value ... Note: '...' }</c>.</summary>
    private DbmlProject ParseProject(SourcePosition position)
    {
        string? name = Current.IsName ? Advance().Text : null;
        Expect(DbmlTokenKind.LeftBrace, "'{' opening the project");
        var properties = new Dictionary<string, DbmlValue>(StringComparer.OrdinalIgnoreCase);
        string? note = null;
        while (!Accept(DbmlTokenKind.RightBrace))
        {
            if (At(DbmlTokenKind.End)) throw Fail("Missing '}' closing the project.");
            if (AtNoteItem())
            {
                Advance();
                note = ParseNoteBody();
            }
            else
            {
                var key = ParseName("a project setting");
                Expect(DbmlTokenKind.Colon, $"':' after '{key}'");
                properties[key] = ParseValue(key);
            }
            ExpectLineEnd("a project setting");
        }
        return new DbmlProject(name, properties, note, position);
    }
}
