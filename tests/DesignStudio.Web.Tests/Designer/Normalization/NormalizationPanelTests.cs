using Bunit;
using DesignStudio.Core.Model;
using DesignStudio.Web.Canvas;
using DesignStudio.Web.Components.Pages.Designer.Normalization;

namespace DesignStudio.Web.Tests.Designer.Normalization;

public class NormalizationPanelTests : NormalizationHost
{
    private static readonly Table ZipCity = People with
    {
        Id = "addresses", Name = "addresses",
        FunctionalDependencies = [new FunctionalDependency { Id = "fd", DeterminantIds = ["people.zip"], DependentIds = ["people.city"] }],
    };

    [Fact]
    public void Lists_every_table_with_its_normal_form_and_violations_and_focuses_the_clicked_table()
    {
        string? focused = null;
        var cut = Render<NormalizationPanel>(p => p
            .Add(x => x.Design, new Design { Tables = [People, ZipCity] })
            .Add(x => x.OnFocus, id => focused = id));
        Assert.Contains("2 tables: 1 in BCNF, 1 in 2NF.", cut.Markup);
        var item = cut.Find("[aria-label='addresses: 2NF']");
        Assert.Contains("zip → city breaks 3NF", item.TextContent);
        item.Click();
        Assert.Equal("addresses", focused);
    }

    [Fact]
    public void Badge_shows_the_normal_form_and_is_computed_once_per_table_instance()
    {
        var cut = Render<NormalFormBadge>(p => p.Add(x => x.Table, ZipCity));
        Assert.Equal("2NF", cut.Find("[data-nf]").TextContent.Trim());
        Assert.Equal("addresses is in 2NF", cut.Find("[data-nf]").GetAttribute("aria-label"));
        Assert.Same(NormalFormCache.Of(ZipCity), NormalFormCache.Of(ZipCity));
        var edited = ZipCity with { FunctionalDependencies = [] };
        Assert.Equal(Core.Analysis.NormalForms.NormalForm.BoyceCodd, NormalFormCache.Of(edited).Form);
    }
}
