namespace Suite.Sagas.Deployments;

/// <summary>
/// The strategy options of a <see cref="DeploymentRequested"/> as it was sent: what planning needs,
/// and what a retry sends again.
/// </summary>
public sealed record DeploymentRequestOptions
{
    public string? Preset { get; init; }
    public IReadOnlyList<CanaryStep>? CanarySteps { get; init; }
    public HeaderRoute? HeaderRoute { get; init; }
    public string? ExperimentDuration { get; init; }
    public BlueGreenOptions? BlueGreen { get; init; }
    public string? StabilizationWait { get; init; }
    public bool AcceptDowntime { get; init; }
    public string? ProgressDeadline { get; init; }
    public string? RollbackWindow { get; init; }

    public static DeploymentRequestOptions Of(DeploymentRequested r) => new()
    {
        Preset = r.Preset, CanarySteps = r.CanarySteps, HeaderRoute = r.HeaderRoute, ExperimentDuration = r.ExperimentDuration,
        BlueGreen = r.BlueGreen, StabilizationWait = r.StabilizationWait, AcceptDowntime = r.AcceptDowntime,
        ProgressDeadline = r.ProgressDeadline, RollbackWindow = r.RollbackWindow,
    };
}
