using DesignStudio.Core.Operations;

namespace DesignStudio.Data.Collaboration;

/// <summary>An operation read back from the log, with who made it and when.</summary>
public sealed record LoggedOperation(
    long Sequence, DesignOperation Operation, string? UserId, string ClientId, string ClientOperationId, DateTime TimestampUtc);
