using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Migrations;

/// <summary>What a migration generator needs while writing one direction of a plan.</summary>
public sealed class MigrationContext
{
    /// <summary>Creates the context for migrating <paramref name="from"/> to <paramref name="to"/>.</summary>
    public MigrationContext(Design from, Design to, MigrationOptions options)
    {
        From = from;
        To = to;
        Options = options;
        FromDdl = new DdlContext(from);
        ToDdl = new DdlContext(to);
    }

    /// <summary>The design the database has before the script.</summary>
    public Design From { get; }

    /// <summary>The design the database has after the script.</summary>
    public Design To { get; }

    /// <summary>Planning options.</summary>
    public MigrationOptions Options { get; }

    /// <summary>DDL context over the old design (names and targets of dropped objects).</summary>
    public DdlContext FromDdl { get; }

    /// <summary>DDL context over the new design (names and targets of created objects).</summary>
    public DdlContext ToDdl { get; }

    private readonly List<Diagnostic> notes = [];

    /// <summary>Diagnostics of both DDL contexts and of the migration generator.</summary>
    public IEnumerable<Diagnostic> Diagnostics => notes.Concat(FromDdl.Diagnostics).Concat(ToDdl.Diagnostics);

    /// <summary>Reports a change the dialect cannot express (left out of the script).</summary>
    public void Unsupported(string path, string message) =>
        notes.Add(new Diagnostic(MigrationCodes.Unsupported, Severity.Warning, path, message));
}
