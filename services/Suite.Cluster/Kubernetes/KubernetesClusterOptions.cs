namespace Suite.Cluster.Kubernetes;

/// <summary>
/// How to reach the Kubernetes API server (<c>Suite:Cluster:Kubernetes</c>). Inside a pod, the
/// service account's server address, token and CA are used when nothing is configured.
/// </summary>
public sealed class KubernetesClusterOptions
{
    public const string SectionName = "Suite:Cluster:Kubernetes";

    /// <summary>The API server's base URL, e.g. <c>https://10.0.0.1:6443</c>.</summary>
    public string? ApiServer { get; set; }

    /// <summary>A bearer token; wins over <see cref="TokenFile"/>.</summary>
    public string? Token { get; set; }

    /// <summary>A file holding the bearer token, read on every call because kubelet rotates it.</summary>
    public string? TokenFile { get; set; }

    /// <summary>PEM bundle of the CA that signed the API server's certificate.</summary>
    public string? CaFile { get; set; }

    /// <summary>Accept any server certificate (a local test cluster only).</summary>
    public bool SkipTlsVerify { get; set; }

    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);
    public int MaxRetryAttempts { get; set; } = 3;
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);
}
