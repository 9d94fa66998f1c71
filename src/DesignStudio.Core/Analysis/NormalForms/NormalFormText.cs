namespace DesignStudio.Core.Analysis.NormalForms;

/// <summary>Short labels for normal forms (<c>1NF</c>, <c>2NF</c>, <c>3NF</c>, <c>BCNF</c>, <c>UNF</c>).</summary>
public static class NormalFormText
{
    /// <summary>The label of <paramref name="form"/>, as shown on badges and in JSON.</summary>
    public static string ToLabel(this NormalForm form) => form switch
    {
        NormalForm.Unnormalized => "UNF",
        NormalForm.First => "1NF",
        NormalForm.Second => "2NF",
        NormalForm.Third => "3NF",
        NormalForm.BoyceCodd => "BCNF",
        _ => throw new ArgumentOutOfRangeException(nameof(form), form, null),
    };
}
