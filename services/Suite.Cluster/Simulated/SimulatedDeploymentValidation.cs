using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Suite.Cluster.Kubernetes;
using Suite.Cluster.Kubernetes.Model;

namespace Suite.Cluster.Simulated;

/// <summary>
/// What the simulated API server refuses, with the real server's codes: 400 for a malformed request,
/// 422 for an invalid field. The simulator also needs Suite's names and labels, which it keeps instead
/// of storing the posted metadata, to map a Deployment to a version.
/// </summary>
internal static class SimulatedDeploymentValidation
{
    public static bool TryRead(V1Deployment? body, string ns, [NotNullWhen(true)] out RequestedVersion? version, [NotNullWhen(false)] out IResult? error)
    {
        version = null;
        var name = body?.Metadata?.Name ?? "";
        error = body?.Metadata?.Namespace is { } bodyNamespace && bodyNamespace != ns
            ? KubernetesStatusResults.BadRequest("the namespace of the provided object does not match the namespace sent on the request")
            : body?.Kind is { } kind && kind != V1Deployment.KindValue
            ? KubernetesStatusResults.BadRequest($"the body of the request is a {kind}, not a Deployment")
            : FieldError(body, name) is { } fieldError ? KubernetesStatusResults.Invalid(name, fieldError)
            : null;
        if (error is not null)
        {
            return false;
        }

        var application = body!.Metadata!.Labels![KubernetesNaming.NameLabel];
        var image = body.Spec!.Template!.Spec!.Containers![0].Image!;
        var annotations = (body.Metadata.Annotations ?? []).Where(a => a.Key != KubernetesNaming.ImageAnnotation).ToDictionary(StringComparer.Ordinal);
        version = new RequestedVersion(name, new WorkloadRef(ns, application), image, body.Spec.Replicas ?? 1, annotations);
        return true;
    }

    /// <summary>
    /// Reads a merge patch (RFC 7386) of what the simulator keeps: <c>spec.replicas</c>, <c>metadata.annotations</c> (a null
    /// value removes one) and <c>metadata.resourceVersion</c>, which the API server takes as a precondition.
    /// </summary>
    public static bool TryReadPatch(JsonNode? patch, string name, [NotNullWhen(true)] out DeploymentPatch? read, [NotNullWhen(false)] out IResult? error)
    {
        read = null;
        error = null;
        if (patch is not JsonObject root || root.Any(p => p.Key is not ("spec" or "metadata") || p.Value is not JsonObject))
        {
            return Refuse(out error);
        }

        if (!TryReadReplicas(root["spec"] as JsonObject, name, out var replicas, out error)
            || !TryReadMetadata(root["metadata"] as JsonObject, name, out var resourceVersion, out var annotations, out error))
        {
            error ??= RefusalResult();
            return false;
        }

        read = new DeploymentPatch(replicas, resourceVersion, annotations);
        return true;
    }

    private static bool TryReadReplicas(JsonObject? spec, string name, out int? replicas, out IResult? error)
    {
        replicas = null;
        error = null;
        if (spec is null || spec.Count == 0)
        {
            return true;
        }

        if (spec.Count != 1 || !spec.ContainsKey("replicas"))
        {
            return false;
        }

        if (spec["replicas"] is not { } value)
        {
            // Merge patch null deletes the field, and the API server defaults it back to 1.
            replicas = 1;
            return true;
        }

        if (value.GetValueKind() != JsonValueKind.Number || !value.AsValue().TryGetValue<int>(out var count))
        {
            error = KubernetesStatusResults.BadRequest($"spec.replicas must be an integer, got {value.ToJsonString()}");
            return false;
        }

        if (count < 0)
        {
            error = KubernetesStatusResults.Invalid(name, $"spec.replicas: Invalid value: {count}: must be greater than or equal to 0");
            return false;
        }

        replicas = count;
        return true;
    }

    private static bool TryReadMetadata(
        JsonObject? metadata, string name, out string? resourceVersion, out Dictionary<string, string?> annotations, out IResult? error)
    {
        resourceVersion = null;
        annotations = new(StringComparer.Ordinal);
        error = null;
        if (metadata is null)
        {
            return true;
        }

        if (metadata.Any(p => p.Key is not ("annotations" or "resourceVersion")))
        {
            return false;
        }

        if (metadata["resourceVersion"] is { } version)
        {
            if (version.GetValueKind() != JsonValueKind.String)
            {
                error = KubernetesStatusResults.BadRequest($"metadata.resourceVersion must be a string, got {version.ToJsonString()}");
                return false;
            }

            resourceVersion = version.GetValue<string>();
        }

        if (metadata["annotations"] is not JsonObject written)
        {
            return metadata["annotations"] is null;
        }

        foreach (var (key, value) in written)
        {
            if (key == KubernetesNaming.ImageAnnotation || (value is not null && value.GetValueKind() != JsonValueKind.String))
            {
                error = KubernetesStatusResults.Invalid(name, key == KubernetesNaming.ImageAnnotation
                    ? $"metadata.annotations[{key}]: Forbidden: the simulator keeps the image a version was created with"
                    : $"metadata.annotations[{key}]: Invalid value: {value!.ToJsonString()}: must be a string");
                return false;
            }

            annotations[key] = value?.GetValue<string>();
        }

        return true;
    }

    private static bool Refuse(out IResult error)
    {
        error = RefusalResult();
        return false;
    }

    private static IResult RefusalResult() =>
        KubernetesStatusResults.BadRequest("the simulator applies only spec.replicas, metadata.annotations and metadata.resourceVersion from a merge patch");

    private static string? FieldError(V1Deployment? body, string name)
    {
        if (name.Length == 0)
        {
            return "metadata.name: Required value: name or generateName is required";
        }

        var labels = body?.Metadata?.Labels ?? [];
        if (labels.GetValueOrDefault(KubernetesNaming.NameLabel) is not { } application)
        {
            return $"metadata.labels: Required value: the simulator maps a deployment to its application by the label {KubernetesNaming.NameLabel}";
        }

        var spec = body?.Spec;
        if (spec?.Replicas < 0)
        {
            return $"spec.replicas: Invalid value: {spec.Replicas}: must be greater than or equal to 0";
        }

        var selector = spec?.Selector?.MatchLabels;
        if (selector is not { Count: > 0 })
        {
            return "spec.selector: Required value";
        }

        var templateLabels = spec?.Template?.Metadata?.Labels ?? [];
        if (selector.Any(s => templateLabels.GetValueOrDefault(s.Key) != s.Value))
        {
            return "spec.template.metadata.labels: Invalid value: `selector` does not match template `labels`";
        }

        if (spec?.Template?.Spec?.Containers is not [{ Image: { Length: > 0 } image }, ..])
        {
            return "spec.template.spec.containers: Required value";
        }

        var expectedName = KubernetesNaming.DeploymentName(application, image);
        if (name != expectedName)
        {
            return $"metadata.name: Invalid value: \"{name}\": the simulator names a version's deployment {{app}}-{{hash}}: {expectedName}";
        }

        var expectedLabels = KubernetesNaming.VersionLabels(application, image);
        return expectedLabels.Any(l => labels.GetValueOrDefault(l.Key) != l.Value)
            ? $"metadata.labels: Invalid value: the simulator keeps Suite's deployments only, labelled {string.Join(",", expectedLabels.Select(l => $"{l.Key}={l.Value}"))}"
            : null;
    }
}
