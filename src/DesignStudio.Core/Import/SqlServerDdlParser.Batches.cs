using DesignStudio.Core.Model;

namespace DesignStudio.Core.Import;

public sealed partial class SqlServerDdlParser
{
    private static readonly HashSet<string> StatementStarts = new(StringComparer.OrdinalIgnoreCase)
    {
        "CREATE", "ALTER", "DROP", "SET", "USE", "IF", "ELSE", "EXEC", "EXECUTE", "INSERT", "UPDATE", "DELETE", "PRINT",
        "DECLARE", "GRANT", "DENY", "REVOKE", "BEGIN", "END", "SELECT", "WHILE", "RETURN", "TRUNCATE", "DBCC", "RAISERROR",
        "COMMIT", "ROLLBACK",
    };

    /// <summary>
    /// A batch (between GO lines) may hold several statements without semicolons: split it where a statement keyword
    /// starts at parenthesis depth 0. CREATE VIEW / PROCEDURE / FUNCTION / TRIGGER take the rest of their batch.
    /// </summary>
    private protected override bool SplitsStatements => true;

    /// <inheritdoc />
    private protected override IEnumerable<SqlStatementSpan> SplitStatements(SqlStatementReader statement)
    {
        var s = Text;
        var t = statement.Tokens;
        var batchEnd = statement.Count;
        var start = 0;
        var depth = 0;
        for (var k = 0; k < batchEnd; k++)
        {
            var tok = t[k];
            if (tok.Kind == SqlTokenKind.Symbol && tok.Length == 1)
            {
                var c = s[tok.Start];
                if (c == '(') depth++;
                else if (c == ')' && depth > 0) depth--;
                continue;
            }
            if (depth != 0 || k == start || tok.Kind != SqlTokenKind.Word) continue;
            if (!StartsStatement(s, t, k, start, batchEnd)) continue;
            yield return new SqlStatementSpan(start, k - start);
            start = k;
            if (TakesRestOfBatch(s, t, k, batchEnd)) break;
        }
        if (batchEnd > start) yield return new SqlStatementSpan(start, batchEnd - start);
    }

    private static string Word(string s, SqlToken t) => t.Kind == SqlTokenKind.Word ? s.Substring(t.Start, t.Length) : "";

    private static bool StartsStatement(string s, SqlToken[] t, int k, int start, int batchEnd)
    {
        var word = Word(s, t[k]);
        if (!StatementStarts.Contains(word)) return false;
        var previous = Word(s, t[k - 1]).ToUpperInvariant();
        var first = Word(s, t[start]).ToUpperInvariant();
        // A statement that is its own body: the first statement after BEGIN / a guard is fine to split on.
        if (TakesRestOfBatch(s, t, start, batchEnd)) return false;
        return word.ToUpperInvariant() switch
        {
            // ALTER DATABASE / TABLE / INDEX ... SET (...) is one statement; after a semicolon SET starts a new one.
            "SET" => previous is not ("DELETE" or "UPDATE") && (first is not "ALTER" || IsSemicolon(s, t[k - 1])),
            "UPDATE" or "DELETE" => previous is not ("ON" or "FOR" or "AFTER" or "OF" or ","),
            "INSERT" => previous is not ("FOR" or "AFTER" or "OF" or ","),
            "SELECT" => first is not ("INSERT" or "IF" or "WHILE") && previous is not ("UNION" or "ALL" or "EXCEPT" or "INTERSECT"),
            "END" => previous is not "CASE",
            "ROLLBACK" => previous is not "WITH", // ALTER DATABASE ... WITH ROLLBACK IMMEDIATE
            _ => true,
        };
    }

    private static bool IsSemicolon(string s, SqlToken t) => t.Kind == SqlTokenKind.Symbol && t.Length == 1 && s[t.Start] == ';';

    private static bool TakesRestOfBatch(string s, SqlToken[] t, int k, int end)
    {
        var w = Word(s, t[k]).ToUpperInvariant();
        if (w is not ("CREATE" or "ALTER")) return false;
        var j = k + 1;
        if (j + 1 < end && Word(s, t[j]).Equals("OR", StringComparison.OrdinalIgnoreCase)) j += 2;
        if (j >= end) return false;
        return Word(s, t[j]).ToUpperInvariant() is "VIEW" or "PROC" or "PROCEDURE" or "FUNCTION" or "TRIGGER";
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
        if (AcceptWord("WITH")) { if (!AcceptWord("CHECK")) AcceptWord("NOCHECK"); }
        if (AcceptWord("CHECK") || AcceptWord("NOCHECK"))
        {
            Ignore("constraint checking switch (the constraint itself is imported)", table.Path);
            return;
        }
        if (AcceptWord("ADD"))
        {
            while (!AtEnd)
            {
                if (IsWord("CONSTRAINT") && IsWord("DEFAULT", 2) || IsWord("DEFAULT")) AddDefaultConstraint(table);
                else if (IsAnyWord("CONSTRAINT", "PRIMARY", "UNIQUE", "FOREIGN", "CHECK", "INDEX")) ParseTableConstraint(table);
                else table.Columns.Add(ParseColumn(table));
                if (!AcceptSymbol(",")) break;
            }
            if (!AtEnd) throw Unexpected("the end of ALTER TABLE ... ADD");
            return;
        }
        if (AcceptWords("ALTER", "COLUMN"))
        {
            var column = table.FindColumn(Identifier()) ?? throw Unexpected("a column of " + table.Name);
            var replacement = new ColumnDraft(column.Name, column.Position);
            ApplyType(table, replacement, ParseType());
            column.Type = replacement.Type;
            column.NativeType = replacement.NativeType;
            column.TypeText = replacement.TypeText;
            ParseColumnConstraints(table, column);
            return;
        }
        KeepVerbatim("alter table", table.Path);
    }

    private void AddDefaultConstraint(TableDraft table)
    {
        if (AcceptWord("CONSTRAINT")) Identifier();
        ExpectWord("DEFAULT");
        var holder = new ColumnDraft("", PositionAt());
        ParseDefault(holder);
        ExpectWord("FOR");
        var column = table.FindColumn(Identifier()) ?? throw Unexpected("a column of " + table.Name);
        column.Default = holder.Default;
        AcceptWords("WITH", "VALUES");
    }

    private void ParseExec()
    {
        Position++;
        var proc = AtIdentifier ? QualifiedName() : new QualifiedName(null, "");
        if (!proc.Name.Equals("sp_addextendedproperty", StringComparison.OrdinalIgnoreCase))
        {
            Ignore("procedure call without effect on the schema", proc.Name);
            return;
        }
        // Arguments by position or as @name = value: name, value, level0type, level0name, level1type, ...
        var names = new[] { "@name", "@value", "@level0type", "@level0name", "@level1type", "@level1name", "@level2type", "@level2name" };
        var args = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var index = 0;
        while (!AtEnd)
        {
            var key = index < names.Length ? names[index] : "";
            if (IsSymbol("@") && AtIdentifierAhead(1)) { Position++; key = "@" + Identifier(); AcceptSymbol("="); }
            else if (TokenText().StartsWith('@') && Token().Kind == SqlTokenKind.Symbol) { Position++; }
            if (Token().Kind == SqlTokenKind.String) args[key] = StringLiteral();
            else Expression();
            index++;
            if (!AcceptSymbol(",")) break;
        }
        ApplyExtendedProperty(args);
    }

    private bool AtIdentifierAhead(int ahead) => Token(ahead).Kind is SqlTokenKind.Word or SqlTokenKind.QuotedIdentifier;

    private void ApplyExtendedProperty(Dictionary<string, string> args)
    {
        if (!args.TryGetValue("@name", out var property) || !property.Equals("MS_Description", StringComparison.OrdinalIgnoreCase)
            || !args.TryGetValue("@value", out var value))
        {
            KeepVerbatim("extended property", args.GetValueOrDefault("@name"));
            return;
        }
        var schema = args.GetValueOrDefault("@level0name");
        var tableName = args.GetValueOrDefault("@level1name");
        var table = tableName is null ? null : Context.FindTable(new QualifiedName(schema, tableName));
        if (table is null || !string.Equals(args.GetValueOrDefault("@level1type"), "TABLE", StringComparison.OrdinalIgnoreCase))
        {
            KeepVerbatim("extended property", tableName);
            return;
        }
        if (args.TryGetValue("@level2name", out var columnName))
        {
            if (table.FindColumn(columnName) is { } column) column.Comment = value;
            else KeepVerbatim("extended property", tableName + "." + columnName);
            return;
        }
        table.Comment = value;
    }
}
