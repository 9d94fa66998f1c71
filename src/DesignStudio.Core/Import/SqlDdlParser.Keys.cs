using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Import;

public abstract partial class SqlDdlParser
{
    /// <summary>Reads a table constraint (in CREATE TABLE or after ALTER TABLE ... ADD).</summary>
    private protected void ParseTableConstraint(TableDraft table)
    {
        var at = PositionAt();
        var from = Position;
        string? name = null;
        if (AcceptWord("CONSTRAINT") && !IsAnyWord("PRIMARY", "UNIQUE", "FOREIGN", "CHECK", "EXCLUDE")) name = Identifier();
        var notes = Notes();
        if (AcceptWords("PRIMARY", "KEY"))
        {
            SkipIndexModifiers(notes);
            var parts = IndexParts(notes);
            table.PrimaryKey = new KeyDraft(name, ColumnsOf(parts, table, "primary key"), at);
            SkipKeyOptions(notes);
        }
        else if (AcceptWord("UNIQUE"))
        {
            if (IsAnyWord("KEY", "INDEX")) Position++;
            SkipIndexModifiers(notes);
            if (AtIdentifier && !IsSymbol("(")) name ??= Identifier();
            SkipIndexModifiers(notes);
            var parts = IndexParts(notes);
            table.Uniques.Add(new KeyDraft(name, ColumnsOf(parts, table, "unique constraint"), at));
            SkipKeyOptions(notes);
        }
        else if (AcceptWords("FOREIGN", "KEY"))
        {
            if (AtIdentifier) name ??= Identifier();
            var columns = IdentifierList();
            ExpectWord("REFERENCES");
            table.ForeignKeys.Add(ParseReferences(name, columns, at));
        }
        else if (AcceptWord("CHECK"))
        {
            table.Checks.Add(new CheckDraft(name, ParenthesizedText()));
            while (AcceptWords("NO", "INHERIT") || AcceptWords("NOT", "VALID") || AcceptWords("NOT", "ENFORCED") || AcceptWord("ENFORCED")
                   || AcceptWords("NOT", "FOR") && AcceptWord("REPLICATION"))
            {
            }
        }
        else if (IsWord("EXCLUDE"))
        {
            Expression();
            var text = TextFrom(from);
            Context.Verbatim("exclusion constraint", name, $"ALTER TABLE {table.Name} ADD {text}", at, Tokens[from].Start);
        }
        else if (IsAnyWord("KEY", "INDEX", "FULLTEXT", "SPATIAL"))
        {
            var method = IsWord("FULLTEXT") ? IndexMethod.FullText : IsWord("SPATIAL") ? IndexMethod.Spatial : IndexMethod.BTree;
            Position++;
            if (method != IndexMethod.BTree && IsAnyWord("KEY", "INDEX")) Position++;
            SkipIndexModifiers(notes);
            string? indexName = AtIdentifier && !IsSymbol("(") && !IsWord("USING") ? Identifier() : null;
            if (AcceptWord("USING")) method = MapIndexMethod(Identifier(), notes, method);
            SkipIndexModifiers(notes);
            var parts = IndexParts(notes);
            if (AcceptWord("USING")) method = MapIndexMethod(Identifier(), notes, method);
            SkipKeyOptions(notes);
            table.Indexes.Add(new IndexDraft { Name = indexName, Method = method, Parts = parts, Position = at });
            Context.Imported("index", indexName, table.IndexDetail, at);
        }
        else
        {
            throw Unexpected("a table constraint");
        }
        foreach (var note in notes) Context.Approximated("constraint", name ?? table.Path, note, at);
    }

    private readonly List<string> notesBuffer = [];

    /// <summary>The approximation notes of one key or index, in a list reused from one to the next (they are reported at its end).</summary>
    private List<string> Notes()
    {
        notesBuffer.Clear();
        return notesBuffer;
    }

    private List<string> ColumnsOf(List<IndexPartDraft> parts, TableDraft table, string what)
    {
        var names = new List<string>();
        foreach (var p in parts)
        {
            if (p.Column is null) throw new SqlSyntaxException($"the {what} of {table.Name} has an expression part", Token().Start);
            names.Add(p.Column);
        }
        return names;
    }

    private void SkipIndexModifiers(List<string> notes)
    {
        while (IsAnyWord("CLUSTERED", "NONCLUSTERED"))
        {
            notes.Add(TokenText().ToUpperInvariant() + " not kept");
            Position++;
        }
    }

    /// <summary>Skips storage and enforcement options after a key's column list.</summary>
    private protected void SkipKeyOptions(List<string> notes)
    {
        while (!AtEnd)
        {
            var from = Position;
            if (IsWord("WITH") && IsSymbol("(", 1)) { Position++; SkipParens(); }
            else if (IsWord("ON") && IsWord("CONFLICT", 1)) Position += 3;
            else if (IsWord("ON") && !IsAnyWordAt(1, "DELETE", "UPDATE")) { Position++; QualifiedName(); if (IsSymbol("(")) SkipParens(); }
            else if (IsWord("USING") && IsWord("INDEX", 1)) { Position += 2; if (AcceptWord("TABLESPACE")) Identifier(); }
            else if (IsWord("USING")) { Position++; Identifier(); }
            else if (AcceptWords("NOT", "DEFERRABLE") || AcceptWord("DEFERRABLE") || AcceptWords("NOT", "VALID") || AcceptWord("VISIBLE") || AcceptWord("INVISIBLE")) { }
            else if (AcceptWord("INITIALLY")) Advance();
            else if (IsWord("COMMENT")) { Position++; AcceptSymbol("="); StringLiteral(); }
            else if (IsWord("KEY_BLOCK_SIZE")) { Position++; AcceptSymbol("="); Advance(); }
            else if (IsWord("WITH") && IsWord("PARSER", 1)) { Position += 2; Identifier(); }
            else if (IsWord("NULLS") && IsWord("NOT", 1) && IsWord("DISTINCT", 2)) Position += 3;
            else if (IsWord("INCLUDE") && IsSymbol("(", 1)) { Position++; SkipParens(); }
            else break;
            notes.Add("key option not kept: " + Shorten(TextFrom(from)));
        }
    }

    private bool IsAnyWordAt(int ahead, params ReadOnlySpan<string> words)
    {
        foreach (var w in words)
        {
            if (IsWord(w, ahead)) return true;
        }
        return false;
    }

    /// <summary>Maps an index access method name.</summary>
    private protected static IndexMethod MapIndexMethod(string method, List<string> notes, IndexMethod fallback = IndexMethod.BTree)
    {
        switch (method.ToLowerInvariant())
        {
            case "btree": return fallback == IndexMethod.BTree ? IndexMethod.BTree : fallback;
            case "hash": return IndexMethod.Hash;
            case "gin": return IndexMethod.Gin;
            case "gist": return IndexMethod.Gist;
            case "brin": return IndexMethod.Brin;
            case "rtree": return IndexMethod.Spatial;
            case "spgist":
                notes.Add("index method spgist approximated as gist");
                return IndexMethod.Gist;
            default:
                notes.Add($"index method {method} approximated as btree");
                return IndexMethod.BTree;
        }
    }

    private Func<bool>? isIndexPartStop;

    /// <summary>Reads "(part, ...)": columns or expressions with prefix lengths, collations, operator classes and order.</summary>
    private protected List<IndexPartDraft> IndexParts(List<string> notes)
    {
        ExpectSymbol("(");
        var parts = new List<IndexPartDraft>();
        while (!AtEnd && !IsSymbol(")"))
        {
            string? column = null;
            string? expression = null;
            int? prefix = null;
            if (AtIdentifier && (IsSymbol(",", 1) || IsSymbol(")", 1) || Token(1).Kind is SqlTokenKind.Word or SqlTokenKind.QuotedIdentifier))
            {
                column = Identifier();
            }
            else if (AtIdentifier && IsSymbol("(", 1) && Token(2).Kind == SqlTokenKind.Number && IsSymbol(")", 3))
            {
                column = Identifier();
                Position++;
                prefix = int.TryParse(TokenText(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
                Position += 2;
            }
            else if (IsSymbol("("))
            {
                expression = ParenthesizedText();
            }
            else
            {
                var from = Position;
                while (AtIdentifier && IsSymbol(".", 1)) Position += 2;
                if (AtIdentifier && IsSymbol("(", 1)) { Position++; SkipParens(); }
                else SkipExpression(isIndexPartStop ??= () => IsAnyWord("ASC", "DESC", "NULLS", "COLLATE"));
                expression = TextFrom(from);
            }
            var descending = false;
            while (!AtEnd && !IsSymbol(",") && !IsSymbol(")"))
            {
                if (AcceptWord("ASC")) continue;
                if (AcceptWord("DESC")) { descending = true; continue; }
                if (IsWord("NULLS") && IsAnyWordAt(1, "FIRST", "LAST")) { notes.Add($"NULLS {TokenText(1).ToUpperInvariant()} not kept"); Position += 2; continue; }
                if (AcceptWord("COLLATE")) { notes.Add($"index collation {QualifiedName()} not kept"); continue; }
                if (AtIdentifier)
                {
                    var opclass = QualifiedName();
                    if (IsSymbol("(")) SkipParens();
                    notes.Add($"operator class {opclass} not kept");
                    continue;
                }
                throw Unexpected("',' or ')' in an index column list");
            }
            parts.Add(new IndexPartDraft(column, expression, descending, prefix));
            if (!AcceptSymbol(",")) break;
        }
        ExpectSymbol(")");
        return parts;
    }

    /// <summary>Reads CREATE INDEX after the INDEX keyword (UNIQUE / FULLTEXT / SPATIAL already read by the caller).</summary>
    private protected void ParseCreateIndexBody(bool unique, IndexMethod method, Func<bool>? whereStop = null)
    {
        var at = StatementPosition;
        var notes = Notes();
        AcceptWord("CONCURRENTLY");
        if (IsWord("IF") && IsWord("NOT", 1) && IsWord("EXISTS", 2)) Position += 3;
        string? name = null;
        if (!IsWord("ON")) name = QualifiedName().Name;
        if (AcceptWord("USING")) method = MapIndexMethod(Identifier(), notes, method);
        ExpectWord("ON");
        AcceptWord("ONLY");
        var tableName = QualifiedName();
        if (AcceptWord("USING")) method = MapIndexMethod(Identifier(), notes, method);
        var parts = IndexParts(notes);
        var index = new IndexDraft { Name = name, Unique = unique, Method = method, Parts = parts, Position = at };
        while (!AtEnd)
        {
            if (IsWord("INCLUDE") && IsSymbol("(", 1)) { Position++; index.Include = IdentifierList(); continue; }
            if (AcceptWord("WHERE")) { index.Where = Expression(whereStop).Trim(); continue; }
            if (AcceptWord("USING")) { method = MapIndexMethod(Identifier(), notes, method); index.Method = method; continue; }
            var from = Position;
            if (IsWord("WITH") && IsSymbol("(", 1)) { Position++; SkipParens(); }
            else if (AcceptWord("TABLESPACE") || AcceptWord("ON")) { QualifiedName(); if (IsSymbol("(")) SkipParens(); }
            else if (IsWord("NULLS") && IsWord("NOT", 1) && IsWord("DISTINCT", 2)) Position += 3;
            else if (IsWord("NULLS") && IsWord("DISTINCT", 1)) Position += 2;
            else if (IsAnyWord("ALGORITHM", "LOCK", "KEY_BLOCK_SIZE")) { Position++; AcceptSymbol("="); Advance(); }
            else if (IsWord("COMMENT")) { Position++; StringLiteral(); }
            else if (AcceptWord("VISIBLE") || AcceptWord("INVISIBLE")) { }
            else throw Unexpected("an index option");
            notes.Add("index option not kept: " + Shorten(TextFrom(from)));
        }
        var table = Context.FindTable(tableName);
        if (table is null && Context.IsVerbatimRelation(tableName))
        {
            KeepVerbatim("index on " + Context.VerbatimRelationKind(tableName), name);
            return;
        }
        if (table is null)
        {
            Context.Warn(ImportCodes.UnresolvedReference, $"Index {name} is on table {tableName}, which the script does not create; the index was skipped.", at, "CREATE INDEX", name);
            return;
        }
        table.Indexes.Add(index);
        Context.Imported("index", name, table.IndexDetail, at);
        foreach (var note in notes) Context.Approximated("index", name, note, at);
    }
}
