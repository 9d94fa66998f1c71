using DesignStudio.Core.Analysis.Lint;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Operations;

/// <summary>Sets the naming conventions the lint checks for the design; null restores the defaults.</summary>
/// <param name="Conventions">The conventions, or null.</param>
public sealed record SetNamingConventions(NamingConventions? Conventions) : DesignOperation
{
    /// <inheritdoc />
    public override OperationResult Apply(Design design) =>
        OperationResult.Applied(design with { NamingConventions = Conventions }, new SetNamingConventions(design.NamingConventions));
}
