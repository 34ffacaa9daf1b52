using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Suite.Cluster.Kubernetes;
using Suite.Cluster.Routing;
using Suite.Cluster.Simulated;

namespace Suite.Cluster;

public static class ClusterServiceExtensions
{
    /// <summary>
    /// <see cref="IClusterGateway"/>, <see cref="ITrafficRouter"/> and <see cref="IMetricsSource"/> as
    /// <c>Suite:Cluster:Provider</c> and <c>Suite:Metrics:Provider</c> choose: by default one in-process
    /// <see cref="SimulatedCluster"/> serves all three. Safe to call from every service composed in one process; a bad value fails at start-up.
    /// </summary>
    public static IHostApplicationBuilder AddSuiteCluster(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        if (services.Any(d => d.ServiceType == typeof(ClusterServicesMarker)))
        {
            return builder;
        }

        services.AddSingleton<ClusterServicesMarker>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddOptions<ClusterProviderOptions>().BindConfiguration(ClusterProviderOptions.SectionName).ValidateOnStart();
        services.AddOptions<MetricsProviderOptions>().BindConfiguration(MetricsProviderOptions.SectionName).ValidateOnStart();
        services.AddOptions<SimulatedClusterOptions>().BindConfiguration(SimulatedClusterOptions.SectionName);
        services.AddOptions<KubernetesClusterOptions>().BindConfiguration(KubernetesClusterOptions.SectionName).PostConfigure(InClusterDefaults.Apply);
        services.AddOptions<SimulatorMetricsOptions>().BindConfiguration(SimulatorMetricsOptions.SectionName)
            .PostConfigure<IOptions<KubernetesClusterOptions>>((o, kubernetes) => o.Url = string.IsNullOrWhiteSpace(o.Url) ? kubernetes.Value.ApiServer : o.Url);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ClusterProviderOptions>, ClusterProviderValidation>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MetricsProviderOptions>, MetricsProviderValidation>());

        services.AddHttpClient(KubernetesClusterGateway.HttpClientName, (sp, client) =>
            {
                client.BaseAddress = new Uri(sp.GetRequiredService<IOptions<KubernetesClusterOptions>>().Value.ApiServer!.TrimEnd('/') + "/");
            })
            .ConfigurePrimaryHttpMessageHandler(sp => KubernetesHttpHandler.Create(sp.GetRequiredService<IOptions<KubernetesClusterOptions>>().Value));
        services.AddHttpClient(SimulatorMetricsSource.HttpClientName);

        services.TryAddSingleton(sp => new SimulatedCluster(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<SimulatedClusterOptions>>().Value));
        services.TryAddSingleton<KubernetesClusterGateway>();
        services.TryAddSingleton<SimulatorMetricsSource>();
        services.TryAddSingleton<IClusterGateway>(sp => Chosen(sp.GetRequiredService<IOptions<ClusterProviderOptions>>().Value.Provider, ClusterProviderOptions.All) switch
        {
            ClusterProviderOptions.Kubernetes => sp.GetRequiredService<KubernetesClusterGateway>(),
            _ => sp.GetRequiredService<SimulatedCluster>(),
        });
        services.TryAddSingleton<ITrafficRouter>(sp => Chosen(sp.GetRequiredService<IOptions<ClusterProviderOptions>>().Value.Provider, ClusterProviderOptions.All) switch
        {
            ClusterProviderOptions.Kubernetes => new KubernetesTrafficRouter(),
            _ => sp.GetRequiredService<SimulatedCluster>(),
        });
        services.TryAddSingleton<IMetricsSource>(sp => Chosen(sp.GetRequiredService<IOptions<MetricsProviderOptions>>().Value.Provider, MetricsProviderOptions.All) switch
        {
            MetricsProviderOptions.Simulator => sp.GetRequiredService<SimulatorMetricsSource>(),
            _ => sp.GetRequiredService<SimulatedCluster>(),
        });
        return builder;
    }

    // Options validation has refused anything else before this runs.
    private static string? Chosen(string value, IReadOnlyList<string> allowed) => ProviderChoice.Normalize(value, allowed);

    private sealed class ClusterServicesMarker;
}
