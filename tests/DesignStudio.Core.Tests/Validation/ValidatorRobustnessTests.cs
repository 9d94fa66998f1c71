using CsCheck;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Tests.Serialization;
using DesignStudio.Core.Validation;

namespace DesignStudio.Core.Tests.Validation;

public class ValidatorRobustnessTests
{
    [Fact]
    public void Random_inconsistent_designs_are_validated_without_exceptions_and_deterministically() =>
        DesignGenerators.Design.Sample(design =>
        {
            foreach (var dialect in DialectNames.All.Append(null))
            {
                var first = DesignValidator.Validate(design, dialect);
                Assert.Equal(first, DesignValidator.Validate(design, dialect));
            }
        }, iter: 200);
}
