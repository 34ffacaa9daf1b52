using System.Text.RegularExpressions;

namespace Suite.Contracts;

/// <summary>
/// Every reason a <see cref="DeploymentRequested"/> is malformed, one line each: what a publisher
/// can check before it publishes. Suite checks it again, with what only it knows (which
/// strategies it runs, whether the application is already being deployed).
/// </summary>
public static partial class DeploymentRequestValidation
{
    /// <summary>Suite names each version's workload "{application}-{10 hex}", which must still be a valid name.</summary>
    public const int MaxApplicationLength = 52;

    public static IReadOnlyList<string> Validate(DeploymentRequested r)
    {
        var errors = new List<string>();
        if (r.DeploymentId == Guid.Empty)
        {
            errors.Add("DeploymentId is missing");
        }

        KubernetesName(errors, "Application", r.Application, MaxApplicationLength);
        KubernetesName(errors, "Namespace", r.Namespace, 63);
        Image(errors, r.Image);
        Strategy(errors, r.Strategy);
        Required(errors, "Environment", r.Environment);
        Required(errors, "RequestedBy", r.RequestedBy);

        if (r.Replicas is < 1)
        {
            errors.Add($"Replicas must be at least 1, got {r.Replicas}");
        }

        var surge = Quantity(errors, "MaxSurge", r.MaxSurge);
        var unavailable = Quantity(errors, "MaxUnavailable", r.MaxUnavailable);
        if (surge is { IsZero: true } && unavailable is { IsZero: true })
        {
            errors.Add("MaxSurge and MaxUnavailable cannot both be 0: no pod could ever be replaced");
        }

        return errors;
    }

    private static void Required(List<string> errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add($"{field} is missing");
        }
    }

    private static void KubernetesName(List<string> errors, string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add($"{field} is missing");
        }
        else if (!Rfc1123Label().IsMatch(value) || value.Length > maxLength)
        {
            errors.Add($"{field} '{value}' is not a valid Kubernetes name (RFC 1123: lowercase letters, digits and '-', " +
                $"starting and ending with a letter or digit, at most {maxLength} characters)");
        }
    }

    private static void Image(List<string> errors, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add("Image is missing");
        }
        else if (!ImageReference().IsMatch(value))
        {
            errors.Add($"Image '{value}' is not an image reference like 'registry.example.com/shop:1.4.2'");
        }
    }

    private static void Strategy(List<string> errors, string? value)
    {
        if (DeploymentStrategies.Normalize(value) is null)
        {
            errors.Add($"Strategy '{value}' is unknown (expected one of: {string.Join(", ", DeploymentStrategies.All)})");
        }
    }

    private static IntOrPercent? Quantity(List<string> errors, string field, string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (IntOrPercent.TryParse(value, out var parsed, out var error))
        {
            return parsed;
        }

        errors.Add($"{field} {error}");
        return null;
    }

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")]
    private static partial Regex Rfc1123Label();

    // [registry[:port]/]path[:tag][@sha256:digest]; the path is lowercase, as the distribution spec requires.
    [GeneratedRegex(@"^([a-zA-Z0-9.-]+(:[0-9]+)?/)?[a-z0-9]+([._-][a-z0-9]+)*(/[a-z0-9]+([._-][a-z0-9]+)*)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?$")]
    private static partial Regex ImageReference();
}
