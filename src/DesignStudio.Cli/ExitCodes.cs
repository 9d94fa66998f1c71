namespace DesignStudio.Cli;

/// <summary>Process exit codes shared by every command.</summary>
public static class ExitCodes
{
    /// <summary>Success (warnings may have been printed).</summary>
    public const int Ok = 0;

    /// <summary>The input was read, and problems (errors) were found in it.</summary>
    public const int ProblemsFound = 1;

    /// <summary>Bad command line, or input that could not be read (missing file, malformed JSON, not a design file).</summary>
    public const int UsageOrUnreadableInput = 2;

    /// <summary>The exit-code table for <c>--help</c>.</summary>
    public const string Help =
        "Exit codes: 0 success; 1 problems (errors) found in the input; 2 usage error or unreadable input " +
        "(missing file, malformed JSON, not a design file).";
}
