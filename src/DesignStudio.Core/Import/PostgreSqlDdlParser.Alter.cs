using DesignStudio.Core.Model;

namespace DesignStudio.Core.Import;

public sealed partial class PostgreSqlDdlParser
{
    private void ParseAlter()
    {
        if (StatementHasOwnerTo()) { Ignore("ownership is not part of a design"); return; }
        if (AcceptWord("TABLE")) { ParseAlterTable(); return; }
        if (AcceptWord("SEQUENCE")) { ParseAlterSequence(); return; }
        if (IsWord("INDEX") && StatementContainsWords("ATTACH", "PARTITION"))
        {
            Ignore("index partition attachment: each partition's index is imported on its own table");
            return;
        }
        if (IsWord("DEFAULT") && IsWord("PRIVILEGES", 1)) { KeepVerbatim("default privileges", null); return; }
        var kind = TokenText().ToLowerInvariant();
        if (kind is "type" or "function" or "procedure" or "view" or "materialized" or "index" or "domain" or "schema" or "extension"
            or "trigger" or "aggregate" or "policy" or "publication" or "text" or "event" or "role" or "user" or "database")
        {
            Position++;
            KeepVerbatim("alter " + kind, IdentifierOrNull());
            return;
        }
        SkipUnknown();
    }

    private bool StatementHasOwnerTo() => StatementContainsWords("OWNER", "TO");

    private bool StatementContainsWords(string first, string second)
    {
        var save = Position;
        try
        {
            while (!AtEnd)
            {
                if (IsWord(first) && IsWord(second, 1)) return true;
                Position++;
            }
            return false;
        }
        finally
        {
            Position = save;
        }
    }

    private void ParseAlterSequence()
    {
        if (IsWord("IF") && IsWord("EXISTS", 1)) Position += 2;
        var name = QualifiedName();
        var seq = Context.Sequences.GetValueOrDefault(name.ToString()) ?? Context.Sequences.GetValueOrDefault(name.Name);
        if (seq is not null && IsWord("OWNED") && IsWord("BY", 1))
        {
            Position += 2;
            SetOwner(seq);
            return;
        }
        KeepVerbatim("alter sequence", name.ToString());
    }

    private void ParseAlterTable()
    {
        var ifExists = IsWord("IF") && IsWord("EXISTS", 1);
        if (ifExists) Position += 2;
        AcceptWord("ONLY");
        var name = QualifiedName();
        AcceptSymbol("*");
        var table = Context.FindTable(name);
        if (table is null && (ifExists || OnlyDropActions()))
        {
            Ignore(ifExists ? "ALTER TABLE IF EXISTS on a table the script has not created (a no-op)" : "DROP actions are ignored; the design is built from the CREATE statements", Context.Strings.Qualified(name));
            return;
        }
        if (table is null)
        {
            Context.Warn(ImportCodes.UnresolvedReference, $"ALTER TABLE {name}: no such table was created; the statement was skipped.", StatementPosition, "ALTER TABLE", name.ToString());
            SkipRest();
            return;
        }
        var keepVerbatim = false;
        var attachment = false;
        while (!AtEnd)
        {
            if (AcceptWord("ADD"))
            {
                if (IsAnyWord("CONSTRAINT", "PRIMARY", "UNIQUE", "FOREIGN", "CHECK", "EXCLUDE")) ParseTableConstraint(table);
                else
                {
                    AcceptWord("COLUMN");
                    if (IsWord("IF") && IsWord("NOT", 1) && IsWord("EXISTS", 2)) Position += 3;
                    table.Columns.Add(ParseColumn(table));
                }
            }
            else if (AcceptWord("ALTER"))
            {
                AcceptWord("COLUMN");
                var column = table.FindColumn(Identifier()) ?? throw Unexpected("a column of " + table.Name);
                AlterColumn(table, column);
            }
            else if (IsWord("ATTACH") && IsWord("PARTITION", 1))
            {
                Position += 2;
                var partition = QualifiedName();
                var bound = Expression();
                if (Context.FindTable(partition) is { } child) child.PartitionOf = table.Name;
                Context.Approximated("table", partition.ToString(), $"partition of {table.Name} ({Shorten(bound)}); partitioning is not modelled, the partition is a table of its own and the attachment is kept verbatim", StatementPosition);
                attachment = true;
            }
            else if (IsAnyWord("DROP", "RENAME"))
            {
                Context.Ignored("ALTER TABLE", table.Path, "DROP/RENAME actions are ignored: " + Shorten(Expression()), StatementPosition);
            }
            else
            {
                // Storage, trigger, security and replication settings: the model has no place for them; keep the text.
                SkipExpression();
                keepVerbatim = true;
            }
            if (!AcceptSymbol(",")) break;
        }
        if (!AtEnd) throw Unexpected("',' or the end of ALTER TABLE");
        // An attachment is kept under its own kind: generators leave it out, since the parent's PARTITION BY is not modelled.
        if (keepVerbatim || attachment) Context.Verbatim(attachment ? "partition attachment" : "alter table", table.Path, StatementText, StatementPosition, StatementOffset);
    }

    private bool OnlyDropActions()
    {
        var save = Position;
        try
        {
            while (!AtEnd)
            {
                if (!IsWord("DROP")) return false;
                SkipExpression();
                if (!AcceptSymbol(",")) break;
            }
            return AtEnd;
        }
        finally
        {
            Position = save;
        }
    }

    private void AlterColumn(TableDraft table, ColumnDraft column)
    {
        if (AcceptWords("SET", "DEFAULT")) { ParseDefault(column); return; }
        if (AcceptWords("DROP", "DEFAULT")) { column.Default = null; return; }
        if (IsWord("SET") && IsWord("NOT", 1) && IsWord("NULL", 2)) { Position += 3; column.Nullable = false; return; }
        if (IsWord("DROP") && IsWord("NOT", 1) && IsWord("NULL", 2)) { Position += 3; column.Nullable = true; return; }
        if (AcceptWord("ADD") && IsWord("GENERATED"))
        {
            var kind = IsWord("ALWAYS", 1) ? IdentityKind.Always : IdentityKind.ByDefault;
            while (!AtEnd && !AcceptWord("IDENTITY")) Position++;
            if (IsSymbol("(")) SkipParens();
            column.Identity = kind;
            column.Default = null;
            Context.Approximated("column", table.Path + "." + column.Name, "identity added by ALTER TABLE; identity sequence options are not kept", StatementPosition);
            return;
        }
        if (AcceptWords("SET", "DATA") || IsWord("TYPE"))
        {
            ExpectWord("TYPE");
            ApplyType(table, column, ParseType());
            if (AcceptWord("USING")) SkipExpression();
            return;
        }
        var from = Position;
        SkipExpression();
        Context.Approximated("column", table.Path + "." + column.Name, "column setting not kept: " + Shorten(TextFrom(from)), StatementPosition);
    }
}
