using System.CommandLine;
using DesignStudio.Cli.Commands;

var root = new RootCommand("designstudio: design relational schemas, analyse them, and generate DDL and migrations.");
root.Subcommands.Add(NfCommand.Create());
return root.Parse(args).Invoke();
