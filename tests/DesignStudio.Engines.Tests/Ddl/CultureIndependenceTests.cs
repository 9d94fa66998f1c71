using System.Globalization;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Import;
using DesignStudio.Core.Tests.Fixtures;

namespace DesignStudio.Engines.Tests.Ddl;

/// <summary>
/// Generated SQL does not depend on the current culture: this project runs with ICU (as the studio and the CLI now do),
/// so de-DE (decimal comma), tr-TR (dotted/dotless i in ToUpper/ToLower) and sv-SE (U+2212 minus sign) are real cultures
/// here, and DDL generated or imported under them must equal what the invariant culture gives.
/// </summary>
public sealed class CultureIndependenceTests
{
    public static TheoryData<string> Cultures => new() { "de-DE", "tr-TR", "sv-SE" };

    [Fact]
    public void Test_process_has_real_culture_data()
    {
        // Without ICU (invariant mode) these would throw or fall back to invariant data, and the theories below would prove nothing.
        Assert.Equal(",", CultureInfo.GetCultureInfo("de-DE").NumberFormat.NumberDecimalSeparator);
        Assert.Equal("İ", "i".ToUpper(CultureInfo.GetCultureInfo("tr-TR")));
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Generates_identical_ddl_for_every_dialect_and_test_design_under_culture(string culture)
    {
        foreach (var dialect in DialectRegistry.All)
        {
            foreach (var name in TestDesigns.Names)
            {
                var design = TestDesigns.ByName(name, dialect.Name);
                var expected = InCulture(CultureInfo.InvariantCulture, () => dialect.GenerateDdl(design).ToText());
                var actual = InCulture(CultureInfo.GetCultureInfo(culture), () => dialect.GenerateDdl(design).ToText());
                Assert.True(expected == actual, $"{dialect.Name}/{name} under {culture} differs:\n{actual}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Imports_generated_ddl_identically_under_culture(string culture)
    {
        foreach (var dialect in DialectRegistry.All)
        {
            foreach (var name in TestDesigns.Names)
            {
                var ddl = InCulture(CultureInfo.InvariantCulture, () => dialect.GenerateDdl(TestDesigns.ByName(name, dialect.Name)).ToText());
                var expected = InCulture(CultureInfo.InvariantCulture, () => Describe(SqlDdlImporter.Import(ddl, dialect.Name), dialect));
                var actual = InCulture(CultureInfo.GetCultureInfo(culture), () => Describe(SqlDdlImporter.Import(ddl, dialect.Name), dialect));
                Assert.True(expected == actual, $"{dialect.Name}/{name} imported under {culture} differs:\n{actual}");
            }
        }
    }

    // The imported design, regenerated under the invariant culture, and the import report's diagnostics.
    private static string Describe(ImportResult result, SqlDialect dialect) =>
        InCulture(CultureInfo.InvariantCulture, () => dialect.GenerateDdl(result.Design).ToText()
            + "\n-- report\n" + string.Join("\n", result.Report.Diagnostics.Select(d => d.ToString())));

    private static T InCulture<T>(CultureInfo culture, Func<T> action)
    {
        var (current, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
        try
        {
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (current, ui);
        }
    }
}
