using DesignStudio.Core.Model;

namespace DesignStudio.Core.Analysis.NormalForms.Tables;

/// <summary>A sign that a table is not in first normal form.</summary>
/// <param name="Code">Stable code: NF101 repeating group, NF102 list-valued column, NF103 composite value, NF104 separated values in sample data.</param>
/// <param name="ColumnIds">The columns involved.</param>
/// <param name="Message">What was seen and why it matters, in plain words.</param>
/// <param name="Fix">What to do about it.</param>
/// <param name="BreaksFirstNormalForm">True when the finding is strong enough to rate the table below 1NF; false for advice (JSON documents, composite names).</param>
public sealed record FirstNormalFormFinding(string Code, ValueList<string> ColumnIds, string Message, string Fix, bool BreaksFirstNormalForm);
