namespace Suite.Sagas.Deployments;

/// <summary>
/// Every reason Suite cannot carry out a <see cref="DeploymentRequested"/>: the contract's own
/// checks, then what only Suite knows (which environments are production).
/// </summary>
public static class RequestValidation
{
    /// <summary>Strategies this version carries out: all of them.</summary>
    public static IReadOnlyList<string> Supported { get; } = DeploymentStrategies.All;

    public static IReadOnlyList<string> Validate(DeploymentRequested request) => Validate(request, new DeploymentPolicy());

    public static IReadOnlyList<string> Validate(DeploymentRequested request, DeploymentPolicy policy)
    {
        var errors = DeploymentRequestValidation.Validate(request).ToList();
        var strategy = DeploymentStrategies.Normalize(request.Strategy);
        if (strategy is not null && !Supported.Contains(strategy))
        {
            errors.Add($"Strategy '{strategy}' is not available in this version of Suite (supported: {string.Join(", ", Supported)})");
        }

        if (strategy == DeploymentStrategies.Recreate && !request.AcceptDowntime && policy.IsProduction(request.Environment ?? ""))
        {
            errors.Add($"Strategy Recreate stops every old pod before new ones are up: refused for production environment " +
                $"'{request.Environment}' unless the request sets AcceptDowntime (or use Rolling)");
        }

        return errors;
    }
}
