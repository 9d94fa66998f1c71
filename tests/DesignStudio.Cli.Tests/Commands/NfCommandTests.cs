using System.Text.Json;

namespace DesignStudio.Cli.Tests.Commands;

public class NfCommandTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var run = CliRun.Of(["nf", .. args]);
        return (run.ExitCode, run.Output, run.Error);
    }

    private static JsonElement Json(params string[] args)
    {
        var (exit, output, error) = Run([.. args, "--json"]);
        Assert.True(exit == 0, error);
        return JsonDocument.Parse(output).RootElement;
    }

    private static List<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToList();

    [Fact]
    public void Json_follows_the_issue_contract_for_the_textbook_example()
    {
        var j = Json("R(A,B,C,D)", "--fd", "A,B->C", "--fd", "C->D");
        Assert.Equal(["candidate_keys", "prime_attributes", "normal_form", "violations", "canonical_cover", "decomposition_3nf", "decomposition_bcnf"],
            j.EnumerateObject().Select(p => p.Name).Take(7));
        Assert.Equal([["A", "B"]], j.GetProperty("candidate_keys").EnumerateArray().Select(Strings));
        Assert.Equal(["A", "B"], Strings(j.GetProperty("prime_attributes")));
        Assert.Equal("2NF", j.GetProperty("normal_form").GetString());
        var v = Assert.Single(j.GetProperty("violations").EnumerateArray());
        Assert.Equal("C->D", v.GetProperty("fd").GetString());
        Assert.Equal("3NF", v.GetProperty("breaks").GetString());
        Assert.Equal("C → D: C is not a key and D is not part of any key, so D depends on the key only through C (3NF)", v.GetProperty("reason").GetString());
        Assert.Equal(["A,B->C", "C->D"], Strings(j.GetProperty("canonical_cover")));
        var parts = j.GetProperty("decomposition_3nf").EnumerateArray().ToList();
        Assert.Equal(["A", "B", "C"], Strings(parts[0].GetProperty("attributes")));
        Assert.Equal(["A", "B"], Strings(parts[0].GetProperty("key")));
        Assert.Equal(["C", "D"], Strings(parts[1].GetProperty("attributes")));
        Assert.Equal(["C"], Strings(parts[1].GetProperty("key")));
        Assert.Equal(2, j.GetProperty("decomposition_bcnf").GetArrayLength());
    }

    [Fact]
    public void Names_and_keys_are_sorted_regardless_of_declaration_order()
    {
        var j = Json("R(z,y,x)", "--fd", "z->y", "--fd", "y->z", "--fd", "x,y->z");
        Assert.Equal([["x", "y"], ["x", "z"]], j.GetProperty("candidate_keys").EnumerateArray().Select(Strings));
        Assert.Equal(["x", "y", "z"], Strings(j.GetProperty("prime_attributes")));
        Assert.Equal(["y->z", "z->y"], Strings(j.GetProperty("canonical_cover")));
        Assert.Equal("3NF", j.GetProperty("normal_form").GetString());
    }

    [Fact]
    public void Bcnf_decomposition_lists_the_dependency_it_cannot_preserve()
    {
        var j = Json("R(S,J,T)", "--fd", "S,T->J", "--fd", "J->T");
        Assert.Equal("3NF", j.GetProperty("normal_form").GetString());
        Assert.Equal(["J,S", "J,T"], j.GetProperty("decomposition_bcnf").EnumerateArray().Select(p => string.Join(",", Strings(p.GetProperty("attributes")))));
        Assert.Equal(["S,T->J"], Strings(j.GetProperty("bcnf_lost_dependencies")));
        Assert.Equal("BCNF", j.GetProperty("violations")[0].GetProperty("breaks").GetString());
    }

    [Fact]
    public void Dependencies_file_is_read_one_per_line_skipping_blanks_and_comments()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(file, ["# zip example", "id -> zip", "", "zip -> city"]);
            var j = Json("Person(id,zip,city)", "--fds-file", file);
            Assert.Equal("2NF", j.GetProperty("normal_form").GetString());
            Assert.Equal(["id->zip", "zip->city"], Strings(j.GetProperty("canonical_cover")));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Text_output_states_keys_form_violations_and_decompositions()
    {
        var (exit, output, _) = Run("Person(id,zip,city)", "--fd", "id->zip", "--fd", "zip->city");
        Assert.Equal(0, exit);
        Assert.Contains("Candidate keys: {id}", output);
        Assert.Contains("Normal form: 2NF", output);
        Assert.Contains("[3NF] zip → city: zip is not a key and city is not part of any key, so city depends on the key only through zip (3NF)", output);
        Assert.Contains("3NF synthesis (lossless, dependency-preserving):", output);
        Assert.Contains("(city, zip)  key {zip}", output);
    }

    [Theory]
    [InlineData("R(A,B", "A->B", "relation:1:6")]
    [InlineData("R(A,B)", "A->X", "--fd[1]:1:4")]
    [InlineData("R(A,B)", "A B", "--fd[1]:1:4")]
    public void Malformed_input_exits_with_2_and_points_at_the_position(string relation, string fd, string where)
    {
        var (exit, output, error) = Run(relation, "--fd", fd);
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains(where, error);
        Assert.Contains("^", error);
    }

    [Fact]
    public void Missing_relation_argument_is_a_usage_error()
    {
        var (exit, _, error) = Run("--fd", "A->B");
        Assert.Equal(2, exit);
        Assert.Contains("error", error);
    }

    [Fact]
    public void Missing_dependencies_file_exits_with_2()
    {
        var (exit, _, error) = Run("R(A,B)", "--fds-file", "/nonexistent/fds.txt");
        Assert.Equal(2, exit);
        Assert.Contains("file not found", error);
    }
}
