namespace DesignStudio.Core.Dialects;

/// <summary>The native SQL for a logical type, and why it differs from the logical type when it is an approximation.</summary>
/// <param name="Sql">Native type text, e.g. <c>varchar(255)</c>.</param>
/// <param name="Code">A <see cref="DdlCodes"/> code when the mapping is an approximation, else null.</param>
/// <param name="Note">Explanation of the approximation (what was chosen and why).</param>
public sealed record TypeMapping(string Sql, string? Code = null, string? Note = null)
{
    /// <summary>An exact mapping.</summary>
    public static TypeMapping Exact(string sql) => new(sql);

    /// <summary>An approximation reported with <see cref="DdlCodes.TypeApproximated"/>.</summary>
    public static TypeMapping Approx(string sql, string note) => new(sql, DdlCodes.TypeApproximated, note);
}
