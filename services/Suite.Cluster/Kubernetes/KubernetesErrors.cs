using System.Text.Json;
using Suite.Cluster.Kubernetes.Model;

namespace Suite.Cluster.Kubernetes;

/// <summary>Turns an error answer into a <see cref="ClusterOperationException"/> carrying the server's Status message.</summary>
internal static class KubernetesErrors
{
    private const int LongestBodyShown = 300;

    public static async Task<ClusterOperationException> FromResponseAsync(HttpResponseMessage response, string operation, string target, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var status = TryReadStatus(body);
        var code = (int)response.StatusCode;
        var reason = status?.Reason ?? response.ReasonPhrase ?? response.StatusCode.ToString();
        var message = status?.Message ?? Shorten(body);
        var detail = string.IsNullOrWhiteSpace(message) ? $"{code} {reason}" : $"{code} {reason}: {message}";
        return new ClusterOperationException(operation, target, detail, code, status?.Reason);
    }

    /// <summary>Whether the answer is a Kubernetes Status (the server's own 404) rather than, say, a proxy's page.</summary>
    public static async Task<bool> IsStatusAsync(HttpResponseMessage response, CancellationToken cancellationToken) =>
        TryReadStatus(await response.Content.ReadAsStringAsync(cancellationToken))?.Kind == "Status";

    private static V1Status? TryReadStatus(string body)
    {
        try
        {
            return body.TrimStart().StartsWith('{') ? JsonSerializer.Deserialize<V1Status>(body, KubernetesJson.Options) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Shorten(string body)
    {
        var text = body.Trim();
        return text.Length <= LongestBodyShown ? text : text[..LongestBodyShown] + "…";
    }
}
