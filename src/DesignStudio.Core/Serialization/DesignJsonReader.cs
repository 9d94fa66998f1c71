using System.Text.Json;
using System.Text.Json.Nodes;
using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Serialization;

/// <summary>
/// Reads a design file in four steps: syntax (with positions), envelope (<c>format</c> and <c>version</c>),
/// upgrades of older versions to the current one, and binding to the model. Never throws for bad input.
/// </summary>
internal static class DesignJsonReader
{
    public static DesignReadResult Read(byte[] utf8, IReadOnlyList<IDesignFormatUpgrade> upgrades, int currentVersion)
    {
        // A UTF-8 byte order mark is legal in a file but not in JSON text.
        if (utf8.Length >= 3 && utf8[0] == 0xEF && utf8[1] == 0xBB && utf8[2] == 0xBF) utf8 = utf8[3..];

        var positions = JsonPositionIndex.Build(utf8, out var syntaxError);
        if (positions is null) return Failed(syntaxError!);

        JsonNode? root;
        try
        {
            root = JsonNode.Parse(utf8);
        }
        catch (JsonException e)
        {
            // Already caught by the position pass; kept so that no input can escape as an exception.
            return Failed(new Diagnostic(DesignFileCodes.MalformedJson, Severity.Error, "$", "Malformed JSON: " + JsonPositionIndex.CleanMessage(e.Message)));
        }

        var context = new JsonBindContext(positions);
        if (root is not JsonObject rootObject)
        {
            context.Error(DesignFileCodes.NotADesignFile, "$", $"Expected a design file object {{\"format\": \"{DesignFile.FormatName}\", \"version\": {currentVersion}, \"design\": {{...}}}}, found {JsonBindContext.Describe(root)}.");
            return new DesignReadResult(null, context.Diagnostics);
        }

        var envelope = new JsonObjectReader(context, rootObject, "$");
        // Editors use "$schema" to find the JSON Schema; it is allowed and not part of the design.
        envelope.OptionalString("$schema");
        var format = envelope.Node("format");
        if (format is null || format.GetValueKind() != JsonValueKind.String || format.GetValue<string>() != DesignFile.FormatName)
        {
            context.Error(DesignFileCodes.NotADesignFile, format is null ? "$" : "$.format",
                $"Not a DesignStudio design file: expected \"format\": \"{DesignFile.FormatName}\", found {(format is null ? "no format" : JsonBindContext.Describe(format))}.");
            return new DesignReadResult(null, context.Diagnostics);
        }

        var version = envelope.Node("version");
        if (version is not JsonValue versionValue || !versionValue.TryGetValue<int>(out var v) || v < 1)
        {
            context.Error(DesignFileCodes.UnsupportedVersion, version is null ? "$" : "$.version",
                $"Expected \"version\" to be a whole number from 1 to {currentVersion}, found {(version is null ? "none" : JsonBindContext.Describe(version))}.");
            return new DesignReadResult(null, context.Diagnostics);
        }
        if (v > currentVersion)
        {
            context.Error(DesignFileCodes.UnsupportedVersion, "$.version",
                $"This design file has format version {v}, but this DesignStudio reads versions up to {currentVersion}. Open it with a newer DesignStudio.");
            return new DesignReadResult(null, context.Diagnostics);
        }

        var designNode = envelope.Node("design");
        if (designNode is not JsonObject designObject)
        {
            context.Error(DesignFileCodes.NotADesignFile, designNode is null ? "$" : "$.design",
                $"Expected a \"design\" object, found {(designNode is null ? "none" : JsonBindContext.Describe(designNode))}.");
            return new DesignReadResult(null, context.Diagnostics);
        }

        for (; v < currentVersion; v++)
        {
            var step = upgrades.FirstOrDefault(u => u.FromVersion == v);
            if (step is null)
            {
                context.Error(DesignFileCodes.UnsupportedVersion, "$.version", $"No upgrade is known from format version {v} to {v + 1}.");
                return new DesignReadResult(null, context.Diagnostics);
            }
            step.Upgrade(designObject);
        }

        var designReader = new JsonObjectReader(context, designObject, "$.design");
        var design = DesignJsonBinder.BindDesign(designReader);
        designReader.Finish();
        envelope.Finish();
        if (context.HasErrors) return new DesignReadResult(null, context.Diagnostics);
        return new DesignReadResult(design, context.Diagnostics) { SourceMap = DesignSourceMap.Build(design, positions) };
    }

    private static DesignReadResult Failed(Diagnostic diagnostic) => new(null, [diagnostic]);
}
