using System.Reflection;
using CsCheck;
using DesignStudio.Core.Model;
using DesignStudio.Core.Operations;
using DesignStudio.Core.Serialization;
using DesignStudio.Core.Serialization.Operations;
using DesignStudio.Core.Tests.Operations;
using OpSamples = DesignStudio.Core.Tests.Operations.SampleDesigns;

namespace DesignStudio.Core.Tests.Serialization;

public class OperationJsonTests
{
    // Every concrete operation in Core: an operation added later without a converter fails these tests.
    public static TheoryData<Type> OperationTypes()
    {
        var data = new TheoryData<Type>();
        foreach (var type in typeof(DesignOperation).Assembly.GetTypes()
                     .Where(t => t.IsSubclassOf(typeof(DesignOperation)) && !t.IsAbstract).OrderBy(t => t.Name))
        {
            data.Add(type);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(OperationTypes))]
    public void Every_concrete_operation_type_has_a_registered_converter(Type type) =>
        Assert.Contains(type, OperationJson.RegisteredTypes);

    [Theory]
    [MemberData(nameof(OperationTypes))]
    public void Every_concrete_operation_type_round_trips_with_all_values_set(Type type) =>
        AssertRoundTrip(OperationSamples.Create(type, full: true));

    [Theory]
    [MemberData(nameof(OperationTypes))]
    public void Every_concrete_operation_type_round_trips_with_optional_values_left_out(Type type) =>
        AssertRoundTrip(OperationSamples.Create(type, full: false));

    [Fact]
    public void Random_operations_on_the_blog_design_round_trip()
    {
        Gen.Select(Gen.Int[0, RandomOperations.Kinds - 1], Gen.Int[0, 1000], Gen.Int[0, 1000]).Sample(step =>
        {
            var operation = RandomOperations.Make(OpSamples.Blog(), step.Item1, step.Item2, step.Item3, step.Item3);
            AssertRoundTrip(operation);
        }, iter: 300);
    }

    [Fact]
    public void Generated_tables_round_trip_inside_add_table() =>
        DesignGenerators.Table.Sample(table => AssertRoundTrip(new AddTable(table, 1)), iter: 200);

    [Fact]
    public void Nested_composites_round_trip()
    {
        var inner = new CompositeOperation([new RenameTable("t1", "a"), new SetTableComment("t1", null)], "inner");
        AssertRoundTrip(new CompositeOperation([inner, new RemoveTable("t2"), new CompositeOperation([])]));
    }

    [Fact]
    public void Writes_compact_json_with_the_kind_first()
    {
        var json = OperationJson.Serialize(new RenameTable("tbl_1", "users"));
        Assert.Equal("""{"op":"renameTable","tableId":"tbl_1","name":"users"}""", json);
    }

    [Fact]
    public void Embedded_columns_use_the_design_file_format()
    {
        var json = OperationJson.Serialize(new AddColumn("tbl_1", new Column { Id = "c1", Name = "email", Type = LogicalType.Varchar(255), Nullable = false }, 2));
        Assert.Equal("""{"op":"addColumn","tableId":"tbl_1","column":{"id":"c1","name":"email","type":"varchar(255)","nullable":false},"at":2}""", json);
    }

    [Theory]
    [InlineData("""{"op":"teleportTable","tableId":"t"}""", "Unknown operation kind 'teleportTable'")]
    [InlineData("""{"tableId":"t"}""", "Missing required property 'op'")]
    [InlineData("""{"op":"renameTable","tableId":"t"}""", "Missing required property 'name'")]
    [InlineData("""{"op":"addColumn","tableId":"t"}""", "Missing required property 'column'")]
    [InlineData("""{"op":"reorderColumn","tableId":"t","columnId":"c","to":"x"}""", "Expected a whole number")]
    [InlineData("""{"op":"renameTable","tableId":"t","name":"n","extra":1}""", "Unknown property 'extra'")]
    [InlineData("""{"op":"composite","steps":[{"op":"nope"}]}""", "Unknown operation kind 'nope'")]
    [InlineData("""{"op":"renameTable",""", "Malformed JSON")]
    [InlineData("""[1]""", "Expected an operation")]
    public void Bad_input_gives_diagnostics_not_exceptions(string json, string message)
    {
        var result = OperationJson.Read(json);
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains(message, StringComparison.Ordinal));
    }

    private static void AssertRoundTrip(DesignOperation operation)
    {
        var json = OperationJson.Serialize(operation);
        var read = OperationJson.Read(json);
        Assert.True(read.Succeeded, json + ": " + string.Join("; ", read.Diagnostics));
        Assert.Equal(operation, read.Operation);
        Assert.Equal(json, OperationJson.Serialize(read.Operation));
    }
}
