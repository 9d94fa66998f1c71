using DesignStudio.Core.Model;
using DesignStudio.Core.Operations;

namespace DesignStudio.Core.Tests.Operations;

internal static class OperationAssert
{
    /// <summary>Applies the operation, checks it succeeded, and that its inverse gives back the original exactly.</summary>
    public static Design AppliesAndInverts(Design design, DesignOperation operation)
    {
        var result = operation.Apply(design);
        Assert.True(result.Succeeded, string.Join("; ", result.Diagnostics));
        var back = result.Inverse.Apply(result.Design);
        Assert.True(back.Succeeded, string.Join("; ", back.Diagnostics));
        Assert.Equal(design, back.Design);
        return result.Design;
    }

    /// <summary>Checks the operation is refused with the given code and leaves no design.</summary>
    public static void Refused(Design design, DesignOperation operation, string code)
    {
        var result = operation.Apply(design);
        Assert.False(result.Succeeded);
        Assert.Null(result.Inverse);
        Assert.Contains(result.Diagnostics, d => d.Code == code);
    }
}
