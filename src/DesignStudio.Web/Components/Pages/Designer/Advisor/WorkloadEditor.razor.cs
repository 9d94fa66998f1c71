using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;
using DesignStudio.Core.Operations;
using Microsoft.AspNetCore.Components;

namespace DesignStudio.Web.Components.Pages.Designer.Advisor;

/// <summary>Edits the design's workload: queries with their syntax and relative frequency, each change an operation.</summary>
public partial class WorkloadEditor
{
    private static readonly string[] Syntaxes = [DialectNames.PostgreSql, DialectNames.MySql, DialectNames.MariaDb, DialectNames.Sqlite];
    private string? sql;
    private string? name;
    private string dialect = DialectNames.PostgreSql;
    private double frequency = 1;

    /// <summary>The workload.</summary>
    [Parameter] public ValueList<WorkloadEntry> Workload { get; set; } = [];

    /// <summary>Applies an edit; true when it applied.</summary>
    [Parameter] public Func<DesignOperation, Task<bool>>? OnOperation { get; set; }

    /// <summary>Whether editing is blocked.</summary>
    [Parameter] public bool Disabled { get; set; }

    private Task<bool> ApplyAsync(DesignOperation operation) => OnOperation?.Invoke(operation) ?? Task.FromResult(false);

    private async Task AddAsync()
    {
        if (string.IsNullOrWhiteSpace(sql)) return;
        var entry = new WorkloadEntry
        {
            Id = ObjectId.New("wq"), Sql = sql.Trim().TrimEnd(';'), Name = string.IsNullOrWhiteSpace(name) ? null : name.Trim(),
            Dialect = dialect, Frequency = frequency,
        };
        if (await ApplyAsync(new AddWorkloadQuery(entry)))
        {
            sql = null;
            name = null;
            frequency = 1;
        }
    }

    private async Task SetFrequencyAsync(WorkloadEntry entry, double value)
    {
        if (value > 0 && value != entry.Frequency) await ApplyAsync(new UpdateWorkloadQuery(entry with { Frequency = value }));
    }

    private Task RemoveAsync(WorkloadEntry entry) => ApplyAsync(new RemoveWorkloadQuery(entry.Id));
}
