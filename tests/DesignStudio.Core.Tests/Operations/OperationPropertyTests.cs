using CsCheck;
using DesignStudio.Core.Model;
using DesignStudio.Core.Operations;

namespace DesignStudio.Core.Tests.Operations;

public class OperationPropertyTests
{
    private static readonly Gen<(int Kind, int A, int B)[]> Steps =
        Gen.Select(Gen.Int[0, RandomOperations.Kinds - 1], Gen.Int[0, 1000], Gen.Int[0, 1000]).Array[1, 40];

    [Fact]
    public void Every_applied_operation_is_undone_exactly_by_its_inverse()
    {
        Steps.Sample(steps =>
        {
            var design = SampleDesigns.Blog();
            for (var i = 0; i < steps.Length; i++)
            {
                var operation = RandomOperations.Make(design, steps[i].Kind, steps[i].A, steps[i].B, i);
                var result = operation.Apply(design);
                if (!result.Succeeded)
                {
                    Assert.NotEmpty(result.Diagnostics);
                    continue;
                }
                var back = result.Inverse.Apply(result.Design);
                Assert.True(back.Succeeded, $"{operation} inverse refused: {string.Join("; ", back.Diagnostics)}");
                Assert.Equal(design, back.Design);
                // The inverse of the inverse redoes the operation.
                var again = back.Inverse.Apply(back.Design);
                Assert.True(again.Succeeded);
                Assert.Equal(result.Design, again.Design);
                design = result.Design;
            }
        }, iter: 400);
    }

    [Fact]
    public void Undoing_a_whole_random_session_restores_the_start_and_redoing_restores_the_end()
    {
        Steps.Sample(steps =>
        {
            var start = SampleDesigns.Blog();
            var session = new EditSession(start);
            var history = new List<Design> { start };
            for (var i = 0; i < steps.Length; i++)
            {
                if (session.Apply(RandomOperations.Make(session.Design, steps[i].Kind, steps[i].A, steps[i].B, i)).Succeeded)
                {
                    history.Add(session.Design);
                }
            }
            var end = session.Design;
            for (var i = history.Count - 2; i >= 0; i--)
            {
                Assert.True(session.Undo()!.Succeeded);
                Assert.Equal(history[i], session.Design);
            }
            Assert.False(session.CanUndo);
            while (session.CanRedo) Assert.True(session.Redo()!.Succeeded);
            Assert.Equal(end, session.Design);
        }, iter: 200);
    }

    [Fact]
    public void Random_sessions_apply_a_good_share_of_operations()
    {
        // Guards the generator: if nearly everything were refused the properties above would prove little.
        var applied = 0;
        var total = 0;
        Steps.Sample(steps =>
        {
            var session = new EditSession(SampleDesigns.Blog());
            for (var i = 0; i < steps.Length; i++)
            {
                total++;
                if (session.Apply(RandomOperations.Make(session.Design, steps[i].Kind, steps[i].A, steps[i].B, i)).Succeeded) applied++;
            }
        }, iter: 100, threads: 1);
        Assert.True(applied * 3 > total, $"only {applied} of {total} operations applied");
    }
}
