using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;
using DesignStudio.Core.Samples;
using DesignStudio.Core.Serialization;
using DesignStudio.Core.Validation;
using DesignStudio.TestSupport;

namespace DesignStudio.Core.Tests.Samples;

public class SampleDesignsTests
{
    public static TheoryData<string?> Dialects()
    {
        var data = new TheoryData<string?> { (string?)null };
        foreach (var d in DialectNames.All) data.Add(d);
        return data;
    }

    [Theory]
    [MemberData(nameof(Dialects))]
    public void Blog_validates_without_errors_or_warnings(string? dialect) =>
        Assert.Empty(DesignValidator.Validate(SampleDesigns.Blog(), dialect));

    [Fact]
    public void Blog_round_trips_byte_identically_with_the_shipped_file()
    {
        var shipped = SampleDesigns.BlogSample.ReadJson();
        Assert.Equal(shipped, DesignFile.Serialize(SampleDesigns.Blog()));
        Assert.Equal(File.ReadAllText(Path.Combine(TestEnvironment.RepositoryRoot, "samples", "blog.design.json")), shipped);
    }

    [Fact]
    public void Every_embedded_sample_is_listed_and_loads()
    {
        Assert.Equal(SampleDesigns.EmbeddedKeys().Order(), SampleDesigns.All.Select(s => s.Key).Order());
        foreach (var sample in SampleDesigns.All) Assert.NotEmpty(sample.Load().Tables);
    }

    [Fact]
    public void Unknown_sample_key_is_refused() => Assert.Throws<ArgumentException>(() => SampleDesigns.Load("nope"));

    [Fact]
    public void Blog_has_the_seed_tables_keys_and_indexes()
    {
        var blog = SampleDesigns.Blog();
        Assert.Equal(["users", "posts", "tags", "post_tags"], blog.Tables.Select(t => t.Name));
        var users = blog.Tables[0];
        var posts = blog.Tables[1];
        var postTags = blog.Tables[3];

        var id = users.FindColumnByName("id")!;
        Assert.Equal(LogicalType.Int64, id.Type);
        Assert.NotEqual(IdentityKind.None, id.Identity);
        Assert.Equal([id.Id], users.PrimaryKey!.ColumnIds);
        Assert.Contains(users.Uniques, u => u.ColumnIds.SequenceEqual([users.FindColumnByName("email")!.Id]));
        Assert.Equal(users.FindColumnByName("updated_at")!.Id, users.Features.UpdatedAtColumnId);
        Assert.Contains(users.Indexes, i => i.Where == "is_active");

        Assert.Equal(ReferentialAction.Cascade, Assert.Single(posts.ForeignKeys).OnDelete);
        Assert.Equal(LogicalType.Enum("enm_post_status"), posts.FindColumnByName("status")!.Type);
        Assert.Equal(["draft", "published", "archived"], blog.Enums.Single().Values);
        var covering = posts.Indexes.Single(i => i.IncludeColumnIds.Count > 0);
        Assert.True(covering.Parts[1].Descending);
        Assert.Contains(posts.Indexes, i => i.Method == IndexMethod.FullText);
        Assert.Single(posts.Checks);

        Assert.Equal(2, postTags.PrimaryKey!.ColumnIds.Count);
        Assert.All(postTags.ForeignKeys, f => Assert.Equal(ReferentialAction.Cascade, f.OnDelete));
        Assert.All(blog.Tables, t => Assert.NotNull(t.Position));
        Assert.All(blog.Tables, t => Assert.False(string.IsNullOrEmpty(t.Comment)));
    }
}
