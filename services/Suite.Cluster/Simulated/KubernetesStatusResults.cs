using Microsoft.AspNetCore.Http;
using Suite.Cluster.Kubernetes;
using Suite.Cluster.Kubernetes.Model;

namespace Suite.Cluster.Simulated;

/// <summary>Error answers shaped as the API server's <c>Status</c> object.</summary>
internal static class KubernetesStatusResults
{
    public static IResult NotFound(string resource, string name) =>
        Failure(StatusCodes.Status404NotFound, "NotFound", $"{resource} \"{name}\" not found", Details(resource, name));

    public static IResult AlreadyExists(string resource, string name) =>
        Failure(StatusCodes.Status409Conflict, "AlreadyExists", $"{resource} \"{name}\" already exists", Details(resource, name));

    /// <summary>A write that named a resourceVersion the object no longer has, in the API server's words.</summary>
    public static IResult Conflict(string resource, string name) =>
        Failure(StatusCodes.Status409Conflict, "Conflict",
            $"Operation cannot be fulfilled on {resource} \"{name}\": the object has been modified; please apply your changes to the latest version and try again",
            Details(resource, name));

    public static IResult BadRequest(string message) => Failure(StatusCodes.Status400BadRequest, "BadRequest", message);

    /// <summary>A field the API server's validation refuses (422, as the real server answers).</summary>
    public static IResult Invalid(string name, string fieldError) =>
        Failure(StatusCodes.Status422UnprocessableEntity, "Invalid", $"Deployment.apps \"{name}\" is invalid: {fieldError}", Details("deployments.apps", name));

    public static IResult UnsupportedMediaType(string? contentType) =>
        Failure(StatusCodes.Status415UnsupportedMediaType, "UnsupportedMediaType",
            $"the body of the request was in an unknown format ({contentType}) - accepted media types include: {KubernetesJson.MergePatchMediaType}");

    private static V1StatusDetails Details(string resource, string name)
    {
        var dot = resource.IndexOf('.', StringComparison.Ordinal);
        return new V1StatusDetails { Name = name, Kind = dot < 0 ? resource : resource[..dot], Group = dot < 0 ? null : resource[(dot + 1)..] };
    }

    private static IResult Failure(int code, string reason, string message, V1StatusDetails? details = null) =>
        Results.Json(
            new V1Status
            {
                ApiVersion = "v1",
                Kind = "Status",
                Metadata = new V1ListMeta(),
                Status = "Failure",
                Message = message,
                Reason = reason,
                Details = details,
                Code = code,
            },
            KubernetesJson.Options,
            KubernetesJson.MediaType,
            code);
}
