using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Validation.Rules;

/// <summary>
/// DS014: type parameters no engine accepts: a length below 1, a decimal scale without precision, below 0 or above the
/// precision, a precision below 1. A varchar without length is an error for MySQL/MariaDB (which require one) and a
/// warning otherwise (use text for unbounded strings).
/// </summary>
internal sealed class TypeParameterRule : IDesignRule
{
    public void Check(ValidationContext context)
    {
        foreach (var t in context.Design.Tables)
        {
            foreach (var c in t.Columns)
            {
                if (Problem(c.Type, context.Rules?.Dialect) is { } problem)
                {
                    context.Report(ValidationCodes.InvalidTypeParameters, problem.Severity, DesignPaths.Column(t, c), problem.Message);
                }
            }
        }
    }

    private static (Severity Severity, string Message)? Problem(LogicalType type, string? dialect)
    {
        if (type.Length is < 1) return (Severity.Error, $"Length {type.Length} of {type} must be at least 1.");
        if (type.Kind == TypeKind.Decimal && type.Precision is < 1) return (Severity.Error, $"Precision {type.Precision} of {type} must be at least 1.");
        if (type.Kind == TypeKind.Decimal && type.Scale is { } scale)
        {
            if (type.Precision is null) return (Severity.Error, $"Decimal scale {scale} is set without a precision.");
            if (scale < 0) return (Severity.Error, $"Decimal scale {scale} must not be negative.");
            if (scale > type.Precision) return (Severity.Error, $"Decimal scale {scale} is greater than its precision {type.Precision}.");
        }
        if (type.Precision is < 0) return (Severity.Error, $"Precision {type.Precision} of {type} must not be negative.");
        if (type.Kind == TypeKind.Varchar && type.Length is null)
        {
            return dialect is DialectNames.MySql or DialectNames.MariaDb
                ? (Severity.Error, $"varchar needs a length for {dialect}; use varchar(n), or text for unbounded strings.")
                : (Severity.Warning, "varchar has no length; MySQL and MariaDB require one. Use varchar(n), or text for unbounded strings.");
        }
        return null;
    }
}

