using AngleSharp.Dom;
using Bunit;
using DesignStudio.Data;
using DesignStudio.Data.Collaboration;
using DesignStudio.Web.Collaboration;
using DesignStudio.Web.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MudBlazor.Services;

namespace DesignStudio.Web.Tests;

/// <summary>bUnit context with MudBlazor services, loose JS interop and a real temporary SQLite store.</summary>
public abstract class StudioTestContext : BunitContext, IAsyncLifetime
{
    private bool disposedAsync;

    protected StudioTestContext()
    {
        DefaultWaitTimeout = TimeSpan.FromSeconds(15);
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        Services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        Services.AddSingleton(TempStore.Store);
        Services.AddSingleton<IDesignValidation, DesignValidation>();
        Services.AddSingleton(TempStore.Database);
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton<OperationLog>();
        Services.AddSingleton<IDesignChangeBus, LocalChangeBus>();
        Services.AddSingleton<IDesignAccess, LocalDesignAccess>();
        Services.AddSingleton<DesignSessionService>();
        Services.AddScoped<ICollaboratorIdentity, LocalCollaboratorIdentity>();
        // The diagram asks the browser for its size once; answer as a 1000×700 canvas would.
        JSInterop.Setup<Blazor.Diagrams.Core.Geometry.Rectangle>("ZBlazorDiagrams.getBoundingClientRect", _ => true)
            .SetResult(new Blazor.Diagrams.Core.Geometry.Rectangle(0, 0, 1000, 700));
    }

    protected TempSqliteStore TempStore { get; } = new();

    protected ProjectStore Store => TempStore.Store;

    public Task InitializeAsync() => Task.CompletedTask;

    // MudBlazor services are only IAsyncDisposable, so the container must be disposed asynchronously.
    async Task IAsyncLifetime.DisposeAsync()
    {
        disposedAsync = true;
        await DisposeAsync();
        TempStore.Dispose();
    }

    protected override void Dispose(bool disposing)
    {
        if (!disposedAsync) base.Dispose(disposing);
    }

    /// <summary>The form control labelled <paramref name="label"/> (through &lt;label for&gt;, a wrapping label, or aria-label).</summary>
    protected static IElement Labelled<T>(IRenderedComponent<T> cut, string label) where T : IComponent
    {
        var all = cut.FindAll("label");
        foreach (var l in all)
        {
            if (l.TextContent.Trim() != label) continue;
            if (l.GetAttribute("for") is { Length: > 0 } id && cut.FindAll($"[id='{id}']") is { Count: > 0 } targets) return targets[0];
            if (l.QuerySelector("input, select, textarea") is { } nested) return nested;
        }
        var byAria = cut.FindAll($"[aria-label='{label}']");
        return byAria.Count > 0 ? byAria[0] : throw new InvalidOperationException($"No control labelled '{label}' in:\n{cut.Markup}");
    }

    /// <summary>Types into the text field labelled <paramref name="label"/> and waits until the component shows it.</summary>
    protected static void Type<T>(IRenderedComponent<T> cut, string label, string text, bool immediate = true) where T : IComponent
    {
        var input = Labelled(cut, label);
        if (immediate) input.Input(text);
        else input.Change(text);
        cut.WaitForAssertion(() => Assert.Equal(text, Labelled(cut, label).GetAttribute("value") ?? Labelled(cut, label).TextContent));
    }

    /// <summary>The button whose text or aria-label is <paramref name="name"/>.</summary>
    protected static IElement Button<T>(IRenderedComponent<T> cut, string name) where T : IComponent
    {
        foreach (var b in cut.FindAll("button"))
        {
            if (b.GetAttribute("aria-label") == name || b.TextContent.Trim() == name) return b;
        }
        throw new InvalidOperationException($"No button named '{name}'.");
    }
}
