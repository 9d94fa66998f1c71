using DesignStudio.Core.Model;
using DesignStudio.Core.Serialization;

namespace DesignStudio.Core.Tests.Serialization;

public class StickyNoteSizeFileTests
{
    [Fact]
    public void Resized_note_keeps_its_size_through_the_file()
    {
        var design = new Design { Notes = [new StickyNote { Id = "n", Text = "t", Width = 321.5, Height = 80 }] };
        var json = DesignFile.Serialize(design);
        Assert.Contains("\"width\": 321.5", json);
        var read = DesignFile.Read(json);
        Assert.True(read.Succeeded);
        Assert.Equal(design, read.Design);
    }

    [Fact]
    public void Note_of_the_default_size_writes_no_size_and_reads_back_the_default()
    {
        var json = DesignFile.Serialize(new Design { Notes = [new StickyNote { Id = "n", Text = "t" }] });
        Assert.DoesNotContain("\"width\"", json);
        var note = Assert.Single(DesignFile.Read(json).Design!.Notes);
        Assert.Equal((StickyNote.DefaultWidth, StickyNote.DefaultHeight), (note.Width, note.Height));
    }
}
