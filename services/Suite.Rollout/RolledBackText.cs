namespace Suite.Rollout;

/// <summary>What a command of a deployment that was rolled back says instead of acting.</summary>
internal static class RolledBackText
{
    public static string StepNotApplied(Guid deploymentId, int stepIndex, string image) =>
        $"deployment {deploymentId} was rolled back: step {stepIndex} not applied, {image} left as the rollback put it";

    public static string StepOvertaken(Guid deploymentId, int stepIndex) =>
        $"deployment {deploymentId} was rolled back while step {stepIndex} waited for its pods: the rollback decides what runs";

    public static string RouteNotSet(Guid deploymentId, int stepIndex) =>
        $"deployment {deploymentId} was rolled back: the route of step {stepIndex} not set, traffic stays where the rollback put it";
}
