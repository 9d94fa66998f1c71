namespace DesignStudio.Core.Analysis.NormalForms;

/// <summary>A dependency that keeps a relation out of a normal form, with the reason in plain words.</summary>
/// <param name="Dependency">The offending dependency X → Y (right-hand attributes grouped by X).</param>
/// <param name="Breaks">The lowest normal form it breaks (it breaks every stronger one too).</param>
/// <param name="Reason">Explanation, e.g. "zip → city: zip is not a key and city is not part of any key, so city depends on the key only through zip (3NF)".</param>
public sealed record NormalFormViolation(Dependency Dependency, NormalForm Breaks, string Reason);
