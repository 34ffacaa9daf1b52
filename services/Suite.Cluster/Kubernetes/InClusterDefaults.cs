namespace Suite.Cluster.Kubernetes;

/// <summary>Fills what a pod's service account provides when the configuration leaves it empty.</summary>
internal static class InClusterDefaults
{
    private const string ServiceAccountFolder = "/var/run/secrets/kubernetes.io/serviceaccount";

    public static void Apply(KubernetesClusterOptions options)
    {
        var host = Environment.GetEnvironmentVariable("KUBERNETES_SERVICE_HOST");
        var port = Environment.GetEnvironmentVariable("KUBERNETES_SERVICE_PORT");
        if (string.IsNullOrWhiteSpace(options.ApiServer) && !string.IsNullOrWhiteSpace(host))
        {
            var portNumber = int.TryParse(port, out var p) ? p : 443;
            options.ApiServer = new UriBuilder(Uri.UriSchemeHttps, host, portNumber).Uri.ToString();
        }

        var tokenFile = Path.Combine(ServiceAccountFolder, "token");
        if (string.IsNullOrEmpty(options.Token) && string.IsNullOrEmpty(options.TokenFile) && File.Exists(tokenFile))
        {
            options.TokenFile = tokenFile;
        }

        var caFile = Path.Combine(ServiceAccountFolder, "ca.crt");
        if (string.IsNullOrEmpty(options.CaFile) && File.Exists(caFile))
        {
            options.CaFile = caFile;
        }
    }
}
