using DesignStudio.Core.Model;

namespace DesignStudio.Web.Services.Versions;

/// <summary>Two designs to compare: a committed version and another version or the working design (<paramref name="ToVersion"/> null).</summary>
public sealed record ComparedPair(int FromVersion, int? ToVersion, Design From, Design To, string FromLabel, string ToLabel);
