namespace DesignStudio.Core.Validation.Rules;

/// <summary>
/// DS007: a name longer than the dialect allows (PostgreSQL 63 UTF-8 bytes, MySQL/MariaDB 64 characters, SQL Server
/// 128, SQLite no limit). Without a dialect, a name too long for any dialect is a warning naming them.
/// </summary>
internal sealed class IdentifierLengthRule : IDesignRule
{
    public void Check(ValidationContext context)
    {
        foreach (var (name, path, what) in DesignIdentifiers.All(context.Design))
        {
            if (context.Rules is { MaxLength: { } max } rules)
            {
                var length = rules.LengthOf(name);
                if (length > max)
                {
                    context.Error(ValidationCodes.IdentifierTooLong, path,
                        $"The {what} '{name}' is {length} {rules.Unit} long; {rules.Dialect} allows at most {max}.");
                }
                continue;
            }
            if (context.Rules is not null) continue;
            var exceeded = DialectIdentifierRules.ByDialect.Values
                .Where(r => r.MaxLength is { } m && r.LengthOf(name) > m)
                .Select(r => $"{r.Dialect} ({r.MaxLength} {r.Unit})")
                .ToList();
            if (exceeded.Count > 0)
            {
                context.Warning(ValidationCodes.IdentifierTooLong, path,
                    $"The {what} '{name}' is too long for {string.Join(", ", exceeded)}.");
            }
        }
    }
}
