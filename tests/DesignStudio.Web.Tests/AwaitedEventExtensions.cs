using System.Diagnostics;
using System.Runtime.CompilerServices;
using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace DesignStudio.Web.Tests;

/// <summary>
/// bUnit's synchronous <c>Click</c>/<c>Change</c>/<c>Input</c> start the dispatch and return without waiting: when a
/// MudBlazor timer render holds the renderer at that moment, the handler runs after the call returns and the next assert
/// races it (seen on CI as a saved column that was still null). These overloads live in the tests' own namespace, so C#
/// finds them before bUnit's, and every event waits until its handler has finished.
/// <para>
/// One kind of handler legitimately stays pending: one that opened a MudBlazor dialog and awaits its result, which only
/// the test's next click delivers. Inside a <see cref="StudioTestContext"/> (which calls <see cref="Track"/>) the wait
/// ends as soon as the handler opens a dialog, so it is not a race against a fixed bound: a slow handler on a loaded
/// machine is waited for however long it takes (up to <see cref="HangGuard"/>, which only stops a hung handler from
/// hanging the run). Outside such a context nothing tells a parked handler from a slow one and the wait is bounded by
/// <see cref="UntrackedWait"/>, as before. An event raised inside a WaitFor check (which bUnit runs on the renderer's
/// dispatcher) never blocks: its handler needs that very dispatcher to go on.
/// </para>
/// </summary>
public static class AwaitedEventExtensions
{
    /// <summary>Upper bound of a tracked wait: not a timing assumption, only protection against a handler that hangs.</summary>
    public static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    /// <summary>Bound of an untracked wait (no way to tell a handler parked on a dialog from a slow one).</summary>
    public static readonly TimeSpan UntrackedWait = TimeSpan.FromSeconds(5);

    private static readonly AsyncLocal<IServiceProvider?> CurrentServices = new();
    private static readonly ConditionalWeakTable<IDialogService, DialogCounter> Counters = new();

    public static void Click(this IElement element, MouseEventArgs? eventArgs = null) =>
        Settle(() => element.ClickAsync(eventArgs ?? new MouseEventArgs()));

    public static void Change<T>(this IElement element, T value) => Settle(() => element.ChangeAsync(value));

    public static void Input<T>(this IElement element, T value) => Settle(() => element.InputAsync(value));

    /// <summary>
    /// Makes events raised by this test (this async flow) watch <paramref name="services"/>' dialog service, so a handler
    /// that opens a dialog counts as parked rather than slow. Called by <see cref="StudioTestContext"/>'s constructor.
    /// </summary>
    public static void Track(IServiceProvider services) => CurrentServices.Value = services;

    /// <summary>Whether events in this async flow can tell a handler parked on a dialog (true inside a StudioTestContext test).</summary>
    public static bool IsTracking => CurrentServices.Value is not null;

    private static void Settle(Func<Task> raise)
    {
        var dialogs = Dialogs();
        var shownBefore = dialogs?.Shown ?? 0;
        var dispatch = raise();
        if (OnRendererDispatcher())
        {
            // Raised from a WaitFor check, which bUnit runs on the renderer's dispatcher: the handler's continuations need
            // that dispatcher, so blocking here would hold them back until the bound. Continue at once, as bUnit's own
            // Click does; the check's next run (or the test's next wait) sees the effect.
            if (dispatch.IsCompleted) dispatch.GetAwaiter().GetResult();
            return;
        }
        if (dialogs is null)
        {
            // Wait returns false on timeout; a faulted handler rethrows here as it would have in bUnit's own Click.
            if (dispatch.Wait(UntrackedWait)) dispatch.GetAwaiter().GetResult();
            return;
        }
        var clock = Stopwatch.StartNew();
        while (!dispatch.Wait(TimeSpan.FromMilliseconds(20)))
        {
            // Parked on a dialog it opened (its test clicks in the dialog next), or hung: continue, as bUnit's Click would.
            if (dialogs.Shown != shownBefore || clock.Elapsed > HangGuard) return;
        }
        dispatch.GetAwaiter().GetResult();
    }

    // bUnit 2 renders on Blazor's default dispatcher, whose synchronization context is current while it runs work.
    private static bool OnRendererDispatcher() => SynchronizationContext.Current?.GetType().Name == "RendererSynchronizationContext";

    // The dialog service the rendered components use (bUnit serves scoped services from one scope per context). Resolved
    // at the first event, when rendering has built the container, never in the constructor (tests still add services).
    private static DialogCounter? Dialogs()
    {
        if (CurrentServices.Value?.GetService<IDialogService>() is not { } service) return null;
        return Counters.GetValue(service, s => new DialogCounter(s));
    }

    private sealed class DialogCounter
    {
        private int shown;

        public DialogCounter(IDialogService service) =>
            service.DialogInstanceAddedAsync += _ =>
            {
                Interlocked.Increment(ref shown);
                return Task.CompletedTask;
            };

        public int Shown => Volatile.Read(ref shown);
    }
}
