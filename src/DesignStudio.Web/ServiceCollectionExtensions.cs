using DesignStudio.Core.Dialects;
using DesignStudio.Data;
using DesignStudio.Web.Accounts;
using DesignStudio.Data.Collaboration;
using DesignStudio.Web.Collaboration;
using DesignStudio.Web.Hosting;
using DesignStudio.Web.Services;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MudBlazor.Services;
using Serilog;
using Serilog.Events;

namespace DesignStudio.Web;

/// <summary>Every service the studio registers, in one place.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>Registers logging, the project store, the UI and the hooks to the DDL generators and the validator.</summary>
    public static IServiceCollection AddDesignStudio(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = StudioSettings.From(configuration);
        services.AddSingleton(settings);

        services.AddSerilog((_, log) => log
            .ReadFrom.Configuration(configuration)
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            .Enrich.WithProperty("Application", "DesignStudio")
            .WriteTo.Console()
            .WriteTo.File(Path.Combine(settings.DataDirectory, "logs", "designstudio-.log"), rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 14, outputTemplate: "{Timestamp:O} [{Level:u3}] {SourceContext} {Message:lj} {Properties:j}{NewLine}{Exception}"));

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(new ProjectDatabase(settings.Provider, settings.ConnectionString));
        services.AddSingleton<ProjectStore>();
        services.AddSingleton<DesignStudio.Data.Versions.VersionEvents>();
        services.AddSingleton<DesignStudio.Data.Versions.VersionStore>();
        services.AddSingleton(Services.Versions.SandboxSettings.From(configuration));
        services.AddSingleton<Services.Versions.MigrationWorkbench>();
        services.AddSingleton<DesignStudio.Data.Reviews.ReviewEvents>();
        services.AddSingleton<DesignStudio.Data.Reviews.ReviewStore>();
        services.AddSingleton<Services.Reviews.ReviewWorkbench>();
        services.AddHostedService<ProjectStoreMigrator>();
        // Right after the migrations and before anything registers Data Protection's own start-up service (hosted
        // services start in registration order): keys kept in <data>/keys by earlier versions move into the database.
        services.AddHostedService<LegacyKeyImport>();
        // Live co-editing: one session per open design, the operation log, and (PostgreSQL) the bus between instances.
        services.AddSingleton<OperationLog>();
        services.AddSingleton<IDesignAccess, ProjectDesignAccess>();
        if (settings.Provider == DatabaseProvider.Postgres)
        {
            services.AddSingleton(sp => new PostgresChangeBus(settings.ConnectionString, sp.GetRequiredService<ILogger<PostgresChangeBus>>()));
            services.AddSingleton<IDesignChangeBus>(sp => sp.GetRequiredService<PostgresChangeBus>());
            services.AddSingleton(sp => new AccessChangeRelay(sp.GetRequiredService<ProjectStore>().Events, sp.GetRequiredService<IDesignChangeBus>(),
                sp.GetRequiredService<ILogger<AccessChangeRelay>>()));
            services.AddHostedService<ChangeBusListener>();
            services.AddSingleton(sp => new DesignStudio.Data.Comments.PostgresCommentRelay(settings.ConnectionString,
                sp.GetRequiredService<DesignStudio.Data.Comments.CommentEvents>(), sp.GetRequiredService<DesignStudio.Data.Reviews.ReviewEvents>(),
                sp.GetRequiredService<DesignStudio.Data.Versions.VersionEvents>(), sp.GetRequiredService<ILogger<DesignStudio.Data.Comments.PostgresCommentRelay>>()));
            services.AddHostedService<CommentRelayListener>();
        }
        else
        {
            services.AddSingleton<IDesignChangeBus, LocalChangeBus>();
        }
        services.AddSingleton(sp => new DesignStudio.Data.Activity.LiveEditActivity(sp.GetRequiredService<ProjectDatabase>(),
            sp.GetRequiredService<ProjectStore>().Activity, sp.GetRequiredService<ILogger<DesignStudio.Data.Activity.LiveEditActivity>>()));
        services.AddSingleton<DesignSessionService>();
        // Comments: the store, its in-process change events, and each page's comment state (markers, panel requests).
        services.AddSingleton<DesignStudio.Data.Comments.CommentEvents>();
        services.AddSingleton<DesignStudio.Data.Comments.CommentStore>();
        services.AddScoped<Components.Pages.Designer.Comments.CommentBoard>();
        services.AddScoped<ICollaboratorIdentity, AccountCollaboratorIdentity>();
        services.AddHealthChecks().AddCheck<ProjectStoreHealthCheck>("project-store");
        services.AddStudioAccounts(configuration);

        // The DDL panel lists every registered dialect.
        foreach (var dialect in DialectRegistry.All) services.AddSingleton<ISqlDialect>(dialect);
        services.AddSingleton<IDdlSource, SqlDialectDdlSource>();
        services.AddSingleton<IDesignValidation, DesignValidation>();
        services.AddSingleton<DesignImportService>();
        services.AddSingleton(Components.Pages.Designer.Advisor.AdvisorSandbox.From(configuration));
        services.AddSingleton<StoredConnectionStore>();
        services.AddSingleton<StoredConnectionService>();

        // Keys in the project database (or in DesignStudio:DataProtection:KeysDirectory), so sign-ins and stored
        // connections survive a restart and work on every replica sharing the database.
        services.AddStudioDataProtection(configuration);
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        return services;
    }
}
