using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;

namespace DesignStudio.Web.Services;

/// <summary>
/// HOOK FOR THE LEAD: wire this to <c>DesignValidator</c> (branch <c>json</c>) once it is merged, e.g.
/// <c>return DesignValidator.Validate(design);</c>. Until then the designer shows only the diagnostics operations
/// return when they refuse an edit, and this reports nothing.
/// </summary>
public sealed class PendingDesignValidation : IDesignValidation
{
    /// <inheritdoc />
    public IReadOnlyList<Diagnostic> Validate(Design design) => [];
}
