using DesignStudio.Core.Analysis.NormalForms;

namespace DesignStudio.Web.Services.Reviews;

/// <summary>A table's normal form in the reviewed version and in the base (null: the table is new).</summary>
public sealed record ReviewTableForm(string TableId, string TableName, NormalForm Form, NormalForm? BaseForm)
{
    /// <summary>Whether the table is new in the reviewed version.</summary>
    public bool IsNew => BaseForm is null;

    /// <summary>Whether the table reaches a lower normal form than it did in the base.</summary>
    public bool IsWorse => BaseForm is { } before && Form < before;
}
