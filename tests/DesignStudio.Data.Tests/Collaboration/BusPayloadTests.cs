using System.Text;
using DesignStudio.Core.Operations;
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

    private static DesignChangeMessage WithOperation(DesignOperation operation, string? userId = "user-1") =>
        new("inst1", Project, 42) { Operation = new LoggedOperation(42, operation, userId, "page | 1", "op-7", new DateTime(2026, 11, 26, 5, 0, 0, 123, DateTimeKind.Utc).AddTicks(4)) };

    [Theory]
    [InlineData("Posts | “quoted” ✓ \"x\" \n next line")]
    [InlineData(null)]
    public void A_change_carries_a_small_operation_exactly_as_logged(string? comment)
    {
        var change = WithOperation(new SetTableComment("tbl_posts", comment));

        var payload = BusPayload.Encode(change);

        Assert.StartsWith("O{", payload);
        var read = Assert.IsType<DesignChangeMessage>(BusPayload.Decode(payload));
        Assert.Equal(change, read);
        Assert.Equal(DateTimeKind.Utc, read.Operation!.TimestampUtc.Kind);
        Assert.Null(Assert.IsType<DesignChangeMessage>(BusPayload.Decode(BusPayload.Encode(WithOperation(new SetTableComment("t", "c"), userId: null)))).Operation!.UserId);
    }

    [Theory]
    [InlineData('a', 7_800)]
    [InlineData('a', 8_000)]
    [InlineData('€', 2_700)]
    public void A_change_whose_operation_does_not_fit_names_only_the_sequence(char letter, int count)
    {
        var change = WithOperation(new SetTableComment("tbl_posts", new string(letter, count)));

        var payload = BusPayload.Encode(change);

        Assert.True(Encoding.UTF8.GetByteCount(payload) <= BusPayload.MaxBytes);
        Assert.Equal("inst1|" + Project.ToString("N") + "|42", payload);
        Assert.Equal(change with { Operation = null }, BusPayload.Decode(payload));
    }

    [Fact]
    public void The_largest_operation_that_fits_is_carried_within_the_limit()
    {
        var count = 7_000;
        while (BusPayload.Encode(WithOperation(new SetTableComment("tbl_posts", new string('a', count + 1)))).StartsWith('O')) count++;

        var payload = BusPayload.Encode(WithOperation(new SetTableComment("tbl_posts", new string('a', count))));

        Assert.StartsWith("O{", payload);
        Assert.InRange(Encoding.UTF8.GetByteCount(payload), BusPayload.MaxBytes - 1, BusPayload.MaxBytes);
    }

    [Theory]
    [InlineData("O{\"i\":\"inst1\",\"p\":\"0193a1b2000070008000000000000001\",\"s\":42,\"c\":\"page\",\"o\":\"op\",\"t\":1,\"op\":{\"op\":\"noSuchOperation\"}}")]
    [InlineData("O{\"i\":\"inst1\",\"p\":\"0193a1b2000070008000000000000001\",\"s\":42,\"c\":\"page\",\"o\":\"op\",\"t\":1,\"op\":{\"op\":\"setTableComment\"}}")]
    [InlineData("O{\"i\":\"inst1\",\"p\":\"0193a1b2000070008000000000000001\",\"s\":42,\"c\":7,\"o\":\"op\",\"t\":\"soon\",\"op\":{}}")]
    public void A_carried_operation_that_cannot_be_read_leaves_the_sequence_for_a_log_read(string payload) =>
        Assert.Equal(new DesignChangeMessage("inst1", Project, 42), BusPayload.Decode(payload));

    [Theory]
    [InlineData("")]
    [InlineData("O{not json")]
    [InlineData("O{\"i\":1,\"p\":\"0193a1b2000070008000000000000001\",\"s\":42}")]
    [InlineData("O{\"i\":\"inst1\",\"p\":\"0193a1b2000070008000000000000001\",\"s\":\"42\"}")]
    [InlineData("O[]")]
    [InlineData("P{not json")]
    [InlineData("A[]")]
    [InlineData("inst|not-a-guid|1")]
    public void Anything_else_reads_as_nothing(string payload) => Assert.Null(BusPayload.Decode(payload));
}
