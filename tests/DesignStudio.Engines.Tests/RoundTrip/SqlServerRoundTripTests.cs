using DesignStudio.Core.Dialects;
using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Import;
using DesignStudio.TestSupport;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace DesignStudio.Engines.Tests.RoundTrip;

/// <summary>No SQL Server runs here: each corpus file is imported, generated again and parsed by Microsoft's T-SQL parser.</summary>
public sealed class SqlServerRoundTripTests
{
    [Theory]
    [InlineData("sqlserver/chinook.sql")]
    [InlineData("sqlserver/northwind.sql")]
    [InlineData("sqlserver/sakila.sql")]
    public void RoundTrip_of_sqlserver_corpus_file_generates_a_script_the_tsql_parser_accepts(string file)
    {
        var import = SqlDdlImporter.Import(File.ReadAllText(TestEnvironment.CorpusFile(file)), DialectNames.SqlServer);
        Assert.Equal(0, import.Report.ErrorCount);
        var script = DialectRegistry.Get(DialectNames.SqlServer).GenerateDdl(import.Design);
        var text = script.ToText();

        var fragment = new TSql160Parser(true).Parse(new StringReader(text), out var errors);

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Line}:{e.Column} {e.Message}")) + "\n\n" + text);
        Assert.DoesNotContain(script.Diagnostics, d => d.Severity == Severity.Error);
        var tables = fragment.ScriptTokenStream.Count(t => t.TokenType == TSqlTokenType.Table);
        Assert.True(tables >= import.Design.Tables.Count, $"{tables} TABLE keywords for {import.Design.Tables.Count} tables");
    }
}
