using System.Text;
using CsCheck;
using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Samples;
using DesignStudio.Core.Serialization;

namespace DesignStudio.Core.Tests.Serialization;

/// <summary>Whatever bytes arrive, reading returns a result: a design or error diagnostics, never an exception.</summary>
public class DesignFileRobustnessTests
{
    private static readonly byte[] Blog = Encoding.UTF8.GetBytes(SampleDesigns.BlogSample.ReadJson());

    private static readonly Gen<byte[]> Mutated =
        from edits in Gen.Select(Gen.Int[0, Blog.Length - 1], Gen.Int[0, 3], Gen.Byte).Array[1, 4]
        select Apply(edits);

    private static byte[] Apply((int At, int Kind, byte Value)[] edits)
    {
        var bytes = Blog.ToList();
        foreach (var (at, kind, value) in edits)
        {
            var i = Math.Min(at, bytes.Count - 1);
            switch (kind)
            {
                case 0: bytes.RemoveAt(i); break;
                case 1: bytes.Insert(i, value); break;
                case 2: bytes[i] = value; break;
                default: bytes.Insert(i, (byte)"{}[]\",:0tn-"[value % 11]); break;
            }
        }
        return bytes.ToArray();
    }

    [Fact]
    public void Mutated_files_give_a_design_or_positioned_errors_never_an_exception() =>
        Mutated.Sample(bytes =>
        {
            var result = DesignFile.Read(bytes);
            if (result.Design is null)
            {
                Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Error);
                Assert.All(result.Diagnostics, d => Assert.False(string.IsNullOrWhiteSpace(d.Message)));
            }
        }, iter: 2000);

    [Fact]
    public void Truncating_the_sample_anywhere_is_reported_with_a_position()
    {
        for (var length = 0; length < Blog.Length - 2; length += 37)
        {
            var result = DesignFile.Read(Blog[..length]);
            Assert.Null(result.Design);
            Assert.NotNull(Assert.Single(result.Diagnostics).Position);
        }
    }

    [Fact]
    public void Deeply_nested_json_is_refused_as_malformed()
    {
        var deep = new string('[', 10_000) + new string(']', 10_000);
        Assert.Equal(DesignFileCodes.MalformedJson, Assert.Single(DesignFile.Read(deep).Diagnostics).Code);
    }
}
