using System.Text.Encodings.Web;
using System.Text.Json;
using DesignStudio.Core.Analysis.NormalForms;
using DesignStudio.Core.Analysis.NormalForms.Decompositions;
using DesignStudio.Core.Analysis.NormalForms.Tables;
using DesignStudio.Core.Model;

namespace DesignStudio.Cli.Commands;

/// <summary>
/// JSON of <c>analyze --json</c>: <c>{"tables":[{"table", "normal_form", "dependency_normal_form", "candidate_keys",
/// "candidate_keys_complete", "violations", "first_normal_form", "hints", "decomposition_3nf", "decomposition_bcnf",
/// "diagnostics"}], "counts":{"BCNF": n, ...}}</c>, names sorted within lists as in <c>nf --json</c>.
/// </summary>
internal static class AnalyzeJsonWriter
{
    public static void Write(TextWriter output, Design design, NormalizationReport report)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteStartArray("tables");
            foreach (var t in report.Tables) WriteTable(w, design.GetTable(t.TableId), t);
            w.WriteEndArray();
            w.WriteStartObject("counts");
            foreach (var (form, count) in report.CountByForm.OrderByDescending(p => p.Key)) w.WriteNumber(form.ToLabel(), count);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteTable(Utf8JsonWriter w, Table table, TableNormalization t)
    {
        var r = t.Analysis.Relation;
        string ColumnName(string id) => table.FindColumn(id)?.Name ?? id;
        w.WriteStartObject();
        w.WriteString("table", table.QualifiedName);
        w.WriteString("normal_form", t.NormalForm.ToLabel());
        w.WriteString("dependency_normal_form", t.Analysis.NormalForm.ToLabel());
        w.WriteStartArray("candidate_keys");
        foreach (var key in NfOutput.SortedSets(r, t.Analysis.Keys.Keys)) NfJsonWriter.WriteNames(w, key);
        w.WriteEndArray();
        w.WriteBoolean("candidate_keys_complete", t.Analysis.Keys.Complete);
        w.WriteStartArray("violations");
        foreach (var v in t.Analysis.Violations)
        {
            w.WriteStartObject();
            w.WriteString("fd", r.Format(v.Dependency));
            w.WriteString("breaks", v.Breaks.ToLabel());
            w.WriteString("reason", v.Reason);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("first_normal_form");
        foreach (var f in t.FirstNormalFormFindings)
        {
            w.WriteStartObject();
            w.WriteString("code", f.Code);
            w.WritePropertyName("columns");
            NfJsonWriter.WriteNames(w, f.ColumnIds.Select(ColumnName));
            w.WriteString("message", f.Message);
            w.WriteString("fix", f.Fix);
            w.WriteBoolean("breaks_1nf", f.BreaksFirstNormalForm);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("hints");
        foreach (var h in t.Hints)
        {
            w.WriteStartObject();
            w.WriteString("id", h.Id);
            w.WriteString("fd", string.Join(",", h.DeterminantIds.Select(ColumnName).Order(StringComparer.Ordinal)) + "->"
                + string.Join(",", h.DependentIds.Select(ColumnName).Order(StringComparer.Ordinal)));
            w.WriteString("message", h.Message);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        NfJsonWriter.WriteDecomposition(w, "decomposition_3nf", r, t.ThirdNormalFormProposal);
        NfJsonWriter.WriteDecomposition(w, "decomposition_bcnf", r, t.BcnfProposal);
        w.WriteStartArray("diagnostics");
        foreach (var d in t.Diagnostics) w.WriteStringValue(d.ToString());
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
