using System.Text.Encodings.Web;
using System.Text.Json;
using DesignStudio.Core.Analysis.NormalForms;
using DesignStudio.Core.Analysis.NormalForms.Decompositions;

namespace DesignStudio.Cli.Commands;

/// <summary>
/// The JSON contract of <c>nf --json</c> (issue 5): candidate_keys, prime_attributes, normal_form, violations,
/// canonical_cover, decomposition_3nf, decomposition_bcnf; then three additions: candidate_keys_complete,
/// bcnf_lost_dependencies and notes.
/// </summary>
internal static class NfJsonWriter
{
    public static void Write(TextWriter output, RelationAnalysis a, Decomposition third, Decomposition bcnf)
    {
        var r = a.Relation;
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteStartArray("candidate_keys");
            foreach (var key in NfOutput.SortedSets(r, a.Keys.Keys)) WriteNames(w, key);
            w.WriteEndArray();
            w.WritePropertyName("prime_attributes");
            WriteNames(w, r.SortedNames(a.PrimeAttributes));
            w.WriteString("normal_form", a.NormalForm.ToLabel());
            w.WriteStartArray("violations");
            foreach (var v in a.Violations)
            {
                w.WriteStartObject();
                w.WriteString("fd", r.Format(v.Dependency));
                w.WriteString("breaks", v.Breaks.ToLabel());
                w.WriteString("reason", v.Reason);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WritePropertyName("canonical_cover");
            WriteNames(w, NfOutput.SortedDependencies(r, a.CanonicalCover));
            WriteDecomposition(w, "decomposition_3nf", r, third);
            WriteDecomposition(w, "decomposition_bcnf", r, bcnf);
            w.WriteBoolean("candidate_keys_complete", a.Keys.Complete);
            w.WritePropertyName("bcnf_lost_dependencies");
            WriteNames(w, NfOutput.SortedDependencies(r, bcnf.NotPreserved));
            w.WritePropertyName("notes");
            WriteNames(w, [.. a.Notes, .. third.Notes, .. bcnf.Notes]);
            w.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>Writes a decomposition as the contract's sorted list of {attributes, key}; null writes an empty list.</summary>
    internal static void WriteDecomposition(Utf8JsonWriter w, string name, RelationSchema r, Decomposition? d)
    {
        w.WriteStartArray(name);
        foreach (var part in d is null ? [] : NfOutput.SortedParts(r, d))
        {
            w.WriteStartObject();
            w.WritePropertyName("attributes");
            WriteNames(w, r.SortedNames(part.Attributes));
            w.WritePropertyName("key");
            WriteNames(w, r.SortedNames(part.Key));
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>Writes names as a JSON array of strings.</summary>
    internal static void WriteNames(Utf8JsonWriter w, IEnumerable<string> names)
    {
        w.WriteStartArray();
        foreach (var n in names) w.WriteStringValue(n);
        w.WriteEndArray();
    }
}
