namespace Suite.Sagas.Deployments;

/// <summary>The commands whose answer the saga waits for, as <see cref="DeploymentState.Awaiting"/> names them, and the state each puts it in.</summary>
public static class AwaitedCommands
{
    public const string ComplianceWindow = "CheckComplianceWindow";
    public const string TrafficAnalysis = "AnalyzeTraffic";
    public const string Planning = "PlanDeployment";
    public const string PreDeploymentGate = "EvaluateGate/PreDeployment";
    public const string PostStepGate = "EvaluateGate/PostStep";
    public const string FinalGate = "EvaluateGate/Final";
    public const string Rollout = "ApplyRolloutStep";
    public const string Drain = "DrainPods";
    public const string Route = "SetTrafficRoute";
    public const string Rollback = "RollBackDeployment";

    /// <summary>The gate command for a stage.</summary>
    public static string Gate(string stage) => $"EvaluateGate/{stage}";

    /// <summary>Whether the answer to this command changes the cluster: sending it means stopping must roll back.</summary>
    public static bool ChangesCluster(string command) => command is Rollout or Drain or Route;

    public static string StateOf(string command) => command switch
    {
        ComplianceWindow => DeploymentProgress.CheckingWindow,
        TrafficAnalysis => DeploymentProgress.AnalyzingTraffic,
        Planning => DeploymentProgress.Planning,
        PreDeploymentGate => DeploymentProgress.Preflight,
        PostStepGate or FinalGate => DeploymentProgress.Verifying,
        Rollout => DeploymentProgress.RollingOut,
        Drain => DeploymentProgress.Draining,
        Route => DeploymentProgress.Routing,
        Rollback => DeploymentProgress.RollingBack,
        _ => throw new ArgumentOutOfRangeException(nameof(command), command, "not a command the saga waits for"),
    };
}
