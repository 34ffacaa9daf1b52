namespace Suite.Sagas.Deployments;

/// <summary>What the saga refuses or allows per environment (section <c>Suite:Deployments</c>).</summary>
public sealed record DeploymentPolicy
{
    public static readonly IReadOnlyList<string> DefaultProductionEnvironments = ["production", "prod"];

    /// <summary>
    /// Environments (case-insensitive) where downtime needs the request's <c>AcceptDowntime</c>;
    /// absent = <see cref="DefaultProductionEnvironments"/>. An array, so that configuration
    /// replaces the defaults instead of adding to them.
    /// </summary>
    public string[]? ProductionEnvironments { get; init; }

    public bool IsProduction(string environment) =>
        (ProductionEnvironments ?? DefaultProductionEnvironments).Contains(environment.Trim(), StringComparer.OrdinalIgnoreCase);
}
