namespace Suite.Contracts;

/// <summary>
/// The queue each service consumes its commands from. The saga sends commands to these
/// addresses (<c>queue:NAME</c>); every service answers by publishing an event.
/// </summary>
public static class ServiceQueues
{
    public const string Orchestrator = "suite-deployment-state";
    public const string ComplianceWindows = "suite-compliance-windows";
    public const string TrafficAnalysis = "suite-traffic-analysis";
    public const string Planning = "suite-planning";
    public const string QualityGates = "suite-quality-gates";
    public const string Rollout = "suite-rollout";
    public const string Draining = "suite-draining";
    public const string Notification = "suite-notification";
    public const string History = "suite-history";
    public const string Scheduler = "suite-scheduler";

    public static Uri Address(string queue) => new($"queue:{queue}");
}
