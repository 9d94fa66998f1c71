using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace DesignStudio.Benchmarks;

/// <summary>
/// Names each HTTP request of the benchmark's studio by its trace id (method, path, status, body bytes and encoding), so
/// <see cref="CanvasLoadTrace"/> can say which request a server activity was: ASP.NET Core's request activity carries no path.
/// </summary>
public sealed class RequestTimeline : IStartupFilter
{
    private static readonly ConcurrentDictionary<string, string> Requests = new();

    /// <summary>The request with trace id <paramref name="traceId"/>, or null.</summary>
    public static string? Find(string traceId) => Requests.GetValueOrDefault(traceId);

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            await nextMiddleware(context);
            if (Activity.Current is { } activity)
            {
                Requests[activity.TraceId.ToString()] = $"{context.Request.Method} {context.Request.Path}{context.Request.QueryString} {context.Response.StatusCode} "
                    + $"{context.Response.ContentLength?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"} B {context.Response.Headers.ContentEncoding}";
            }
        });
        next(app);
    };
}
