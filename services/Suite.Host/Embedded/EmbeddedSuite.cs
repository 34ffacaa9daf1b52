using Suite.Api;
using Suite.ComplianceWindows;
using Suite.Draining;
using Suite.Notification;
using Suite.Orchestrator;
using Suite.Planning;
using Suite.QualityGates;
using Suite.Rollout;
using Suite.ServiceDefaults;
using Suite.TrafficAnalysis;

namespace Suite.Host.Embedded;

/// <summary>
/// Every service of Suite in one process: the embedded default (in-memory bus and stores,
/// simulated cluster), or all services over RabbitMQ for <c>suite serve</c>.
/// </summary>
public static class EmbeddedSuite
{
    /// <summary>Settings of the embedded default; configuration given later (files, environment) wins.</summary>
    public static IReadOnlyDictionary<string, string?> Defaults { get; } = new Dictionary<string, string?>
    {
        ["Suite:Bus:Transport"] = "InMemory",
        ["Suite:Cluster:Provider"] = "Simulated",
        ["Suite:Metrics:Provider"] = "Cluster",
    };

    /// <summary>Adds every service's registrations and consumers, and the saga, to <paramref name="builder"/>.</summary>
    public static TBuilder AddEverySuiteService<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.AddServiceDefaults();
        builder.AddComplianceWindowsServices();
        builder.AddTrafficAnalysisServices();
        builder.AddPlanningServices();
        builder.AddQualityGatesServices();
        builder.AddRolloutServices();
        builder.AddDrainingServices();
        builder.AddNotificationServices();
        builder.AddOrchestratorServices();
        builder.AddApiServices();
        builder.AddSuiteBus(bus =>
        {
            bus.AddComplianceWindowsConsumers();
            bus.AddTrafficAnalysisConsumers();
            bus.AddPlanningConsumers();
            bus.AddQualityGatesConsumers();
            bus.AddRolloutConsumers();
            bus.AddDrainingConsumers();
            bus.AddNotificationConsumers();
            bus.AddOrchestratorConsumers(builder.Configuration);
            bus.AddApiConsumers();
        });
        return builder;
    }

    /// <summary>
    /// A host of the embedded default on <paramref name="time"/>, with <paramref name="settings"/> over the defaults;
    /// <paramref name="configure"/> adds registrations of its own (tests: receive-endpoint filters) before the host is built.
    /// </summary>
    public static IHost Build(
        TimeProvider time, IReadOnlyDictionary<string, string?>? settings = null, bool logToConsole = false, Action<IHostApplicationBuilder>? configure = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ApplicationName = "suite",
        });
        builder.Configuration.AddInMemoryCollection(Defaults);
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Configuration.AddEnvironmentVariables();
        builder.Services.AddSingleton(time);
        builder.AddEverySuiteService();
        configure?.Invoke(builder);

        // The demo and the tests publish as soon as the host has started: the queues must be bound by then.
        builder.Services.Configure<MassTransitHostOptions>(o => o.WaitUntilStarted = true);
        if (!logToConsole)
        {
            builder.Logging.ClearProviders();
        }

        return builder.Build();
    }
}
