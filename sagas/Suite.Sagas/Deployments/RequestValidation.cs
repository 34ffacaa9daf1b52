namespace Suite.Sagas.Deployments;

/// <summary>
/// Every reason Suite cannot carry out a <see cref="DeploymentRequested"/>: the contract's own
/// checks, then the strategies this version runs.
/// </summary>
public static class RequestValidation
{
    /// <summary>Strategies this version carries out; the others are refused with a clear reason.</summary>
    public static IReadOnlyList<string> Supported { get; } = [DeploymentStrategies.Rolling, DeploymentStrategies.Recreate];

    public static IReadOnlyList<string> Validate(DeploymentRequested request)
    {
        var errors = DeploymentRequestValidation.Validate(request).ToList();
        if (DeploymentStrategies.Normalize(request.Strategy) is { } strategy && !Supported.Contains(strategy))
        {
            errors.Add($"Strategy '{strategy}' is not available in this version of Suite (supported: {string.Join(", ", Supported)})");
        }

        return errors;
    }
}
