using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Samples;
using DesignStudio.Core.Serialization;
using DesignStudio.Core.Validation;

namespace DesignStudio.Core.Tests.Serialization;

public class DesignSourceMapTests
{
    private static SourcePosition PositionOf(string json, string needle)
    {
        var offset = json.IndexOf(needle, StringComparison.Ordinal);
        var before = json[..offset];
        var line = before.Count(c => c == '\n') + 1;
        return new SourcePosition(line, offset - (before.LastIndexOf('\n') + 1) + 1);
    }

    [Fact]
    public void Object_paths_of_the_blog_sample_map_to_where_their_objects_open()
    {
        var json = SampleDesigns.BlogSample.ReadJson();
        var map = DesignFile.Read(json).SourceMap!;
        var emailColumn = PositionOf(json, "{\n            \"id\": \"col_users_email\"");
        Assert.Equal(emailColumn, map.Find("tables/users/columns/email"));
        var cascade = PositionOf(json, "{\n            \"id\": \"fk_posts_user_id\"");
        Assert.Equal(cascade, map.Find("tables/posts/foreignKeys/fk_posts_user_id"));
        Assert.NotNull(map.Find("enums/post_status"));
        Assert.Null(map.Find("tables/nope"));
    }

    [Fact]
    public void Validation_diagnostics_get_the_position_of_their_object()
    {
        var json = SampleDesigns.BlogSample.ReadJson().Replace("\"int64\",\n            \"nullable\": false,\n            \"comment\": \"The author.\"", "\"int32\",\n            \"nullable\": false,\n            \"comment\": \"The author.\"");
        var read = DesignFile.Read(json);
        var mismatch = Assert.Single(DesignValidator.Validate(read.Design!), d => d.Code == ValidationCodes.ForeignKeyTypeMismatch);
        var located = read.SourceMap!.Locate(mismatch);
        Assert.Equal(PositionOf(json, "{\n            \"id\": \"fk_posts_user_id\""), located.Position);
    }

    [Fact]
    public void Failed_read_has_no_map() => Assert.Null(DesignFile.Read("{").SourceMap);
}
