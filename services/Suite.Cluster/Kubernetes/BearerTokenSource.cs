namespace Suite.Cluster.Kubernetes;

/// <summary>The bearer token for API server calls: configured, or read from a file that kubelet rotates.</summary>
internal sealed class BearerTokenSource(KubernetesClusterOptions options)
{
    public async ValueTask<string?> GetAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(options.Token))
        {
            return options.Token;
        }

        if (string.IsNullOrEmpty(options.TokenFile))
        {
            return null;
        }

        try
        {
            return (await File.ReadAllTextAsync(options.TokenFile, cancellationToken)).Trim();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ClusterOperationException("Kubernetes read token file", options.TokenFile, e.Message, innerException: e);
        }
    }
}
