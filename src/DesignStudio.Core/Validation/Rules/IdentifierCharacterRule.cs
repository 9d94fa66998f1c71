using System.Text;

namespace DesignStudio.Core.Validation.Rules;

/// <summary>
/// DS008: a character no engine can hold in a name (NUL), and for MySQL/MariaDB characters outside the Basic
/// Multilingual Plane (emoji) and a trailing space. Without a dialect the MySQL-only problems are warnings.
/// </summary>
internal sealed class IdentifierCharacterRule : IDesignRule
{
    public void Check(ValidationContext context)
    {
        var mysqlRules = context.Rules is null || context.Rules.BmpOnly;
        var severityForMySql = context.Rules is null ? Diagnostics.Severity.Warning : Diagnostics.Severity.Error;
        var mysqlWho = context.Rules is null ? "MySQL and MariaDB do" : context.Rules.Dialect + " does";
        foreach (var (name, path, what) in DesignIdentifiers.All(context.Design))
        {
            if (name.Contains('\0'))
            {
                context.Error(ValidationCodes.InvalidIdentifierCharacter, path, $"The {what} contains a NUL character, which no database allows in a name.");
                continue;
            }
            if (!mysqlRules) continue;
            if (name.EnumerateRunes().FirstOrDefault(r => !r.IsBmp) is { Value: > 0 } rune)
            {
                context.Report(ValidationCodes.InvalidIdentifierCharacter, severityForMySql, path,
                    $"The {what} '{name}' contains U+{rune.Value:X4}, outside the Basic Multilingual Plane; {mysqlWho} not allow it in names.");
            }
            else if (name.EndsWith(' '))
            {
                context.Report(ValidationCodes.InvalidIdentifierCharacter, severityForMySql, path,
                    $"The {what} '{name}' ends with a space; {mysqlWho} not allow that in names.");
            }
        }
    }
}
