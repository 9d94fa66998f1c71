using System.Text.Json.Nodes;

namespace DesignStudio.Core.Serialization;

/// <summary>
/// One step that turns a design file of version <see cref="FromVersion"/> into version <c>FromVersion + 1</c>, working
/// on the parsed JSON before it is bound to the model. Format version N+1 is added by writing one of these and listing
/// it in <see cref="DesignFormatUpgrades.All"/>; the binder only ever sees the current version.
/// </summary>
public interface IDesignFormatUpgrade
{
    /// <summary>The version this step reads.</summary>
    int FromVersion { get; }

    /// <summary>Rewrites the <c>design</c> object of the file in place (renamed or restructured properties).</summary>
    void Upgrade(JsonObject design);
}
