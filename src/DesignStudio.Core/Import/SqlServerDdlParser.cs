using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Import;

/// <summary>
/// Reads SQL Server DDL (T-SQL scripts and SSMS "Generate Scripts" output): GO batches, [bracketed] names,
/// IDENTITY, NVARCHAR(MAX), CLUSTERED keys, WITH CHECK ADD CONSTRAINT, named DEFAULT constraints, IF EXISTS guards and
/// MS_Description extended properties as comments; views, procedures, functions and triggers are kept verbatim.
/// </summary>
public sealed partial class SqlServerDdlParser : SqlDdlParser
{
    /// <inheritdoc />
    public override string Dialect => DialectNames.SqlServer;

    private protected override SqlLexicalRules Rules => SqlLexicalRules.SqlServer;

    private protected override bool IndexElementsInTable => true;

    private protected override TypeMapping MapType(TypeSyntax type) => SqlServerTypeMap.Map(type);

    private protected override bool IsDialectDefaultStop() => IsAnyWord("IDENTITY", "ROWGUIDCOL", "FOR", "WITH", "SPARSE");

    private protected override void ParseStatement()
    {
        if (AcceptWord("CREATE")) { ParseCreate(); return; }
        if (IsWord("ALTER") && IsWord("TABLE", 1)) { Position += 2; ParseAlterTable(); return; }
        if (IsWord("ALTER")) { KeepVerbatim("alter", null); return; }
        if (IsWord("IF") || IsWord("ELSE"))
        {
            Ignore("IF guard: the statements it guards are imported on their own");
            return;
        }
        if (IsAnyWord("EXEC", "EXECUTE")) { ParseExec(); return; }
        if (IsAnyWord("GRANT", "DENY", "REVOKE")) { KeepVerbatim(TokenText().ToLowerInvariant(), null); return; }
        if (IsAnyWord("SET", "USE")) { Ignore(IsWord("USE") ? "USE selects a database; tables keep their schema" : "session setting"); return; }
        if (IsWord("DROP")) { Ignore("DROP statements are ignored; the design is built from the CREATE statements"); return; }
        if (IsAnyWord("PRINT", "DECLARE", "SELECT", "BEGIN", "END", "RETURN", "RAISERROR", "DBCC", "WHILE", "COMMIT", "ROLLBACK"))
        {
            Ignore("statement without effect on the schema");
            return;
        }
        if (IsAnyWord("INSERT", "UPDATE", "DELETE", "TRUNCATE", "BULK", "MERGE")) { Ignore("data statement"); return; }
        SkipUnknown();
    }

    private void ParseCreate()
    {
        AcceptWords("OR", "ALTER");
        if (AcceptWord("TABLE")) { ParseCreateTableBody(); return; }
        if (IsAnyWord("INDEX", "UNIQUE", "CLUSTERED", "NONCLUSTERED", "COLUMNSTORE"))
        {
            var unique = false;
            var notes = new List<string>();
            while (!IsWord("INDEX") && !AtEnd)
            {
                if (IsWord("UNIQUE")) unique = true; else notes.Add(TokenText().ToUpperInvariant() + " not kept");
                Position++;
            }
            ExpectWord("INDEX");
            ParseCreateIndexBody(unique, IndexMethod.BTree, () => IsAnyWord("WITH", "ON"));
            foreach (var n in notes) Context.Approximated("index", null, n, StatementPosition);
            return;
        }
        if (IsAnyWord("DATABASE")) { Ignore("CREATE DATABASE is not part of a design"); return; }
        var kind = TokenText().ToLowerInvariant();
        if (kind == "proc") kind = "procedure";
        if (kind is "view" or "procedure" or "function" or "trigger" or "schema" or "type" or "synonym" or "sequence" or "role" or "user" or "login" or "statistics")
        {
            Position++;
            KeepVerbatim(kind, AtIdentifier ? QualifiedName().ToString() : null);
            return;
        }
        SkipUnknown();
    }

    private protected override bool TryColumnOption(TableDraft table, ColumnDraft column)
    {
        if (AcceptWord("IDENTITY"))
        {
            column.Identity = IdentityKind.Always;
            if (IsSymbol("("))
            {
                var args = ParenthesizedText();
                if (args.Replace(" ", "", StringComparison.Ordinal) is not ("1,1" or ""))
                {
                    Context.Approximated("column", table.Path + "." + column.Name, $"IDENTITY({args}) seed and increment not kept", column.Position);
                }
            }
            return true;
        }
        if (AcceptWords("NOT", "FOR")) { ExpectWord("REPLICATION"); return true; }
        if (IsAnyWord("CLUSTERED", "NONCLUSTERED", "ROWGUIDCOL", "SPARSE", "FILESTREAM"))
        {
            Context.Approximated("column", table.Path + "." + column.Name, TokenText().ToUpperInvariant() + " not kept", column.Position);
            Position++;
            return true;
        }
        if (IsWord("WITH") && IsSymbol("(", 1)) { Position++; SkipParens(); return true; }
        if (IsWord("ON") && !IsWord("DELETE", 1) && !IsWord("UPDATE", 1)) { Position++; QualifiedName(); return true; }
        return false;
    }

    private protected override void ParseTableOptions(TableDraft table)
    {
        while (!AtEnd)
        {
            var from = Position;
            if (AcceptWord("ON") || AcceptWord("TEXTIMAGE_ON") || AcceptWord("FILESTREAM_ON")) { QualifiedName(); if (IsSymbol("(")) SkipParens(); }
            else if (IsWord("WITH") && IsSymbol("(", 1)) { Position++; SkipParens(); }
            else throw Unexpected("ON, TEXTIMAGE_ON, WITH or the end of CREATE TABLE");
            Context.Ignored("table option", table.Path, "storage option not part of a design: " + Shorten(TextFrom(from)), table.Position);
        }
    }
}
