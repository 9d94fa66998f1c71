using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Import;

/// <summary>
/// Reads SQLite DDL (including <c>sqlite3 .schema</c> output): affinity type names, INTEGER PRIMARY KEY
/// [AUTOINCREMENT] as identity, WITHOUT ROWID, inline and table-level foreign keys; virtual tables, views and
/// triggers are kept verbatim.
/// </summary>
public sealed class SqliteDdlParser : SqlDdlParser
{
    private static readonly HashSet<string> ConstraintWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "constraint", "primary", "not", "null", "unique", "check", "default", "collate", "references", "generated", "as",
    };

    /// <inheritdoc />
    public override string Dialect => DialectNames.Sqlite;

    private protected override SqlLexicalRules Rules => SqlLexicalRules.Sqlite;

    private protected override TypeMapping MapType(TypeSyntax type) => SqliteTypeMap.Map(type);

    private protected override bool JoinsTypeWord(string name, string next) => !ConstraintWords.Contains(next);

    private protected override bool IsDialectDefaultStop() => IsWord("ON") || IsWord("AUTOINCREMENT");

    /// <summary>A trigger body holds ';'-terminated statements up to END: merge them back into one statement.</summary>
    private protected override bool SplitsStatements => true;

    /// <inheritdoc />
    private protected override IEnumerable<SqlStatementSpan> SplitStatements(SqlStatementReader statement)
    {
        if (IsTrigger(statement.Tokens, statement.Count))
        {
            while (!WordIs(statement.Tokens[statement.Count - 1], "END") && statement.AppendStatement())
            {
            }
        }
        yield return new SqlStatementSpan(0, statement.Count);
    }

    private bool IsTrigger(SqlToken[] t, int end)
    {
        var k = 0;
        if (k >= end || !WordIs(t[k], "CREATE")) return false;
        k++;
        if (k < end && (WordIs(t[k], "TEMP") || WordIs(t[k], "TEMPORARY"))) k++;
        return k < end && WordIs(t[k], "TRIGGER");
    }

    private bool WordIs(SqlToken t, string word) =>
        t.Kind == SqlTokenKind.Word && Text.AsSpan(t.Start, t.Length).Equals(word, StringComparison.OrdinalIgnoreCase);

    private protected override void ParseStatement()
    {
        if (AcceptWord("CREATE")) { ParseCreate(); return; }
        if (IsWord("DROP")) { Ignore("DROP statements are ignored; the design is built from the CREATE statements"); return; }
        if (IsAnyWord("PRAGMA", "BEGIN", "COMMIT", "END", "ANALYZE", "VACUUM", "SELECT")) { Ignore("statement without effect on the schema"); return; }
        if (IsAnyWord("INSERT", "REPLACE", "UPDATE", "DELETE")) { Ignore("data statement"); return; }
        if (IsWord("ALTER") && IsWord("TABLE", 1)) { ParseAlterTable(); return; }
        SkipUnknown();
    }

    private void ParseCreate()
    {
        AcceptWord("TEMP");
        AcceptWord("TEMPORARY");
        if (AcceptWord("TABLE"))
        {
            // sqlite3 .schema prints SQLite's own bookkeeping tables (sqlite_sequence, sqlite_stat1): not part of a design.
            var save = Position;
            if (IsWord("IF") && IsWord("NOT", 1) && IsWord("EXISTS", 2)) Position += 3;
            if (AtIdentifier && TokenText().StartsWith("sqlite_", StringComparison.OrdinalIgnoreCase)) { Ignore("SQLite internal table"); return; }
            Position = save;
            ParseCreateTableBody();
            return;
        }
        if (IsWord("INDEX") || IsWord("UNIQUE") && IsWord("INDEX", 1))
        {
            var unique = AcceptWord("UNIQUE");
            ExpectWord("INDEX");
            ParseCreateIndexBody(unique, IndexMethod.BTree);
            return;
        }
        var kind = TokenText().ToLowerInvariant();
        if (kind is "view" or "trigger" || kind == "virtual" && IsWord("TABLE", 1))
        {
            Position += kind == "virtual" ? 2 : 1;
            if (IsWord("IF") && IsWord("NOT", 1) && IsWord("EXISTS", 2)) Position += 3;
            KeepVerbatim(kind == "virtual" ? "virtual table" : kind, AtIdentifier ? QualifiedName().ToString() : null);
            return;
        }
        SkipUnknown();
    }

    private protected override bool TryColumnOption(TableDraft table, ColumnDraft column)
    {
        if (AcceptWord("AUTOINCREMENT")) { column.Identity = IdentityKind.ByDefault; return true; }
        return false;
    }

    private protected override void ParseTableOptions(TableDraft table)
    {
        var withoutRowId = false;
        while (!AtEnd)
        {
            if (AcceptSymbol(",")) continue;
            if (AcceptWords("WITHOUT", "ROWID")) { withoutRowId = true; Context.Approximated("table", table.Path, "WITHOUT ROWID not kept", table.Position); continue; }
            if (AcceptWord("STRICT")) { Context.Approximated("table", table.Path, "STRICT not kept", table.Position); continue; }
            throw Unexpected("WITHOUT ROWID, STRICT or the end of CREATE TABLE");
        }
        // INTEGER PRIMARY KEY is an alias of the rowid: SQLite assigns the next value when none is given.
        if (!withoutRowId && table.PrimaryKey is { Columns.Count: 1 } pk && table.FindColumn(pk.Columns[0]) is { } c
            && c.TypeText.Equals("INTEGER", StringComparison.OrdinalIgnoreCase) && c.Identity == IdentityKind.None)
        {
            c.Identity = IdentityKind.ByDefault;
            Context.Approximated("column", table.Path + "." + c.Name, "INTEGER PRIMARY KEY (rowid alias) imported as identity (by default)", c.Position);
        }
    }

    private void ParseAlterTable()
    {
        Position += 2;
        var name = QualifiedName();
        var table = Context.FindTable(name);
        if (table is not null && AcceptWord("ADD"))
        {
            AcceptWord("COLUMN");
            table.Columns.Add(ParseColumn(table));
            return;
        }
        KeepVerbatim("alter table", name.ToString());
    }
}
