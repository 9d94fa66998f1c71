using DesignStudio.Core.Model;

namespace DesignStudio.Engines.Introspection;

/// <summary>Turns a SQL Server default definition (<c>((0))</c>, <c>(N'draft')</c>, <c>(getdate())</c>) into a <see cref="ColumnDefault"/>.</summary>
public static class SqlServerDefaultParser
{
    /// <summary>Parses a default; null for none or NULL.</summary>
    public static ColumnDefault? Parse(string? definition, LogicalType type)
    {
        if (definition is null) return null;
        var s = SqlText.StripOuterParentheses(definition);
        switch (s.ToLowerInvariant())
        {
            case "null":
                return null;
            case "getdate()" or "sysdatetime()" or "current_timestamp" or "getutcdate()" or "sysutcdatetime()" or "sysdatetimeoffset()":
                return ColumnDefault.CurrentTimestamp;
            case "newid()" or "newsequentialid()":
                return ColumnDefault.RandomUuid;
            case "convert([date],getdate())" or "cast(getdate() as date)":
                return ColumnDefault.CurrentDate;
        }
        var text = s.StartsWith("N'", StringComparison.OrdinalIgnoreCase) ? s[1..] : s;
        if (SqlText.TryUnquote(text, '\'', out var value, out var rest) && rest.Length == 0) return ColumnDefault.Literal(value);
        if (SqlText.IsNumber(text))
        {
            return type.Kind == TypeKind.Boolean && text is "0" or "1" ? ColumnDefault.Literal(text == "1" ? "true" : "false") : ColumnDefault.Literal(text);
        }
        return ColumnDefault.Expression(s);
    }
}
