using Microsoft.Extensions.Options;
using Suite.Cluster.Kubernetes;

namespace Suite.Cluster;

/// <summary>Refuses, at start-up, an unknown cluster provider or a Kubernetes one without an API server.</summary>
internal sealed class ClusterProviderValidation(IOptions<KubernetesClusterOptions> kubernetes) : IValidateOptions<ClusterProviderOptions>
{
    public ValidateOptionsResult Validate(string? name, ClusterProviderOptions options)
    {
        const string key = ClusterProviderOptions.SectionName + ":Provider";
        var provider = ProviderChoice.Normalize(options.Provider, ClusterProviderOptions.All);
        if (provider is null)
        {
            return ValidateOptionsResult.Fail(ProviderChoice.Refusal(key, options.Provider, ClusterProviderOptions.All));
        }

        var apiServer = kubernetes.Value.ApiServer;
        if (provider == ClusterProviderOptions.Kubernetes && !IsHttpUrl(apiServer))
        {
            return ValidateOptionsResult.Fail(
                $"{key} is Kubernetes but {KubernetesClusterOptions.SectionName}:ApiServer is '{apiServer}'; it must be an http(s) URL (or run inside a pod)");
        }

        return ValidateOptionsResult.Success;
    }

    internal static bool IsHttpUrl(string? text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
