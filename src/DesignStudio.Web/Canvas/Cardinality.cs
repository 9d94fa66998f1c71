namespace DesignStudio.Web.Canvas;

/// <summary>What a foreign key means in crow's-foot terms, derived from nullability and uniqueness.</summary>
/// <param name="ManyChildren">The referencing side can hold many rows per parent (its key columns are not unique).</param>
/// <param name="ParentOptional">A child row may have no parent (some referencing column is nullable).</param>
public readonly record struct Cardinality(bool ManyChildren, bool ParentOptional)
{
    /// <summary>Short text such as <c>1:N</c> or <c>0..1:1</c>.</summary>
    public override string ToString() => (ParentOptional ? "0..1" : "1") + ":" + (ManyChildren ? "N" : "1");
}
