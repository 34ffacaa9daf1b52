using Suite.Planning;

namespace Suite.Host.Planning;

/// <summary>The planner's input for a request, with the current version as the person describes it rather than as a cluster reports it.</summary>
public static class PlanRequest
{
    public static PlanInput Input(DeploymentRequested request, string? currentImage, int currentReplicas) => new()
    {
        Strategy = request.Strategy,
        Replicas = request.Replicas,
        MaxSurge = request.MaxSurge,
        MaxUnavailable = request.MaxUnavailable,
        Preset = request.Preset,
        CanarySteps = request.CanarySteps,
        HeaderRoute = request.HeaderRoute,
        ExperimentDuration = request.ExperimentDuration,
        BlueGreen = request.BlueGreen,
        StabilizationWait = request.StabilizationWait,
        Image = request.Image,
        CurrentImage = currentImage,
        CurrentReplicas = currentImage is null ? 0 : currentReplicas,
    };
}
