using System.Text;
using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Exports;
using DesignStudio.Core.Import.Dbml;
using DesignStudio.Core.Tests.Support;

namespace DesignStudio.Core.Tests.Import.Dbml;

public class DbmlImporterRobustnessTests
{
    private static readonly string[] Seeds =
    [
        DbmlSamples.Blog,
        new DbmlExporter().Export(RandomDesigns.Create(11), ExportOptions.Default),
        new DbmlExporter().Export(RandomDesigns.Create(12), ExportOptions.Default),
    ];

    private static readonly string[] Fragments = ["{", "}", "[", "]", "(", ")", "'", "'''", "\"", "`", "/*", "//", "\n", ":", ",", ".", "<>", "~", "#", "\\", "\0", "\uD800"];

    private static DbmlImportResult ImportSafely(string text)
    {
        var result = DbmlImporter.Import(text);
        Assert.NotNull(result.Design);
        Assert.All(result.Diagnostics, d => Assert.True(d.Position is null || (d.Position.Value.Line >= 1 && d.Position.Value.Column >= 1)));
        return result;
    }

    [Fact]
    public void Every_truncation_of_the_samples_imports_without_throwing()
    {
        foreach (var seed in Seeds)
        {
            for (var length = 0; length < seed.Length; length += 7) ImportSafely(seed[..length]);
        }
    }

    [Fact]
    public void Thousands_of_random_mutations_import_without_throwing()
    {
        var random = new Random(20261125);
        for (var i = 0; i < 3000; i++)
        {
            var text = new StringBuilder(Seeds[random.Next(Seeds.Length)]);
            for (var m = random.Next(1, 6); m > 0; m--)
            {
                var at = random.Next(text.Length + 1);
                switch (random.Next(4))
                {
                    case 0: text.Insert(at, Fragments[random.Next(Fragments.Length)]); break;
                    case 1: if (at < text.Length) text.Remove(at, Math.Min(random.Next(1, 20), text.Length - at)); break;
                    case 2: text.Insert(at, (char)random.Next(0, 0x3000)); break;
                    default:
                        var other = Seeds[random.Next(Seeds.Length)];
                        var from = random.Next(other.Length);
                        text.Insert(at, other.AsSpan(from, Math.Min(random.Next(1, 200), other.Length - from)));
                        break;
                }
            }
            ImportSafely(text.ToString());
        }
    }

    [Theory]
    [InlineData("(")]
    [InlineData("{")]
    [InlineData("[")]
    [InlineData("'")]
    [InlineData("Table t { c varchar(")]
    [InlineData("Table t { c int [note: ")]
    [InlineData("Ref: a.(")]
    public void Deep_nesting_and_long_lines_are_diagnostics_not_crashes(string unit)
    {
        var result = ImportSafely(string.Concat(Enumerable.Repeat(unit, 20_000)));
        Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void A_ten_megabyte_line_is_read()
    {
        var note = new string('x', 10_000_000);
        var result = ImportSafely("Table t {\n  c int [note: '" + note + "']\n}\n");
        Assert.Equal(note, result.Design.Tables.Single().Columns.Single().Comment);
    }
}
