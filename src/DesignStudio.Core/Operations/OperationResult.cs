using System.Diagnostics.CodeAnalysis;
using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Operations;

/// <summary>The outcome of applying a <see cref="DesignOperation"/>: a new design with its inverse, or diagnostics.</summary>
public sealed record OperationResult
{
    private OperationResult(Design? design, DesignOperation? inverse, ValueList<Diagnostic> diagnostics)
    {
        Design = design;
        Inverse = inverse;
        Diagnostics = diagnostics;
    }

    /// <summary>The design after the operation; null when it was refused.</summary>
    public Design? Design { get; }

    /// <summary>The operation that undoes this one on <see cref="Design"/>; null when refused.</summary>
    public DesignOperation? Inverse { get; }

    /// <summary>Why the operation was refused (empty when it applied).</summary>
    public ValueList<Diagnostic> Diagnostics { get; }

    /// <summary>Whether the operation applied.</summary>
    [MemberNotNullWhen(true, nameof(Design), nameof(Inverse))]
    public bool Succeeded => Design is not null;

    /// <summary>A successful result.</summary>
    public static OperationResult Applied(Design design, DesignOperation inverse) => new(design, inverse, []);

    /// <summary>A refusal with one or more diagnostics.</summary>
    public static OperationResult Refused(params ReadOnlySpan<Diagnostic> diagnostics) =>
        new(null, null, ValueList.Create(diagnostics));
}
