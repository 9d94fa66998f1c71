namespace DesignStudio.Data.Collaboration;

/// <summary>
/// One page's pointer over a design's canvas, as the change bus carries it between instances (throttled by the page,
/// never logged or stored; a lost message is repaired by the next move).
/// </summary>
/// <param name="InstanceId">The publishing instance.</param>
/// <param name="ProjectId">The design's project.</param>
/// <param name="ClientId">The page.</param>
/// <param name="UserId">The person's account id.</param>
/// <param name="Name">Their display name.</param>
/// <param name="Colour">Their presence colour.</param>
/// <param name="X">Diagram x, or null when the pointer left the canvas.</param>
/// <param name="Y">Diagram y, or null when the pointer left the canvas.</param>
public sealed record PointerMessage(string InstanceId, Guid ProjectId, string ClientId, string UserId, string Name, string Colour, double? X, double? Y);
