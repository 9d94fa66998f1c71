using System.Diagnostics;
using Blazor.Diagrams;
using DesignStudio.Core.Model;
using DesignStudio.Web.Canvas;
using DesignStudio.Web.Services;
using Microsoft.Extensions.DependencyInjection;

namespace DesignStudio.Benchmarks;

/// <summary>
/// What the design page computes when it opens a design, each step run alone while the studio is idle and measured as
/// process CPU time (median of 5 after a warm-up; wall time on a loaded machine says little): a breakdown for
/// <see cref="CanvasLoadMeasurement"/>, not a benchmark of record.
/// </summary>
public static class ServerWork
{
    /// <summary>Markdown table rows for <paramref name="design"/>.</summary>
    public static IEnumerable<string> Measure(IServiceProvider services, Design design, int size, Guid projectId, string userId)
    {
        var store = services.GetRequiredService<DesignStudio.Data.ProjectStore>();
        var log = services.GetRequiredService<DesignStudio.Data.Collaboration.OperationLog>();
        yield return $"| {size} tables: loading the stored design, ProjectStore.LoadDesignAsync (server CPU) | {Time(() =>
            store.LoadDesignAsync(userId, projectId).GetAwaiter().GetResult().Value!.Design.Tables.Count):F1} ms |";
        yield return $"| {size} tables: opening the live session's design, OperationLog.LoadAsync (server CPU) | {Time(() =>
            log.LoadAsync(projectId).GetAwaiter().GetResult()!.Design.Tables.Count):F1} ms |";
        yield return $"| {size} tables: the caller's role, IProjectAccess.GetRoleAsync (server CPU) | {Time(() =>
            (int)(store.Access.GetRoleAsync(projectId, userId).GetAwaiter().GetResult() ?? 0)):F1} ms |";
        var validation = services.GetRequiredService<IDesignValidation>();
        var ddl = services.GetRequiredService<IDdlSource>();
        var dialect = ddl.Dialects[0].Name;
        yield return $"| {size} tables: validation of the whole design (server CPU) | {Time(() => validation.Validate(design).Count):F1} ms |";
        yield return $"| {size} tables: DDL preview, {dialect} (server CPU) | {Time(() => ddl.Generate(design, dialect).Text.Length):F1} ms |";
        yield return $"| {size} tables: diagram projection and viewport at open (server CPU) | {Time(() =>
        {
            var diagram = new BlazorDiagram();
            var projection = new DiagramProjection(diagram);
            using var virtualizer = new CanvasVirtualizer(diagram, projection);
            var changed = 0;
            diagram.Batch(() =>
            {
                projection.Sync(design, []);
                changed = virtualizer.Update();
            });
            return changed;
        }):F1} ms |";
    }

    private static double Time(Func<int> work)
    {
        work();
        var times = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            work();
            times.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
        }
        times.Sort();
        return times[2];
    }
}
