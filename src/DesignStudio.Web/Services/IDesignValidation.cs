using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;

namespace DesignStudio.Web.Services;

/// <summary>Whole-design validation shown in the diagnostics panel.</summary>
public interface IDesignValidation
{
    /// <summary>Problems in <paramref name="design"/>.</summary>
    IReadOnlyList<Diagnostic> Validate(Design design);
}
