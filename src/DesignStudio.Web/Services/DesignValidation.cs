using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;
using DesignStudio.Core.Validation;

namespace DesignStudio.Web.Services;

/// <summary>Whole-design validation through the core <see cref="DesignValidator"/> (no dialect: portable rules).</summary>
public sealed class DesignValidation : IDesignValidation
{
    /// <inheritdoc />
    public IReadOnlyList<Diagnostic> Validate(Design design) => DesignValidator.Validate(design);
}
