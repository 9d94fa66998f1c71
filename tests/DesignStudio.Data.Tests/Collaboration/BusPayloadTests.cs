using System.Text;
using DesignStudio.Data.Collaboration;

namespace DesignStudio.Data.Tests.Collaboration;

public class BusPayloadTests
{
    private static readonly Guid Project = Guid.Parse("0193a1b2-0000-7000-8000-000000000001");

    [Fact]
    public void Every_message_kind_reads_back_as_written()
    {
        var change = new DesignChangeMessage("inst1", Project, 42);
        var presence = new PresenceMessage("inst2", Project,
            [new PresenceRecord("page-1", "user-1", "Ana | “quoted”", "#e53935", "tbl_users"), new PresenceRecord("page-2", "user-2", "Ben", "#3949ab", null)], Ask: true);
        var access = new AccessChangeMessage("inst3", Project, null);

        Assert.Equal(change, BusPayload.Decode(BusPayload.Encode(change)));
        var read = Assert.IsType<PresenceMessage>(BusPayload.Decode(BusPayload.Encode(presence)));
        Assert.Equal(presence.Entries, read.Entries);
        Assert.Equal((presence.InstanceId, presence.ProjectId, presence.Ask), (read.InstanceId, read.ProjectId, read.Ask));
        Assert.Equal(access, BusPayload.Decode(BusPayload.Encode(access)));
        Assert.Equal(new AccessChangeMessage("i", Project, "user-9"), BusPayload.Decode(BusPayload.Encode(new AccessChangeMessage("i", Project, "user-9"))));
    }

    [Fact]
    public void Presence_too_large_for_a_notification_leaves_out_the_last_entries()
    {
        var many = Enumerable.Range(0, 200).Select(i => new PresenceRecord($"page-{i:D3}", "user-" + i, new string('n', 40), "#e53935", "tbl_" + i)).ToList();

        var payload = BusPayload.Encode(new PresenceMessage("inst", Project, many));

        Assert.True(Encoding.UTF8.GetByteCount(payload) <= BusPayload.MaxBytes);
        var read = Assert.IsType<PresenceMessage>(BusPayload.Decode(payload));
        Assert.InRange(read.Entries.Count, 1, 199);
        Assert.Equal(many.Take(read.Entries.Count), read.Entries);
    }

    [Theory]
    [InlineData("")]
    [InlineData("P{not json")]
    [InlineData("A[]")]
    [InlineData("inst|not-a-guid|1")]
    public void Anything_else_reads_as_nothing(string payload) => Assert.Null(BusPayload.Decode(payload));
}
