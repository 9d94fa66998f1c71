using DesignStudio.Core.Diagnostics;

namespace DesignStudio.Web.Collaboration;

/// <summary>The answer to a submitted operation: acknowledged (logged, then broadcast) or refused with a reason.</summary>
public abstract record SubmitResult
{
    private SubmitResult()
    {
    }

    /// <summary>The operation is in the log as <paramref name="Sequence"/> (committed before this answer).</summary>
    public sealed record Accepted(long Sequence) : SubmitResult;

    /// <summary>Nothing was changed; <paramref name="Diagnostics"/> say why (the first one is the message to show).</summary>
    public sealed record Refused(IReadOnlyList<Diagnostic> Diagnostics) : SubmitResult
    {
        /// <summary>The message to show the user.</summary>
        public string Message => Diagnostics.Count > 0 ? Diagnostics[0].Message : "The edit was refused.";
    }
}
