using DesignStudio.Core.Model;
using DesignStudio.Web.Services;

namespace DesignStudio.Web.Tests.Services;

public class DesignValidationTests
{
    private static readonly Design Broken = new()
    {
        Tables = [new Table { Id = "t1", Name = "users" }, new Table { Id = "t2", Name = "users" }],
    };

    [Fact]
    public void Validates_a_design_value_once_and_answers_again_from_the_cache()
    {
        var validation = new DesignValidation();

        var first = validation.Validate(Broken);
        var again = validation.Validate(Broken);

        Assert.NotEmpty(first);
        Assert.Same(first, again);
    }

    [Fact]
    public void A_changed_design_is_validated_afresh()
    {
        var validation = new DesignValidation();
        var first = validation.Validate(Broken);

        var fixedDesign = Broken with { Tables = [Broken.Tables[0], Broken.Tables[1] with { Name = "orders" }] };

        Assert.NotSame(first, validation.Validate(fixedDesign));
        Assert.True(validation.Validate(fixedDesign).Count < first.Count);
    }
}
