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
        foreach (var scope in items.Where(i => !string.IsNullOrEmpty(i.Name)).GroupBy(i => i.Scope, StringComparer.OrdinalIgnoreCase))
        {
            var exactNames = new Dictionary<string, NamedItem>(StringComparer.Ordinal);
            var foldedNames = new Dictionary<string, NamedItem>(StringComparer.OrdinalIgnoreCase);
            foreach (var item in scope)
            {
                var exact = exactNames.GetValueOrDefault(item.Name);
                var folded = exact ?? (caseSensitive == true ? null : foldedNames.GetValueOrDefault(item.Name));
                exactNames.TryAdd(item.Name, item);
                foldedNames.TryAdd(item.Name, item);
                if (folded is null) continue;

                Severity? severity = exact is not null || caseSensitive == false ? Severity.Error : Severity.Warning;
                if (folded.Owner != item.Owner)
                {
                    if (crossOwnerSeverity is null) continue;
                    severity = (Severity)Math.Min((int)severity, (int)crossOwnerSeverity);
                }
                var message = exact is not null
                    ? $"Duplicate {what} name '{item.Name}': {folded.Path} has the same name{context.ForDialect}."
                    : caseSensitive == false
                        ? $"{Capitalize(what)} name '{item.Name}' differs only in letter case from '{folded.Name}' ({folded.Path}); {context.Rules!.Dialect} treats them as the same name."
                        : $"{Capitalize(what)} name '{item.Name}' differs only in letter case from '{folded.Name}' ({folded.Path}); MySQL, MariaDB, SQLite and SQL Server treat them as the same name.";
                context.Report(code, severity.Value, item.Path, message);
            }
        }
    }

    private static string Capitalize(string s) => char.ToUpperInvariant(s[0]) + s[1..];
}
