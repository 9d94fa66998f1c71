using System.CommandLine;

var root = new RootCommand("designstudio: design relational schemas, analyse them, and generate DDL and migrations.");
return root.Parse(args).Invoke();
