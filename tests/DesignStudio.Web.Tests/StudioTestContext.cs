using AngleSharp.Dom;
using Bunit;
using System.Security.Claims;
using Bunit.TestDoubles;
using DesignStudio.Data;
using DesignStudio.Data.Access;
using DesignStudio.Web.Accounts;
using DesignStudio.Data.Collaboration;
using DesignStudio.Web.Collaboration;
using DesignStudio.Web.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MudBlazor.Services;

namespace DesignStudio.Web.Tests;

/// <summary>
/// bUnit context with MudBlazor services, loose JS interop and a real temporary SQLite store, signed in as the store's
/// owner account (<see cref="OwnerId"/>): <see cref="Store"/> acts as that account, so projects it creates are the
/// signed-in user's. <see cref="SignInAs"/> switches the signed-in user (e.g. to one made with
/// <see cref="TempSqliteStore.CreateUserAsync"/>); <see cref="RealStore"/> is the store itself.
/// </summary>
public abstract class StudioTestContext : BunitContext, IAsyncLifetime
{
    private bool disposedAsync;

    protected StudioTestContext()
    {
        DefaultWaitTimeout = TimeSpan.FromSeconds(15);
        // Lets Click/Change/Input tell a handler parked on a dialog it opened from a slow one (AwaitedEventExtensions).
        AwaitedEventExtensions.Track(Services);
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        Services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        Services.AddSingleton(TempStore.Store);
        Services.AddSingleton(TempStore.Connections);
        Services.AddSingleton<IDesignValidation, DesignValidation>();
        Services.AddSingleton(DesignStudio.Web.Components.Pages.Designer.Advisor.AdvisorSandbox.None);
        Services.AddSingleton(VersionEvents);
        Services.AddSingleton(new DesignStudio.Data.Versions.VersionStore(TempStore.Database, TimeProvider.System, VersionEvents,
            NullLogger<DesignStudio.Data.Versions.VersionStore>.Instance));
        Services.AddSingleton(new DesignStudio.Web.Services.Versions.SandboxSettings(new Dictionary<string, string> { [Core.Dialects.DialectNames.Sqlite] = "" }));
        Services.AddSingleton<DesignStudio.Web.Services.Versions.MigrationWorkbench>();
        Services.AddSingleton(ReviewEvents);
        Services.AddSingleton(new DesignStudio.Data.Reviews.ReviewStore(TempStore.Database, TimeProvider.System, ReviewEvents,
            NullLogger<DesignStudio.Data.Reviews.ReviewStore>.Instance));
        Services.AddSingleton<DesignStudio.Web.Services.Reviews.ReviewWorkbench>();
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton(TempStore.Store.Access);
        Services.AddSingleton<IProjectAccess>(TempStore.Store.Access);
        Services.AddSingleton(TempStore.Store.Events);
        Services.AddScoped<CurrentUser>();
        Authorization = AddAuthorization();
        SignInAs(TempStore.OwnerId, TempSqliteStore.OwnerName);
        Services.AddSingleton(TempStore.Database);
        Services.AddSingleton<OperationLog>();
        Services.AddSingleton<IDesignChangeBus, LocalChangeBus>();
        Services.AddSingleton<IDesignAccess, ProjectDesignAccess>();
        Services.AddSingleton<DesignSessionService>();
        Services.AddSingleton(TempStore.CommentEvents);
        Services.AddSingleton(TempStore.Comments);
        Services.AddScoped<DesignStudio.Web.Components.Pages.Designer.Comments.CommentBoard>();
        Services.AddScoped<ICollaboratorIdentity, AccountCollaboratorIdentity>();
        // The diagram asks the browser for its size once; answer as a 1000×700 canvas would.
        JSInterop.Setup<Blazor.Diagrams.Core.Geometry.Rectangle>("ZBlazorDiagrams.getBoundingClientRect", _ => true)
            .SetResult(new Blazor.Diagrams.Core.Geometry.Rectangle(0, 0, 1000, 700));
    }

    protected TempSqliteStore TempStore { get; } = new();

    /// <summary>The review change events the components listen to (the review store raises them).</summary>
    protected DesignStudio.Data.Reviews.ReviewEvents ReviewEvents { get; } = new();

    /// <summary>The version-history change events the components listen to (the version store raises them).</summary>
    protected DesignStudio.Data.Versions.VersionEvents VersionEvents { get; } = new();

    /// <summary>The store as the signed-in owner account sees it.</summary>
    protected UserProjectStore Store => TempStore.Owner;

    /// <summary>The store itself (every call names its caller).</summary>
    protected ProjectStore RealStore => TempStore.Store;

    /// <summary>The id of the account signed in by default.</summary>
    protected string OwnerId => TempStore.OwnerId;

    /// <summary>bUnit's fake authentication: who the components see as signed in.</summary>
    protected BunitAuthorizationContext Authorization { get; }

    /// <summary>Makes <paramref name="userId"/> the signed-in user for components rendered from now on.</summary>
    protected void SignInAs(string userId, string userName)
    {
        Authorization.SetAuthorized(userName);
        Authorization.SetClaims(new Claim(ClaimTypes.NameIdentifier, userId));
    }

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

    /// <summary>
    /// Opens the design page's side-panel tab named <paramref name="name"/> ("Table", "Tables", "DDL", ...) and waits
    /// until it is the active one: only the active tab's panel is rendered.
    /// </summary>
    protected static void OpenTab<T>(IRenderedComponent<T> cut, string name) where T : IComponent
    {
        Tab(cut, name).Click();
        cut.WaitForAssertion(() => Assert.Equal("true", Tab(cut, name).GetAttribute("aria-selected")));
    }

    /// <summary>The design page's side-panel tab named <paramref name="name"/>.</summary>
    protected static IElement Tab<T>(IRenderedComponent<T> cut, string name) where T : IComponent
    {
        foreach (var tab in cut.FindAll("[role=tab]"))
        {
            if (tab.TextContent.Trim() == name) return tab;
        }
        throw new InvalidOperationException($"No tab named '{name}'.");
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
