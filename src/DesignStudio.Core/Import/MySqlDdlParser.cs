using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Import;

/// <summary>
/// Reads MySQL and MariaDB DDL, including whole mysqldump output: backticks, table options, AUTO_INCREMENT, inline
/// keys, ENUM and SET, UNSIGNED, ON UPDATE CURRENT_TIMESTAMP, executable comments and DELIMITER blocks.
/// </summary>
public sealed class MySqlDdlParser(string dialect = DialectNames.MySql) : SqlDdlParser
{
    /// <inheritdoc />
    public override string Dialect { get; } = dialect;

    private protected override SqlLexicalRules Rules => Dialect == DialectNames.MariaDb ? SqlLexicalRules.MariaDb : SqlLexicalRules.MySql;

    private protected override bool IndexElementsInTable => true;

    // The database chosen by the last USE statement: the dump's own qualifier in views and routines.
    private string? database;

    private protected override void BeginScript() => database = null;

    private protected override TypeMapping MapType(TypeSyntax type) => MySqlTypeMap.Map(type);

    private protected override bool IsDialectDefaultStop() =>
        IsAnyWord("ON", "COMMENT", "AUTO_INCREMENT", "CHARACTER", "CHARSET", "VISIBLE", "INVISIBLE", "KEY", "SRID");

    private protected override void ParseStatement()
    {
        if (AcceptWord("CREATE")) { ParseCreate(); return; }
        if (AcceptWord("ALTER"))
        {
            if (AcceptWord("TABLE") || AcceptWords("IGNORE", "TABLE")) { ParseAlterTable(); return; }
            KeepVerbatim("alter", null);
            return;
        }
        if (IsAnyWord("GRANT", "REVOKE")) { KeepVerbatim(TokenText().ToLowerInvariant(), null); return; }
        if (IsWord("USE") && Token(1).Kind is SqlTokenKind.Word or SqlTokenKind.QuotedIdentifier) database = Unquote(Token(1));
        if (IsAnyWord("SET", "USE")) { Ignore(IsWord("USE") ? "USE selects a database; tables are imported without a schema" : "session setting"); return; }
        if (IsWord("DROP")) { Ignore("DROP statements are ignored; the design is built from the CREATE statements"); return; }
        if (IsAnyWord("SELECT", "FLUSH", "LOCK", "UNLOCK", "SOURCE", "SHOW", "ANALYZE", "OPTIMIZE")) { Ignore("statement without effect on the schema"); return; }
        if (IsAnyWord("INSERT", "REPLACE", "UPDATE", "DELETE", "LOAD", "TRUNCATE")) { Ignore("data statement"); return; }
        if (IsAnyWord("BEGIN", "COMMIT", "START", "ROLLBACK")) { Ignore("transaction control"); return; }
        SkipUnknown();
    }

    /// <summary>
    /// Views, triggers and routines of a mysqldump name their tables with the dumped database (<c>sakila.actor</c>),
    /// while the design's tables have no schema: that qualifier is removed, so the kept statement runs in whatever
    /// database the design is created in. Other databases' qualifiers stay.
    /// </summary>
    private protected override string VerbatimText()
    {
        var text = StatementText;
        if (database is null || Context.FindTable(new QualifiedName(null, database)) is not null) return text;
        var toks = Tokens;
        var src = Text;
        var start = StatementStartToken;
        if (start >= End) return text;
        var builder = new System.Text.StringBuilder(text.Length);
        var cursor = toks[start].Start;
        for (var k = start; k + 2 < End; k++)
        {
            if (!IsDatabaseQualifier(toks, src, start, k)) continue;
            builder.Append(src, cursor, toks[k].Start - cursor);
            cursor = toks[k + 1].End;
            k++;
        }
        if (cursor == toks[start].Start) return text;
        builder.Append(src, cursor, toks[End - 1].End - cursor);
        return builder.ToString();
    }

    // `db`.`name` with nothing between the parts, and not itself the tail of a longer dotted name.
    private bool IsDatabaseQualifier(SqlToken[] toks, string src, int start, int k)
    {
        SqlToken name = toks[k], dot = toks[k + 1], next = toks[k + 2];
        if (name.Kind is not (SqlTokenKind.Word or SqlTokenKind.QuotedIdentifier)) return false;
        if (dot.Kind != SqlTokenKind.Symbol || dot.Length != 1 || src[dot.Start] != '.' || dot.Start != name.End) return false;
        if (next.Kind is not (SqlTokenKind.Word or SqlTokenKind.QuotedIdentifier) || next.Start != dot.End) return false;
        if (k > start && toks[k - 1] is { Kind: SqlTokenKind.Symbol, Length: 1 } before && src[before.Start] == '.' && before.End == name.Start) return false;
        return string.Equals(Unquote(name), database, StringComparison.OrdinalIgnoreCase);
    }

    private void ParseCreate()
    {
        AcceptWords("OR", "REPLACE");
        AcceptWord("TEMPORARY");
        if (AcceptWord("TABLE")) { ParseCreateTableBody(); return; }
        if (IsAnyWord("DATABASE", "SCHEMA")) { Ignore("CREATE DATABASE is not part of a design"); return; }
        if (IsWord("INDEX") || IsAnyWord("UNIQUE", "FULLTEXT", "SPATIAL") && IsWord("INDEX", 1))
        {
            var unique = IsWord("UNIQUE");
            var method = IsWord("FULLTEXT") ? IndexMethod.FullText : IsWord("SPATIAL") ? IndexMethod.Spatial : IndexMethod.BTree;
            if (!IsWord("INDEX")) Position++;
            ExpectWord("INDEX");
            ParseCreateIndexBody(unique, method);
            return;
        }
        // ALGORITHM=..., DEFINER=user@host, SQL SECURITY ... precede views, triggers and routines.
        while (!AtEnd)
        {
            if (IsAnyWord("ALGORITHM", "DEFINER")) { Position++; AcceptSymbol("="); SkipDefinerValue(); continue; }
            if (IsWord("SQL") && IsWord("SECURITY", 1)) { Position += 3; continue; }
            break;
        }
        var kind = TokenText().ToLowerInvariant();
        if (kind is "view" or "trigger" or "procedure" or "function" or "event" or "aggregate")
        {
            Position++;
            if (kind == "aggregate") Position++;
            if (IsWord("IF") && IsWord("NOT", 1) && IsWord("EXISTS", 2)) Position += 3;
            KeepVerbatim(kind, AtIdentifier ? QualifiedName().ToString() : null);
            return;
        }
        SkipUnknown();
    }

    private void SkipDefinerValue()
    {
        if (IsWord("CURRENT_USER")) { Position++; if (IsSymbol("(")) SkipParens(); return; }
        Advance();
        if (IsSymbol("@") || TokenText().StartsWith('@')) { var t = TokenText(); Position++; if (t == "@") Advance(); }
    }

    private protected override bool TryApplyDialectType(TableDraft table, ColumnDraft column, TypeSyntax type)
    {
        if (type.Name != "enum") return false;
        var e = Context.AddEnum(new QualifiedName(table.Name.Schema, table.Name.Name + "_" + column.Name), type.Args, column.Position);
        column.Type = LogicalType.Enum(e.Id);
        return true;
    }

    private protected override bool TryColumnOption(TableDraft table, ColumnDraft column)
    {
        string Path() => table.Path + "." + column.Name;
        if (AcceptWord("AUTO_INCREMENT")) { column.Identity = IdentityKind.ByDefault; return true; }
        if (AcceptWord("COMMENT")) { column.Comment = StringLiteral(); return true; }
        if (IsWord("ON") && IsWord("UPDATE", 1))
        {
            Position += 2;
            var from = Position;
            Expression(() => IsDialectDefaultStop() || IsAnyWord("NOT", "NULL", "DEFAULT"));
            var text = TextFrom(from);
            if (text.StartsWith("CURRENT_TIMESTAMP", StringComparison.OrdinalIgnoreCase) || text.StartsWith("now(", StringComparison.OrdinalIgnoreCase))
            {
                table.UpdatedAtColumn = column.Name;
            }
            else
            {
                Context.Approximated("column", Path(), $"ON UPDATE {text} not kept", column.Position);
            }
            return true;
        }
        if (AcceptWords("CHARACTER", "SET") || AcceptWord("CHARSET"))
        {
            Context.Approximated("column", Path(), $"character set {Identifier()} not kept", column.Position);
            return true;
        }
        if (AcceptWord("VISIBLE") || AcceptWord("INVISIBLE")) return true;
        if (AcceptWord("SRID")) { Advance(); return true; }
        if (AcceptWord("KEY")) { table.PrimaryKey = new KeyDraft(null, [column.Name], column.Position); return true; }
        if (IsAnyWord("STORAGE", "COLUMN_FORMAT")) { Position += 2; return true; }
        if (IsWord("AS") && IsSymbol("(", 1))
        {
            Position++;
            var expr = ParenthesizedText();
            var storage = IsAnyWord("STORED", "VIRTUAL", "PERSISTENT") ? TokenText().ToUpperInvariant() : "";
            if (storage.Length > 0) Position++;
            column.NativeType = $"{column.TypeText} AS ({expr}) {storage}".TrimEnd();
            Context.Approximated("column", Path(), $"generated column kept as native type text: AS ({Shorten(expr)}) {storage}", column.Position);
            return true;
        }
        return false;
    }

    private protected override void ParseTableOptions(TableDraft table)
    {
        while (!AtEnd)
        {
            if (AcceptSymbol(",")) continue;
            if (IsWord("PARTITION") && IsWord("BY", 1))
            {
                var from = Position;
                SkipRest();
                Context.Approximated("table", table.Path, "partitioning kept verbatim: " + Shorten(TextFrom(from)), table.Position);
                Context.Verbatim("partitioning", table.Path, $"ALTER TABLE {table.Name} {TextFrom(from)}", table.Position, Tokens[from].Start);
                return;
            }
            var at = Position;
            AcceptWord("DEFAULT");
            if (AcceptWord("COMMENT")) { AcceptSymbol("="); table.Comment = StringLiteral(); continue; }
            var name = AcceptWords("CHARACTER", "SET") ? "CHARACTER SET" : Identifier().ToUpperInvariant();
            AcceptSymbol("=");
            if (IsSymbol("(")) SkipParens(); else Advance();
            if (name is not ("ENGINE" or "CHARSET" or "CHARACTER SET" or "COLLATE" or "AUTO_INCREMENT" or "ROW_FORMAT")) continue;
            Context.Approximated("table", table.Path, $"table option not kept: {Shorten(TextFrom(at))}", table.Position);
        }
    }

    private void ParseAlterTable()
    {
        var name = QualifiedName();
        var table = Context.FindTable(name);
        if (table is null)
        {
            Context.Warn(ImportCodes.UnresolvedReference, $"ALTER TABLE {name}: no such table was created; the statement was skipped.", StatementPosition, "ALTER TABLE", name.ToString());
            SkipRest();
            return;
        }
        while (!AtEnd)
        {
            if (AcceptWord("ADD"))
            {
                if (IsAnyWord("CONSTRAINT", "PRIMARY", "UNIQUE", "FOREIGN", "CHECK", "KEY", "INDEX", "FULLTEXT", "SPATIAL")) ParseTableConstraint(table);
                else
                {
                    AcceptWord("COLUMN");
                    table.Columns.Add(ParseColumn(table));
                    if (AcceptWord("FIRST") || AcceptWord("AFTER") && AtIdentifier && Identifier().Length >= 0) { }
                }
            }
            else if (AcceptWord("MODIFY") || IsWord("CHANGE"))
            {
                var change = AcceptWord("CHANGE");
                AcceptWord("COLUMN");
                var old = change ? Identifier() : null;
                var save = Position;
                var replacement = ParseColumn(table);
                var index = table.Columns.FindIndex(c => string.Equals(c.Name, old ?? replacement.Name, StringComparison.OrdinalIgnoreCase));
                if (index >= 0) table.ReplaceColumn(index, replacement);
                else Context.Warn(ImportCodes.UnresolvedReference, $"ALTER TABLE {name}: column {old ?? replacement.Name} does not exist.", PositionAtToken(save));
            }
            else if (IsWord("PARTITION") && IsWord("BY", 1))
            {
                var from = Position;
                SkipRest();
                Context.Approximated("table", table.Path, "partitioning kept verbatim: " + Shorten(TextFrom(from)), StatementPosition);
                Context.Verbatim("partitioning", table.Path, StatementText, StatementPosition, StatementOffset);
                return;
            }
            else
            {
                var from = Position;
                Expression();
                Context.Ignored("ALTER TABLE", table.Path, "action without effect on the design: " + Shorten(TextFrom(from)), StatementPosition);
            }
            if (!AcceptSymbol(",")) break;
        }
        if (!AtEnd) throw Unexpected("',' or the end of ALTER TABLE");
    }

    private Diagnostics.SourcePosition PositionAtToken(int index) => PositionOf(Tokens[index].Start);
}
