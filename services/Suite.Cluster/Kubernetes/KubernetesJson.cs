using System.Text.Json;
using System.Text.Json.Serialization;

namespace Suite.Cluster.Kubernetes;

/// <summary>The API server's JSON: camelCase, absent rather than null, RFC 3339 times in UTC.</summary>
internal static class KubernetesJson
{
    public const string MediaType = "application/json";
    public const string MergePatchMediaType = "application/merge-patch+json";

    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new KubernetesTimeJsonConverter() },
    };
}
