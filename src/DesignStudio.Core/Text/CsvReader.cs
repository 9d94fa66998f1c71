using System.Text;
using DesignStudio.Core.Diagnostics;

namespace DesignStudio.Core.Text;

/// <summary>
/// Reads CSV as RFC 4180 describes it: records end with CRLF or LF, fields are separated by a comma (or another
/// separator), a field in double quotes may hold separators, line breaks and doubled quotes (""). The first record
/// is the header. Lenient where it is safe (a stray quote inside an unquoted field is kept as text) and reports
/// every irregularity as a diagnostic with its line and column.
/// </summary>
public static class CsvReader
{
    /// <summary>Diagnostic code for malformed CSV.</summary>
    public const string MalformedCsv = "CSV001";

    /// <summary>Parses <paramref name="text"/>.</summary>
    public static CsvDocument Parse(string text, char separator = ',', string path = "csv") =>
        Read(new StringReader(text), separator, path);

    /// <summary>Reads CSV from <paramref name="reader"/> to the end.</summary>
    public static CsvDocument Read(TextReader reader, char separator = ',', string path = "csv")
    {
        var diagnostics = new List<Diagnostic>();
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        int line = 1, column = 0, recordLine = 1;
        var quoted = false;      // inside a quoted field
        var wasQuoted = false;   // the current field started with a quote
        var any = false;         // the current record has content
        int c;

        void Warn(string message, int l, int col) =>
            diagnostics.Add(new Diagnostic(MalformedCsv, Severity.Warning, path, message) { Position = new SourcePosition(l, col) });

        void EndField()
        {
            fields.Add(field.ToString());
            field.Clear();
            wasQuoted = false;
        }

        void EndRecord()
        {
            EndField();
            if (any || fields.Count > 1 || fields[0].Length > 0) records.Add([.. fields]);
            fields.Clear();
            any = false;
        }

        while ((c = reader.Read()) >= 0)
        {
            column++;
            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        column++;
                        field.Append('"');
                    }
                    else quoted = false;
                }
                else
                {
                    if (ch == '\n')
                    {
                        line++;
                        column = 0;
                    }
                    field.Append(ch);
                }
                continue;
            }
            if (ch == separator)
            {
                any = true;
                EndField();
            }
            else if (ch == '\r' && reader.Peek() == '\n') continue;
            else if (ch is '\n' or '\r')
            {
                EndRecord();
                line++;
                column = 0;
                recordLine = line;
            }
            else if (ch == '"' && field.Length == 0 && !wasQuoted)
            {
                quoted = wasQuoted = any = true;
            }
            else
            {
                if (wasQuoted) Warn("text after a closing quote", line, column);
                else if (ch == '"') Warn("a quote inside an unquoted field (kept as text)", line, column);
                field.Append(ch);
                any = true;
            }
        }
        if (quoted) Warn("a quoted field is not closed before the end of the text", recordLine, 1);
        if (any || field.Length > 0 || fields.Count > 0) EndRecord();

        if (records.Count == 0) return new CsvDocument([], [], diagnostics);
        var header = records[0];
        var rows = new List<string[]>(records.Count - 1);
        for (var i = 1; i < records.Count; i++)
        {
            var r = records[i];
            if (r.Length != header.Length)
            {
                diagnostics.Add(new Diagnostic(MalformedCsv, Severity.Warning, path,
                    $"record {i + 1} has {r.Length} fields, the header has {header.Length}"));
                var fixedRow = new string[header.Length];
                for (var k = 0; k < header.Length; k++) fixedRow[k] = k < r.Length ? r[k] : "";
                r = fixedRow;
            }
            rows.Add(r);
        }
        return new CsvDocument(header, rows, diagnostics);
    }
}
