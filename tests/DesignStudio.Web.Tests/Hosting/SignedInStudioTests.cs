namespace DesignStudio.Web.Tests.Hosting;

/// <summary>Tests over the whole app on real Kestrel with a temporary SQLite store, signed in as the default account.</summary>
public abstract class SignedInStudioTests : IAsyncLifetime
{
    /// <summary>The running studio.</summary>
    protected StudioServer Server { get; private set; } = default!;

    /// <summary>A client with the default account's sign-in cookie.</summary>
    protected HttpClient Http { get; private set; } = default!;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        Server = new StudioServer();
        Http = await Server.SignedInClientAsync();
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
    }
}
