using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DesignStudio.Core.Analysis.IndexAdvisor;
using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;
using DesignStudio.Engines.IndexAdvisor;

namespace DesignStudio.Cli.Commands;

/// <summary>The JSON form of <c>designstudio advise --json</c>.</summary>
public static class AdviseJsonWriter
{
    /// <summary>Candidates with verdicts, skipped candidates, per-query plan changes and diagnostics.</summary>
    public static string Write(string path, Design design, IndexAdvice advice, VerificationReport? report, IReadOnlyList<Diagnostic> readDiagnostics)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("file", path);
            w.WriteStartArray("candidates");
            foreach (var c in advice.Candidates)
            {
                var verdict = report?.Verdicts.FirstOrDefault(v => v.Candidate == c);
                w.WriteStartObject();
                w.WriteString("name", c.Name);
                w.WriteString("table", design.GetTable(c.TableId).Name);
                w.WriteString("sql", CandidateSql.CreateIndex(design, c, report?.Engine ?? DialectNames.PostgreSql));
                w.WriteString("shape", c.Shape);
                w.WriteStartArray("queries");
                foreach (var n in c.QueryNumbers) w.WriteNumberValue(n + 1);
                w.WriteEndArray();
                w.WriteString("writeCost", c.WriteCost);
                if (verdict is null) w.WriteNull("recommended");
                else w.WriteBoolean("recommended", verdict.Recommended);
                if (verdict is not null) w.WriteString("verdict", verdict.Reason);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("skipped");
            foreach (var s in advice.Skipped)
            {
                w.WriteStartObject();
                w.WriteString("name", s.Candidate.Name);
                w.WriteString("reason", s.Reason);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            if (report is not null)
            {
                w.WriteStartObject("verification");
                w.WriteString("engine", report.Engine);
                w.WriteBoolean("hypothetical", report.Hypothetical);
                w.WriteNumber("seconds", Math.Round(report.Elapsed.TotalSeconds, 2));
                w.WriteStartArray("queries");
                foreach (var q in report.Queries)
                {
                    w.WriteStartObject();
                    w.WriteNumber("query", q.QueryNumber + 1);
                    w.WriteString("sql", q.Sql);
                    if (q.CostBefore is { } b) w.WriteNumber("costBefore", b);
                    if (q.CostAfter is { } a) w.WriteNumber("costAfter", a);
                    w.WriteString("planBefore", q.PlanBefore);
                    w.WriteString("planAfter", q.PlanAfter);
                    w.WriteStartArray("candidatesUsed");
                    foreach (var u in q.CandidatesUsed) w.WriteStringValue(u);
                    w.WriteEndArray();
                    if (q.Error is not null) w.WriteString("error", q.Error);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WritePropertyName("diagnostics");
            w.WriteRawValue(DiagnosticText.ToJson(path, [.. readDiagnostics, .. advice.Diagnostics, .. report?.Diagnostics ?? []]));
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
