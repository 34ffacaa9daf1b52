using System.Security.Cryptography;
using System.Text;

namespace Suite.Cluster.Kubernetes;

/// <summary>
/// Names and labels of the Deployment Suite runs for each version of an application: one per image,
/// named <c>{app}-{hash}</c>, so that versions of one application live side by side.
/// </summary>
public static class KubernetesNaming
{
    public const string NameLabel = "app.kubernetes.io/name";
    public const string ManagedByLabel = "app.kubernetes.io/managed-by";
    public const string ManagedByValue = "suite";
    public const string VersionLabel = "suite.dev/version";
    public const string ImageAnnotation = "suite.dev/image";
    public const string ContainerName = "app";

    /// <summary>A ReplicaSet that scales down removes pods with a lower cost first (Kubernetes 1.22+).</summary>
    public const string PodDeletionCostAnnotation = "controller.kubernetes.io/pod-deletion-cost";

    /// <summary>The first 10 lowercase hex characters of the SHA-256 of the image reference.</summary>
    public static string VersionHash(string image) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(image)))[..10];

    public static string DeploymentName(string application, string image) => $"{application}-{VersionHash(image)}";

    /// <summary>Selects every object of every version of the application that Suite manages.</summary>
    public static string ApplicationSelector(string application) =>
        $"{NameLabel}={application},{ManagedByLabel}={ManagedByValue}";

    public static Dictionary<string, string> VersionLabels(string application, string image) => new()
    {
        [NameLabel] = application,
        [ManagedByLabel] = ManagedByValue,
        [VersionLabel] = VersionHash(image),
    };

    /// <summary>The labels a version's Deployment selects its pods by.</summary>
    public static Dictionary<string, string> VersionSelector(string application, string image) => new()
    {
        [NameLabel] = application,
        [VersionLabel] = VersionHash(image),
    };
}
