namespace DesignStudio.Core.Validation.Rules;

/// <summary>DS011: a foreign key targets, or a subject area lists, a table id the design does not have.</summary>
internal sealed class MissingTableRule : IDesignRule
{
    public void Check(ValidationContext context)
    {
        foreach (var t in context.Design.Tables)
        {
            foreach (var f in t.ForeignKeys)
            {
                if (context.Table(f.TargetTableId) is null)
                {
                    context.Error(ValidationCodes.MissingTable, DesignPaths.ForeignKey(t, f), $"The foreign key refers to table id '{f.TargetTableId}', which the design does not have.");
                }
            }
        }
        foreach (var a in context.Design.Areas)
        {
            foreach (var id in a.TableIds)
            {
                if (context.Table(id) is null)
                {
                    context.Error(ValidationCodes.MissingTable, DesignPaths.Area(a), $"The subject area lists table id '{id}', which the design does not have.");
                }
            }
        }
    }
}
