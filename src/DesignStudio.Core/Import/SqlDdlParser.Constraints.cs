using DesignStudio.Core.Model;

namespace DesignStudio.Core.Import;

public abstract partial class SqlDdlParser
{
    private protected void ParseColumnConstraints(TableDraft table, ColumnDraft column)
    {
        string? constraintName = null;
        string Path() => table.Path + "." + column.Name;
        while (!AtEnd && !IsSymbol(",") && !IsSymbol(")"))
        {
            if (TryColumnOption(table, column)) continue;
            if (AcceptWord("CONSTRAINT")) { constraintName = Identifier(); continue; }
            if (AcceptWords("NOT", "NULL")) { column.Nullable = false; continue; }
            if (AcceptWord("NULL")) { column.Nullable = true; continue; }
            if (AcceptWord("DEFAULT")) { ParseDefault(column); continue; }
            if (AcceptWords("PRIMARY", "KEY"))
            {
                table.PrimaryKey = new KeyDraft(constraintName, [column.Name], column.Position);
                constraintName = null;
                continue;
            }
            if (AcceptWord("UNIQUE"))
            {
                AcceptWord("KEY");
                table.Uniques.Add(new KeyDraft(constraintName, [column.Name], column.Position));
                constraintName = null;
                continue;
            }
            if (AcceptWord("REFERENCES"))
            {
                table.ForeignKeys.Add(ParseReferences(constraintName, [column.Name], column.Position));
                constraintName = null;
                continue;
            }
            if (AcceptWord("CHECK"))
            {
                table.Checks.Add(new CheckDraft(constraintName, ParenthesizedText()));
                constraintName = null;
                continue;
            }
            if (AcceptWord("COLLATE"))
            {
                var collation = QualifiedName();
                Context.Approximated("column", Path(), $"collation {collation} not kept", column.Position);
                continue;
            }
            if (IsWord("GENERATED")) { ParseGenerated(table, column); continue; }
            if (AcceptWords("NOT", "DEFERRABLE") || AcceptWord("DEFERRABLE")) continue;
            if (AcceptWord("INITIALLY")) { Advance(); continue; }
            if (IsWord("ON") && IsWord("CONFLICT", 1)) { Position += 3; continue; }
            if (AcceptWords("NO", "INHERIT") || AcceptWords("NOT", "VALID") || AcceptWord("ASC") || AcceptWord("DESC")) continue;
            var from = Position;
            if (IsSymbol("(")) SkipParens(); else Advance();
            Context.Approximated("column", Path(), $"column option '{Shorten(TextFrom(from))}' not kept", column.Position);
        }
    }

    private void ParseGenerated(TableDraft table, ColumnDraft column)
    {
        ExpectWord("GENERATED");
        var kind = IdentityKind.Always;
        if (!AcceptWord("ALWAYS"))
        {
            ExpectWord("BY");
            ExpectWord("DEFAULT");
            kind = IdentityKind.ByDefault;
        }
        ExpectWord("AS");
        if (AcceptWord("IDENTITY"))
        {
            column.Identity = kind;
            if (IsSymbol("("))
            {
                var options = ParenthesizedText();
                Context.Approximated("column", table.Path + "." + column.Name, $"identity options not kept: {Shorten(options)}", column.Position);
            }
            return;
        }
        var expr = ParenthesizedText();
        var storage = IsAnyWord("STORED", "VIRTUAL", "PERSISTENT") ? TokenText().ToUpperInvariant() : "";
        if (storage.Length > 0) Position++;
        column.NativeType = $"{column.TypeText} GENERATED ALWAYS AS ({expr}) {storage}".TrimEnd();
        Context.Approximated("column", table.Path + "." + column.Name, $"generated column kept as native type text: GENERATED ALWAYS AS ({Shorten(expr)}) {storage}", column.Position);
    }

    private Func<bool>? isDefaultStop;

    private bool IsDefaultStop() =>
        IsAnyWord("NOT", "NULL", "CONSTRAINT", "PRIMARY", "UNIQUE", "REFERENCES", "CHECK", "COLLATE", "GENERATED", "DEFERRABLE")
        || IsDialectDefaultStop();

    /// <summary>Reads a DEFAULT expression after the DEFAULT keyword and classifies it.</summary>
    private protected void ParseDefault(ColumnDraft column)
    {
        if (AcceptWord("NULL"))
        {
            if (IsSymbol("::")) { Position++; ParseType(); }
            column.Default = null;
            return;
        }
        var from = Position;
        SkipExpression(isDefaultStop ??= IsDefaultStop);
        if (Position == from) throw Unexpected("a default value");
        column.Default = ClassifyDefault(from, Position, column);
    }

    private ColumnDefault ClassifyDefault(int from, int to, ColumnDraft column)
    {
        var textFrom = from;
        // Strip redundant outer parentheses (SQL Server writes ((0)) and (getdate())).
        for (var layer = 0; layer < 8 && to - from >= 2 && IsSymbolAt(from, "(") && MatchingParen(from, to) == to - 1; layer++)
        {
            from++;
            to--;
        }
        var t = Tokens;
        var first = t[from];
        var firstText = Text.AsSpan(first.Start, first.Length);
        var count = to - from;
        var castFollows = count >= 3 && IsSymbolAt(from + 1, "::");
        if (first.Kind == SqlTokenKind.String && (count == 1 || castFollows)) return ColumnDefault.Literal(Unquote(first));
        if (first.Kind == SqlTokenKind.Number && (count == 1 || castFollows)) return ColumnDefault.Literal(firstText.ToString());
        if (count == 2 && t[from].Kind == SqlTokenKind.Symbol && firstText is "-" or "+" && t[from + 1].Kind == SqlTokenKind.Number)
        {
            return ColumnDefault.Literal(Text[first.Start..t[from + 1].End]);
        }
        if (first.Kind == SqlTokenKind.Word)
        {
            var word = Context.Strings.Lower(firstText);
            var call = count == 3 && IsSymbolAt(from + 1, "(") && IsSymbolAt(from + 2, ")");
            if ((count == 1 || castFollows) && word is "true" or "false") return ColumnDefault.Literal(word);
            if (count == 1 && word is "current_timestamp" or "localtimestamp" or "sysdate") return ColumnDefault.CurrentTimestamp;
            if (count == 4 && word == "current_timestamp" && IsSymbolAt(from + 1, "(")) return ColumnDefault.CurrentTimestamp;
            if (call && word is "now" or "current_timestamp" or "getdate" or "sysdatetime" or "transaction_timestamp" or "localtimestamp") return ColumnDefault.CurrentTimestamp;
            if (count == 1 && word == "current_date" || call && word is "curdate" or "current_date") return ColumnDefault.CurrentDate;
            if (call && word is "gen_random_uuid" or "uuid_generate_v4" or "newid" or "uuid") return ColumnDefault.RandomUuid;
            if (count == 4 && word == "datetime" && t[from + 2].Kind == SqlTokenKind.String && Unquote(t[from + 2]) == "now") return ColumnDefault.CurrentTimestamp;
            if (word == "nextval" && count >= 4 && IsSymbolAt(from + 1, "(") && t[from + 2].Kind == SqlTokenKind.String)
            {
                column.NextvalSequence = Unquote(t[from + 2]);
            }
        }
        // The text is made only for a default kept as an expression; literals and known functions need none.
        return ColumnDefault.Expression(TextFrom(textFrom));
    }

    private bool IsSymbolAt(int index, string symbol)
    {
        var t = Tokens[index];
        return t.Kind == SqlTokenKind.Symbol && Text.AsSpan(t.Start, t.Length).SequenceEqual(symbol);
    }

    private int MatchingParen(int open, int limit)
    {
        var depth = 0;
        for (var k = open; k < limit; k++)
        {
            if (IsSymbolAt(k, "(")) depth++;
            else if (IsSymbolAt(k, ")") && --depth == 0) return k;
        }
        return -1;
    }

    /// <summary>Reads REFERENCES target [(cols)] [MATCH ..] [ON DELETE ..] [ON UPDATE ..] [DEFERRABLE ..] after REFERENCES.</summary>
    private protected ForeignKeyDraft ParseReferences(string? name, List<string> columns, Diagnostics.SourcePosition at)
    {
        var target = QualifiedName();
        var targetColumns = IsSymbol("(") ? IdentifierList() : [];
        var fk = new ForeignKeyDraft { Name = name, Columns = columns, Target = target, TargetColumns = targetColumns, Position = at };
        while (!AtEnd)
        {
            if (AcceptWord("MATCH")) { Advance(); continue; }
            if (IsWord("ON") && IsWord("DELETE", 1)) { Position += 2; fk.OnDelete = ReferentialAction(); continue; }
            if (IsWord("ON") && IsWord("UPDATE", 1)) { Position += 2; fk.OnUpdate = ReferentialAction(); continue; }
            if (AcceptWords("NOT", "DEFERRABLE") || AcceptWord("DEFERRABLE")) continue;
            if (AcceptWord("INITIALLY")) { Advance(); continue; }
            if (AcceptWords("NOT", "VALID")) continue;
            if (IsWord("NOT") && IsWord("FOR", 1) && IsWord("REPLICATION", 2)) { Position += 3; continue; }
            break;
        }
        return fk;
    }

    private ReferentialAction ReferentialAction()
    {
        if (AcceptWord("CASCADE")) return Model.ReferentialAction.Cascade;
        if (AcceptWord("RESTRICT")) return Model.ReferentialAction.Restrict;
        if (AcceptWords("NO", "ACTION")) return Model.ReferentialAction.NoAction;
        if (AcceptWords("SET", "NULL")) return Model.ReferentialAction.SetNull;
        if (AcceptWords("SET", "DEFAULT")) return Model.ReferentialAction.SetDefault;
        throw Unexpected("a referential action");
    }
}
