using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Import;

/// <summary>
/// Reads PostgreSQL DDL, including whole <c>pg_dump --schema-only</c> output, into a design: tables, partitions,
/// enums, domains, sequences, identity and generated columns, constraints, indexes and comments; views, functions,
/// triggers, grants and the like are kept verbatim.
/// </summary>
public sealed partial class PostgreSqlDdlParser : SqlDdlParser
{
    /// <inheritdoc />
    public override string Dialect => DialectNames.PostgreSql;

    private protected override SqlLexicalRules Rules => SqlLexicalRules.PostgreSql;

    private protected override TypeMapping MapType(TypeSyntax type) => PostgreSqlTypeMap.Map(type);

    private protected override void ParseStatement()
    {
        if (Token().Kind == SqlTokenKind.MetaCommand) { Ignore("psql meta-command (client directive)"); return; }
        if (AcceptWord("CREATE")) { ParseCreate(); return; }
        if (AcceptWord("ALTER")) { ParseAlter(); return; }
        if (AcceptWord("COMMENT")) { ParseComment(); return; }
        if (IsAnyWord("GRANT", "REVOKE")) { KeepVerbatim(TokenText().ToLowerInvariant(), null); return; }
        if (IsAnyWord("SET", "RESET")) { Ignore("session setting"); return; }
        if (IsWord("SELECT")) { Ignore("query without effect on the schema (set_config, setval ...)"); return; }
        if (IsWord("DROP")) { Ignore("DROP statements are ignored; the design is built from the CREATE statements"); return; }
        if (IsAnyWord("BEGIN", "COMMIT", "END", "START", "ROLLBACK", "SAVEPOINT", "RELEASE")) { Ignore("transaction control"); return; }
        if (IsAnyWord("INSERT", "UPDATE", "DELETE", "COPY", "TRUNCATE")) { Ignore("data statement"); return; }
        if (IsAnyWord("ANALYZE", "VACUUM", "CHECKPOINT", "LOCK", "DISCARD", "NOTIFY", "LISTEN")) { Ignore("maintenance statement"); return; }
        SkipUnknown();
    }

    private void ParseCreate()
    {
        if (AcceptWord("OR")) ExpectWord("REPLACE");
        if (IsWord("TABLE") || IsAnyWord("UNLOGGED", "TEMP", "TEMPORARY") && IsWord("TABLE", 1)
            || IsAnyWord("GLOBAL", "LOCAL") && (IsWord("TEMP", 1) || IsWord("TEMPORARY", 1)) && IsWord("TABLE", 2))
        {
            while (!AcceptWord("TABLE")) Position++;
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
        if (AcceptWord("TYPE")) { ParseCreateType(); return; }
        if (AcceptWord("DOMAIN")) { ParseCreateDomain(); return; }
        if (IsAnyWord("TEMP", "TEMPORARY", "UNLOGGED") && IsWord("SEQUENCE", 1)) Position++;
        if (AcceptWord("SEQUENCE"))
        {
            ParseCreateSequence();
            return;
        }
        if (AcceptWord("DATABASE")) { Ignore("CREATE DATABASE is not part of a design", IdentifierOrNull()); return; }
        var kind = VerbatimKind();
        if (kind is null) { SkipUnknown(); return; }
        KeepVerbatim(kind, IdentifierOrNull());
    }

    private string? VerbatimKind()
    {
        var words = new List<string>();
        while (Token().Kind == SqlTokenKind.Word && words.Count < 4)
        {
            var w = TokenText().ToLowerInvariant();
            if (w is "recursive" or "temp" or "temporary" or "trusted" or "procedural" or "constraint" or "default" && words.Count == 0) { Position++; continue; }
            words.Add(w);
            Position++;
            var kind = string.Join(' ', words);
            if (kind is "view" or "materialized view" or "function" or "procedure" or "trigger" or "event trigger" or "aggregate"
                or "operator" or "operator class" or "operator family" or "extension" or "schema" or "rule" or "policy"
                or "text search configuration" or "text search dictionary" or "text search parser" or "text search template"
                or "cast" or "collation" or "publication" or "subscription" or "statistics" or "server" or "foreign table"
                or "foreign data wrapper" or "language" or "conversion" or "access method" or "transform" or "user mapping"
                or "role" or "user" or "group" or "tablespace")
            {
                if (kind is "schema" or "extension" && IsWord("IF")) Position += 3;
                if (kind is "user mapping" && IsWord("FOR")) Position++;
                return kind;
            }
        }
        return null;
    }

    private string? IdentifierOrNull()
    {
        if (IsWord("IF") && IsWord("NOT", 1) && IsWord("EXISTS", 2)) Position += 3;
        if (!AtIdentifier) return null;
        return Context.Strings.Qualified(QualifiedName());
    }

    private void ParseCreateType()
    {
        var at = StatementPosition;
        var name = QualifiedName();
        if (AcceptWord("AS") && AcceptWord("ENUM"))
        {
            ExpectSymbol("(");
            var values = new List<string>();
            while (!AtEnd && !IsSymbol(")"))
            {
                values.Add(StringLiteral());
                if (!AcceptSymbol(",")) break;
            }
            ExpectSymbol(")");
            Context.AddEnum(name, values, at);
            return;
        }
        KeepVerbatim("type", name.ToString());
    }

    private void ParseCreateDomain()
    {
        var at = StatementPosition;
        var name = QualifiedName();
        AcceptWord("AS");
        var type = ParseType();
        var mapping = PostgreSqlTypeMap.Map(type);
        string? check = null;
        var notNull = false;
        while (!AtEnd)
        {
            if (AcceptWord("CONSTRAINT")) { Identifier(); continue; }
            if (AcceptWords("NOT", "NULL")) { notNull = true; continue; }
            if (AcceptWord("NULL")) continue;
            if (AcceptWord("CHECK"))
            {
                var c = ParenthesizedText();
                check = check is null ? c : $"({check}) AND ({c})";
                continue;
            }
            if (AcceptWord("COLLATE")) { QualifiedName(); continue; }
            if (AcceptWord("DEFAULT")) { SkipExpression(() => IsAnyWord("CONSTRAINT", "NOT", "NULL", "CHECK", "COLLATE")); continue; }
            throw Unexpected("a domain constraint");
        }
        var domain = new DomainDraft(type, mapping.Type, mapping.KeepNative ? type.Text : null, check, notNull);
        Context.Domains[name.ToString()] = domain;
        Context.Domains.TryAdd(name.Name, domain);
        Context.Approximated("domain", name.ToString(), $"domain over {type.Text}: columns of this type get the base type" + (check is null ? "" : " and the domain check"), at);
    }

    private void ParseCreateSequence()
    {
        if (IsWord("IF") && IsWord("NOT", 1) && IsWord("EXISTS", 2)) Position += 3;
        var name = QualifiedName();
        var seq = new SequenceDraft(name, StatementText, StatementPosition, StatementOffset);
        while (!AtEnd)
        {
            if (IsWord("OWNED") && IsWord("BY", 1))
            {
                Position += 2;
                SetOwner(seq);
                continue;
            }
            Position++;
        }
        Context.Sequences[name.ToString()] = seq;
        Context.Sequences.TryAdd(name.Name, seq);
    }

    private void SetOwner(SequenceDraft seq)
    {
        if (AcceptWord("NONE")) return;
        var parts = new List<string> { Identifier() };
        while (AcceptSymbol(".")) parts.Add(Identifier());
        if (parts.Count < 2) throw Unexpected("table.column after OWNED BY");
        seq.OwnedByColumn = parts[^1];
        seq.OwnedByTable = new QualifiedName(parts.Count > 2 ? parts[^3] : null, parts[^2]);
    }

    private void ParseComment()
    {
        ExpectWord("ON");
        var what = TokenText().ToUpperInvariant();
        if (what is "TABLE" or "COLUMN" or "TYPE" or "DOMAIN")
        {
            Position++;
            var parts = new List<string> { Identifier() };
            while (AcceptSymbol(".")) parts.Add(Identifier());
            ExpectWord("IS");
            var text = AcceptWord("NULL") ? null : StringLiteral();
            ApplyComment(what, parts, text);
            return;
        }
        KeepVerbatim("comment", null);
    }

    private void ApplyComment(string what, List<string> parts, string? text)
    {
        if (what == "COLUMN")
        {
            if (parts.Count < 2) throw Unexpected("table.column");
            var table = Context.FindTable(new QualifiedName(parts.Count > 2 ? parts[^3] : null, parts[^2]));
            var column = table?.FindColumn(parts[^1]);
            if (column is null) { Unresolved("column", string.Join('.', parts)); return; }
            column.Comment = text;
            return;
        }
        var name = new QualifiedName(parts.Count > 1 ? parts[^2] : null, parts[^1]);
        if (what == "TABLE")
        {
            if (Context.FindTable(name) is { } t) t.Comment = text; else KeepVerbatim("comment", name.ToString());
            return;
        }
        if (Context.FindEnum(name.Schema, name.Name) is { } e && text is not null) { Context.SetEnumComment(e, text); return; }
        KeepVerbatim("comment", name.ToString());
    }

    private void Unresolved(string what, string name) =>
        Context.Warn(ImportCodes.UnresolvedReference, $"COMMENT ON {what} {name}: no such {what} was created; the comment was skipped.", StatementPosition, "COMMENT", name);
}
