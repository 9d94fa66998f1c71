using System.Net;
using System.Net.Sockets;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Migrations;
using DesignStudio.Core.Tests.Fixtures;
using DesignStudio.Engines.Sandbox;

namespace DesignStudio.Engines.Tests.Sandbox;

/// <summary>
/// There is no SQL Server on the test machines: what can be checked is that a configured but unreachable server gives a
/// clear failure (which server setting to check, the driver's reason, no password) instead of an exception.
/// </summary>
public class SqlServerSandboxTests
{
    [Fact]
    public async Task Unreachable_sql_server_is_reported_as_a_connection_failure_without_the_password()
    {
        var (v1, v2) = TestDesigns.MigrationPair("column_changes", DialectNames.SqlServer);
        var plan = MigrationPlanner.Plan(v1, v2, DialectNames.SqlServer, new MigrationOptions { AllowDataLoss = true });
        var connection = $"Server=tcp:127.0.0.1,{ClosedPort()};User Id=sa;Password=Sekret-42;Connect Timeout=2;ConnectRetryCount=0;TrustServerCertificate=true";

        var report = await MigrationSandbox.TryAsync(plan, v1, connection);

        Assert.False(report.Succeeded);
        Assert.Equal(SandboxPhase.Setup, report.Failure!.Phase);
        Assert.Equal(-1, report.Failure.StatementIndex);
        Assert.StartsWith("Could not connect to the configured sqlserver sandbox server", report.Failure.Message);
        Assert.DoesNotContain("Sekret-42", report.Failure.Message);
        Assert.Equal((0, 0, 0), (report.SetupStatements, report.UpStatements, report.DownStatements));
    }

    // A port nothing listens on: bound by the OS, then released.
    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
