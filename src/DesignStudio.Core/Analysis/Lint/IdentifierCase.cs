namespace DesignStudio.Core.Analysis.Lint;

/// <summary>The letter-case convention for table and column names.</summary>
public enum IdentifierCase
{
    /// <summary>Whatever most names of the design use (ties go to snake_case).</summary>
    Inferred,
    /// <summary><c>order_items</c>.</summary>
    SnakeCase,
    /// <summary><c>OrderItems</c>.</summary>
    PascalCase,
    /// <summary><c>orderItems</c>.</summary>
    CamelCase,
    /// <summary>No check.</summary>
    Any,
}
