using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DesignStudio.Core.Diagnostics;

namespace DesignStudio.Cli;

/// <summary>Prints diagnostics the way compilers do, so editors and CI can jump to them, or as JSON.</summary>
public static class DiagnosticText
{
    /// <summary>
    /// <c>FILE:LINE:COL: error CODE: message</c>; without a position <c>FILE: error CODE: message</c>. Diagnostics about
    /// model objects put the object path before the message: <c>... error DS017: tables/posts/foreignKeys/fk: ...</c>.
    /// </summary>
    public static string Format(string file, Diagnostic d)
    {
        var severity = d.Severity.ToString().ToLowerInvariant();
        var location = d.Position is { } p ? $"{file}:{p.Line}:{p.Column}" : file;
        var subject = d.Path.StartsWith('$') ? "" : d.Path + ": ";
        return $"{location}: {severity} {d.Code}: {subject}{d.Message}";
    }

    /// <summary>A JSON array of diagnostics: file, line, column (when known), severity, code, path, message.</summary>
    public static string ToJson(string file, IEnumerable<Diagnostic> diagnostics)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartArray();
            foreach (var d in diagnostics)
            {
                w.WriteStartObject();
                w.WriteString("file", file);
                if (d.Position is { } p)
                {
                    w.WriteNumber("line", p.Line);
                    w.WriteNumber("column", p.Column);
                }
                w.WriteString("severity", d.Severity.ToString().ToLowerInvariant());
                w.WriteString("code", d.Code);
                w.WriteString("path", d.Path);
                w.WriteString("message", d.Message);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
