using System.Runtime.CompilerServices;
using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;
using DesignStudio.Core.Validation;

namespace DesignStudio.Web.Services;

/// <summary>
/// Whole-design validation through the core <see cref="DesignValidator"/> (no dialect: portable rules), computed once per
/// design value: designs are immutable, so the result is cached by reference and dropped with the design. The design
/// page's prerender validates the design its session loads, so the circuit's first render finds it done.
/// </summary>
public sealed class DesignValidation : IDesignValidation
{
    private readonly ConditionalWeakTable<Design, IReadOnlyList<Diagnostic>> results = new();

    /// <inheritdoc />
    public IReadOnlyList<Diagnostic> Validate(Design design) => results.GetValue(design, d => DesignValidator.Validate(d));
}
