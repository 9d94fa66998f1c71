using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components.Web;

namespace DesignStudio.Web.Tests;

/// <summary>
/// bUnit's synchronous <c>Click</c>/<c>Change</c>/<c>Input</c> start the dispatch and return without waiting: when a
/// MudBlazor timer render holds the renderer at that moment, the handler runs after the call returns and the next assert
/// races it (seen on CI as a saved column that was still null). These overloads live in the tests' own namespace, so C#
/// finds them before bUnit's, and every event waits for its handler — up to a bound, because some handlers legitimately
/// stay pending (a confirmation dialog awaits the test's next click); those continue as before and their tests wait on
/// what they assert.
/// </summary>
public static class AwaitedEventExtensions
{
    private static readonly TimeSpan HandlerWait = TimeSpan.FromSeconds(5);

    public static void Click(this IElement element, MouseEventArgs? eventArgs = null) =>
        Settle(element.ClickAsync(eventArgs ?? new MouseEventArgs()));

    public static void Change<T>(this IElement element, T value) => Settle(element.ChangeAsync(value));

    public static void Input<T>(this IElement element, T value) => Settle(element.InputAsync(value));

    private static void Settle(Task dispatch)
    {
        // Wait returns false on timeout; a faulted handler rethrows here as it would have in bUnit's own Click.
        if (dispatch.Wait(HandlerWait)) dispatch.GetAwaiter().GetResult();
    }
}
