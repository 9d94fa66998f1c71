using System.CommandLine;

namespace DesignStudio.Cli;

/// <summary>Parses and invokes a command line, mapping usage errors to <see cref="ExitCodes.UsageOrUnreadableInput"/>.</summary>
internal static class CommandRunner
{
    public static int Run(RootCommand root, string[] args, InvocationConfiguration? configuration)
    {
        configuration ??= new InvocationConfiguration();
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            // System.CommandLine would exit with 1, which our commands use for "problems found"; usage errors are 2.
            foreach (var error in parse.Errors) configuration.Error.WriteLine("error: " + error.Message);
            configuration.Error.WriteLine("Run 'designstudio --help' for usage.");
            return ExitCodes.UsageOrUnreadableInput;
        }
        return parse.Invoke(configuration);
    }
}
