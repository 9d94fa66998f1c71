using System.CommandLine;
using DesignStudio.Cli.Commands;

namespace DesignStudio.Cli;

/// <summary>The <c>designstudio</c> command: one class per subcommand in <c>Commands/</c>, listed here.</summary>
public static class Program
{
    /// <summary>The root command with every subcommand.</summary>
    public static RootCommand BuildRootCommand()
    {
        var root = new RootCommand(
            "designstudio: design relational schemas, analyse them, and generate DDL and migrations.\n\n" + ExitCodes.Help);
        root.Add(ValidateCommand.Create());
        root.Add(ExportCommand.Create());
        root.Add(DdlCommand.Create());
        root.Add(NfCommand.Create());
        root.Add(AnalyzeCommand.Create());
        root.Add(ImportCommand.Create());
        root.Add(LintCommand.Create());
        root.Add(DiffCommand.Create());
        root.Add(AdviseCommand.Create());
        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/>; <paramref name="configuration"/> redirects output (tests).</summary>
    public static int Run(string[] args, InvocationConfiguration? configuration = null) =>
        CommandRunner.Run(BuildRootCommand(), args, configuration);

    private static int Main(string[] args) => Run(args);
}
