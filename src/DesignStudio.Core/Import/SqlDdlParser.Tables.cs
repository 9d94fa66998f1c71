using DesignStudio.Core.Model;

namespace DesignStudio.Core.Import;

public abstract partial class SqlDdlParser
{
    /// <summary>Maps a written type to a logical type; returns the native text to keep when information is lost.</summary>
    private protected abstract TypeMapping MapType(TypeSyntax type);

    /// <summary>Dialect-specific column options (AUTO_INCREMENT, IDENTITY(1,1), COMMENT ...); true when one was read.</summary>
    private protected virtual bool TryColumnOption(TableDraft table, ColumnDraft column) => false;

    /// <summary>Dialect-specific words that end a DEFAULT expression.</summary>
    private protected virtual bool IsDialectDefaultStop() => false;

    /// <summary>Whether KEY / INDEX / FULLTEXT / SPATIAL start a table element (MySQL; INDEX in SQL Server).</summary>
    private protected virtual bool IndexElementsInTable => false;

    /// <summary>Reads what follows the closing parenthesis of CREATE TABLE (engine, partitioning, storage ...).</summary>
    private protected virtual void ParseTableOptions(TableDraft table)
    {
        if (AtEnd) return;
        var from = Position;
        SkipRest();
        Context.Approximated("table", table.Path, $"table options not kept: {Shorten(TextFrom(from))}", table.Position);
    }

    /// <summary>Reads a CREATE TABLE after the TABLE keyword.</summary>
    private protected void ParseCreateTableBody()
    {
        var ifNotExists = false;
        if (IsWord("IF") && IsWord("NOT", 1) && IsWord("EXISTS", 2)) { Position += 3; ifNotExists = true; }
        var at = PositionAt();
        var name = QualifiedName();
        if (Context.FindTable(name) is { } existing && (existing.Name.Schema ?? "") == (name.Schema ?? ""))
        {
            if (ifNotExists)
            {
                Ignore($"table {name} already exists (IF NOT EXISTS)", name.ToString());
                return;
            }
            Context.Warn(ImportCodes.SyntaxError, $"Table {name} is created a second time; the later definition replaces the earlier one.", at, "CREATE TABLE", name.ToString());
            Context.RemoveTable(existing);
        }
        var table = new TableDraft(name, at);
        if (IsWord("AS") || IsWord("LIKE") || IsWord("OF"))
        {
            KeepVerbatim("table as query", name.ToString());
            return;
        }
        if (IsWord("PARTITION") && IsWord("OF", 1))
        {
            Position += 2;
            table.PartitionOf = QualifiedName();
            if (IsSymbol("(")) ParseTableElements(table);
            var bound = Expression(() => IsWord("PARTITION"));
            Context.Approximated("table", name.ToString(), $"partition of {table.PartitionOf}: {Shorten(bound)} (partitioning is not modelled; the partition is a table with its parent's columns)", at);
            Context.AddTable(table);
            ParseTableOptions(table);
            return;
        }
        ParseTableElements(table);
        Context.AddTable(table);
        ParseTableOptions(table);
    }

    private protected void ParseTableElements(TableDraft table)
    {
        ExpectSymbol("(");
        while (!AtEnd && !IsSymbol(")"))
        {
            if (AtTableConstraint()) ParseTableConstraint(table);
            else table.Columns.Add(ParseColumn(table));
            SkipToElementEnd(table);
            if (!AcceptSymbol(",")) break;
        }
        ExpectSymbol(")");
    }

    private void SkipToElementEnd(TableDraft table)
    {
        if (AtEnd || IsSymbol(",") || IsSymbol(")")) return;
        var from = Position;
        SkipExpression();
        Context.Approximated("table", table.Path, $"clause not kept: {Shorten(TextFrom(from))}", table.Position);
    }

    private bool AtTableConstraint()
    {
        if (Token().Kind != SqlTokenKind.Word) return false;
        if (IsAnyWord("CONSTRAINT", "PRIMARY", "FOREIGN", "CHECK", "EXCLUDE")) return true;
        if (IsWord("UNIQUE")) return true;
        return IndexElementsInTable && (IsAnyWord("KEY", "INDEX", "FULLTEXT", "SPATIAL"));
    }

    /// <summary>Reads one column definition.</summary>
    private protected ColumnDraft ParseColumn(TableDraft table)
    {
        var at = PositionAt();
        var column = new ColumnDraft(Identifier(), at);
        if (IsWord("AS"))
        {
            // SQL Server computed column: no type, only an expression.
            Position++;
            var expr = Expression(() => IsAnyWord("PERSISTED", "NOT", "NULL", "CONSTRAINT"));
            AcceptWord("PERSISTED");
            column.NativeType = "AS " + expr;
            Context.Approximated("column", table.Path + "." + column.Name, "computed column kept as native text: AS " + Shorten(expr), at);
        }
        else if (AtEnd || IsSymbol(",") || IsSymbol(")") || IsAnyWord("PRIMARY", "NOT", "NULL", "UNIQUE", "REFERENCES", "DEFAULT", "CHECK", "CONSTRAINT"))
        {
            column.Type = LogicalType.Text;
            Context.Approximated("column", table.Path + "." + column.Name, "column has no declared type; imported as text", at);
        }
        else
        {
            ApplyType(table, column, ParseType());
        }
        ParseColumnConstraints(table, column);
        return column;
    }

    /// <summary>Whether a following word continues a multi-word type name (SQLite accepts any words).</summary>
    private protected virtual bool JoinsTypeWord(string name, string next) => false;

    /// <summary>Dialect types that need the table and column (MySQL inline ENUM); true when applied.</summary>
    private protected virtual bool TryApplyDialectType(TableDraft table, ColumnDraft column, TypeSyntax type) => false;

    private Func<TypeSyntax, TypeMapping>? mapType;

    private protected void ApplyType(TableDraft table, ColumnDraft column, TypeSyntax type)
    {
        // Columns of the same written type share its text and logical type instead of holding copies until assembly.
        type = Context.Canonical(type);
        column.TypeText = type.Text;
        if (TryApplyDialectType(table, column, type)) return;
        if (Context.FindEnum(type.Schema, type.Name) is { } e && !Context.Domains.ContainsKey(type.Name))
        {
            column.Type = Context.EnumType(e.Id, type.ArrayDimensions > 0);
            return;
        }
        if (Context.TryGetDomain(type.Schema, type.Name, out var domain) || Context.Domains.TryGetValue(type.Name, out domain))
        {
            column.Type = domain.Type with { IsArray = domain.Type.IsArray || type.ArrayDimensions > 0 };
            column.NativeType = domain.NativeType;
            if (domain.NotNull) column.Nullable = false;
            if (domain.Check is { } check) table.Checks.Add(new CheckDraft(null, ReplaceValueKeyword(check, column.Name)));
            Context.Approximated("column", table.Path + "." + column.Name,
                $"domain {type.Text} became its base type {domain.BaseType.Text}" + (domain.Check is null ? "" : " plus a check constraint"), column.Position);
            return;
        }
        var mapping = Context.MapOnce(type, mapType ??= MapType);
        column.Type = mapping.Type;
        column.NativeType = mapping.KeepNative ? type.Text : null;
        if (mapping.Identity != IdentityKind.None) column.Identity = mapping.Identity;
        if (mapping.Note is { } note) Context.Approximated("column", table.Path + "." + column.Name, note, column.Position);
    }

    private string ReplaceValueKeyword(string check, string columnName)
    {
        var s = SqlTokenizer.Tokenize(check, Rules);
        var sb = new System.Text.StringBuilder();
        var last = 0;
        foreach (var t in s.Tokens)
        {
            if (t.Kind == SqlTokenKind.Word && t.Length == 5 && check.AsSpan(t.Start, 5).Equals("VALUE", StringComparison.OrdinalIgnoreCase))
            {
                sb.Append(check, last, t.Start - last).Append(columnName);
                last = t.End;
            }
        }
        return sb.Append(check, last, check.Length - last).ToString();
    }

    /// <summary>Reads a column type: dotted name, multi-word names, arguments, time zones, UNSIGNED, arrays.</summary>
    private protected TypeSyntax ParseType()
    {
        var from = Position;
        var q = QualifiedName();
        // Type words are pooled: a dump spells the same few types on every column.
        var strings = Context.Strings;
        var name = strings.Lower(q.Name);
        while (Token().Kind == SqlTokenKind.Word)
        {
            var next = strings.Lower(Text.AsSpan(Token().Start, Token().Length));
            var joins = (name, next) switch
            {
                ("double", "precision") or ("character" or "char" or "nchar" or "national character" or "national char" or "bit", "varying")
                    or ("national", "character" or "char") or ("long", "varchar" or "varbinary" or "raw") => true,
                ("interval", "year" or "month" or "day" or "hour" or "minute" or "second") => true,
                _ when name.StartsWith("interval ", StringComparison.Ordinal) && next is "to" or "year" or "month" or "day" or "hour" or "minute" or "second" => true,
                _ => false,
            };
            if (!joins && !JoinsTypeWord(name, next)) break;
            name = strings.Concat(strings.Concat(name, " "), next);
            Position++;
        }
        IReadOnlyList<string> args = IsSymbol("(") ? TypeArguments() : [];
        if (name is "timestamp" or "time")
        {
            if (IsWord("WITH") && IsWord("TIME", 1) && IsWord("ZONE", 2)) { Position += 3; name = strings.Concat(name, " with time zone"); }
            else if (IsWord("WITHOUT") && IsWord("TIME", 1) && IsWord("ZONE", 2)) { Position += 3; name = strings.Concat(name, " without time zone"); }
        }
        var unsigned = false;
        while (IsAnyWord("UNSIGNED", "SIGNED", "ZEROFILL"))
        {
            unsigned |= IsWord("UNSIGNED");
            Position++;
        }
        var dims = 0;
        while (true)
        {
            if (IsSymbol("[") || IsSymbol("[]"))
            {
                if (IsSymbol("[]")) { Position++; dims++; continue; }
                while (!AtEnd && !IsSymbol("]")) Position++;
                ExpectSymbol("]");
                dims++;
                continue;
            }
            if (IsWord("ARRAY"))
            {
                Position++;
                dims++;
                continue;
            }
            break;
        }
        return Context.Canonical(q.Schema, name, args, unsigned, dims, strings.Get(TextSpanFrom(from)));
    }

    private List<string> TypeArguments()
    {
        ExpectSymbol("(");
        var args = new List<string>();
        while (!AtEnd && !IsSymbol(")"))
        {
            if (Token().Kind == SqlTokenKind.String && (IsSymbol(",", 1) || IsSymbol(")", 1)))
            {
                args.Add(StringLiteral());
            }
            else
            {
                var from = Position;
                SkipExpression();
                args.Add(Context.Strings.Get(TextSpanFrom(from).Trim()));
            }
            if (!AcceptSymbol(",")) break;
        }
        ExpectSymbol(")");
        return args;
    }
}
