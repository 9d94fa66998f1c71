using DesignStudio.Core.Diagnostics;

namespace DesignStudio.Core.Text;

/// <summary>A parsed CSV text: the header row, the data rows and any problems found.</summary>
/// <param name="Header">Column names from the first record.</param>
/// <param name="Rows">Data records; each has exactly <c>Header.Count</c> fields (short records are padded with empty strings).</param>
/// <param name="Diagnostics">Problems with positions (unterminated quotes, stray quotes, records of the wrong length).</param>
public sealed record CsvDocument(IReadOnlyList<string> Header, IReadOnlyList<string[]> Rows, IReadOnlyList<Diagnostic> Diagnostics);
