using System.CommandLine;

var root = new RootCommand("designstudio: design relational schemas, analyse them, and generate DDL and migrations.");
root.Subcommands.Add(DesignStudio.Cli.Commands.ImportCommand.Create());
return root.Parse(args).Invoke();
