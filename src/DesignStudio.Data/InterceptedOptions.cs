using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DesignStudio.Data;

/// <summary>Adds a store's EF Core interceptors to a context's options, and nothing when there are none (the usual case).</summary>
internal static class InterceptedOptions
{
    public static DbContextOptionsBuilder<T> Intercepted<T>(this DbContextOptionsBuilder<T> builder, IInterceptor[] interceptors) where T : DbContext =>
        interceptors.Length == 0 ? builder : builder.AddInterceptors(interceptors);
}
