using System.Diagnostics.CodeAnalysis;
using DesignStudio.Core.Diagnostics;

namespace DesignStudio.Data;

/// <summary>A store call's value, or the diagnostic explaining why the request was refused.</summary>
public sealed record StoreResult<T>(T? Value, Diagnostic? Problem) where T : class
{
    /// <summary>Whether the call succeeded.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool Succeeded => Value is not null;
}
