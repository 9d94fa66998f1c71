using System.Diagnostics.CodeAnalysis;
using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Operations;

namespace DesignStudio.Core.Serialization.Operations;

/// <summary>The outcome of reading an operation: the operation, or diagnostics saying why it could not be read.</summary>
/// <param name="Operation">The operation; null when it could not be read.</param>
/// <param name="Diagnostics">Problems found (errors make <paramref name="Operation"/> null).</param>
public sealed record OperationReadResult(DesignOperation? Operation, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Whether the operation was read.</summary>
    [MemberNotNullWhen(true, nameof(Operation))]
    public bool Succeeded => Operation is not null;
}
