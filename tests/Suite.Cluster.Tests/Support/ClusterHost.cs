using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Suite.Cluster.Tests;

/// <summary>A host composed the way services compose the cluster: configuration, then <c>AddSuiteCluster</c>.</summary>
internal static class ClusterHost
{
    public static IHost Build(IDictionary<string, string?> settings, Action<IServiceCollection>? configure = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        configure?.Invoke(builder.Services);
        builder.AddSuiteCluster();
        return builder.Build();
    }

    /// <summary>Settings for the Kubernetes adapter against <paramref name="apiServer"/>, with quick retries.</summary>
    public static Dictionary<string, string?> Kubernetes(Uri apiServer, string token = "test-token") => new()
    {
        ["Suite:Cluster:Provider"] = "Kubernetes",
        ["Suite:Cluster:Kubernetes:ApiServer"] = apiServer.ToString(),
        ["Suite:Cluster:Kubernetes:Token"] = token,
        ["Suite:Cluster:Kubernetes:RetryBaseDelay"] = "00:00:00.010",
        ["Suite:Cluster:Kubernetes:MaxRetryAttempts"] = "2",
        ["Suite:Metrics:Provider"] = "Simulator",
    };
}
