using Microsoft.Extensions.Options;
using Suite.Cluster.Simulated;

namespace Suite.Cluster;

/// <summary>
/// Refuses, at start-up, an unknown metrics provider, in-process cluster metrics beside a real cluster,
/// and a simulator without a URL.
/// </summary>
internal sealed class MetricsProviderValidation(IOptions<ClusterProviderOptions> cluster, IOptions<SimulatorMetricsOptions> simulator)
    : IValidateOptions<MetricsProviderOptions>
{
    public ValidateOptionsResult Validate(string? name, MetricsProviderOptions options)
    {
        const string key = MetricsProviderOptions.SectionName + ":Provider";
        var provider = ProviderChoice.Normalize(options.Provider, MetricsProviderOptions.All);
        if (provider is null)
        {
            return ValidateOptionsResult.Fail(ProviderChoice.Refusal(key, options.Provider, MetricsProviderOptions.All));
        }

        if (provider == MetricsProviderOptions.Cluster && ClusterProvider() == ClusterProviderOptions.Kubernetes)
        {
            return ValidateOptionsResult.Fail(
                $"{key} is Cluster, which reads the in-process simulated cluster, but {ClusterProviderOptions.SectionName}:Provider is Kubernetes; allowed with Kubernetes: {MetricsProviderOptions.Simulator}");
        }

        if (provider == MetricsProviderOptions.Simulator && !ClusterProviderValidation.IsHttpUrl(simulator.Value.Url))
        {
            return ValidateOptionsResult.Fail(
                $"{key} is Simulator but {SimulatorMetricsOptions.SectionName}:Url is '{simulator.Value.Url}' (and no {ClusterProviderOptions.SectionName}:Kubernetes:ApiServer to default to); it must be an http(s) URL");
        }

        return ValidateOptionsResult.Success;
    }

    /// <summary>The cluster provider, or null when it is invalid: its own validation reports that once.</summary>
    private string? ClusterProvider()
    {
        try
        {
            return ProviderChoice.Normalize(cluster.Value.Provider, ClusterProviderOptions.All);
        }
        catch (OptionsValidationException)
        {
            return null;
        }
    }
}
