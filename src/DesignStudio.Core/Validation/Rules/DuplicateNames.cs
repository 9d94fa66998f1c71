using DesignStudio.Core.Diagnostics;

namespace DesignStudio.Core.Validation.Rules;

/// <summary>
/// Finds duplicate names among <see cref="NamedItem"/>s that share a scope, following the dialect's case rule.
/// Items in the same owner (e.g. the same table) always clash; items in different owners clash with
/// <c>crossOwnerSeverity</c> (null: they may share a name).
/// </summary>
internal static class DuplicateNames
{
    public static void Check(ValidationContext context, IEnumerable<NamedItem> items, string code, string what, Severity? crossOwnerSeverity)
    {
        var caseSensitive = context.Rules?.CaseSensitive;
        // The key joins scope and name, so a schema differing only in case is judged like a name differing only in case.
        var exactNames = new Dictionary<string, NamedItem>(StringComparer.Ordinal);
        var foldedNames = new Dictionary<string, NamedItem>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in items)
        {
            if (string.IsNullOrEmpty(item.Name)) continue;
            var key = item.Scope + "\0" + item.Name;
            var exact = exactNames.GetValueOrDefault(key);
            var folded = exact ?? (caseSensitive == true ? null : foldedNames.GetValueOrDefault(key));
            exactNames.TryAdd(key, item);
            foldedNames.TryAdd(key, item);
            if (folded is null) continue;

            var severity = exact is not null || caseSensitive == false ? Severity.Error : Severity.Warning;
            if (folded.Owner != item.Owner)
            {
                if (crossOwnerSeverity is not { } cross) continue;
                severity = (Severity)Math.Min((int)severity, (int)cross);
            }
            var message = exact is not null
                ? $"Duplicate {what} name '{item.Name}': {folded.Path} has the same name{context.ForDialect}."
                : caseSensitive == false
                    ? $"The {what} name '{item.Name}' matches {folded.Path} apart from letter case; {context.Rules!.Dialect} treats them as the same name."
                    : $"The {what} name '{item.Name}' matches {folded.Path} apart from letter case; MySQL, MariaDB, SQLite and SQL Server treat them as the same name.";
            context.Report(code, severity, item.Path, message);
        }
    }
}
