namespace Suite.Host.Cli;

/// <summary>The options of <c>suite deploy</c> and <c>suite plan</c>: <see cref="DeploymentRequested"/> in kebab-case.</summary>
public sealed class RequestOptions
{
    public Option<string> Application { get; } = new("--application", "-a") { Description = "Application (Kubernetes name)", Required = true };
    public Option<string> Namespace { get; } = new("--namespace", "-n") { Description = "Kubernetes namespace", DefaultValueFactory = _ => "default" };
    public Option<string> Image { get; } = new("--image", "-i") { Description = "Image of the new version, e.g. registry/shop:1.5.0", Required = true };
    public Option<string> Strategy { get; } = new("--strategy", "-s") { Description = "Rolling | BlueGreen | Canary | ABTest | Recreate", DefaultValueFactory = _ => DeploymentStrategies.Rolling };
    public Option<string> Environment { get; } = new("--environment", "-e") { Description = "Environment, e.g. production", DefaultValueFactory = _ => "production" };
    public Option<string> RequestedBy { get; } = new("--requested-by") { Description = "Who asks (default: $USER)", DefaultValueFactory = _ => System.Environment.UserName };
    public Option<int?> Replicas { get; } = new("--replicas", "-r") { Description = "Desired replicas (default: the current version's)" };
    public Option<string?> MaxSurge { get; } = new("--max-surge") { Description = "Extra pods allowed during the rollout: a count or a percentage (default 25%)" };
    public Option<string?> MaxUnavailable { get; } = new("--max-unavailable") { Description = "Pods that may be unavailable: a count or a percentage (default 25%)" };
    public Option<string?> ComplianceProfile { get; } = new("--compliance-profile") { Description = "Compliance profile whose windows apply (default: default)" };
    public Option<string?> Reason { get; } = new("--reason") { Description = "Why: goes into the history" };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Application, Namespace, Image, Strategy, Environment, RequestedBy, Replicas, MaxSurge, MaxUnavailable, ComplianceProfile, Reason })
        {
            command.Add(option);
        }
    }

    public DeploymentRequested Read(ParseResult result, Guid deploymentId, DateTimeOffset now) => new()
    {
        DeploymentId = deploymentId,
        Application = result.GetValue(Application) ?? "",
        Namespace = result.GetValue(Namespace) ?? "",
        Image = result.GetValue(Image) ?? "",
        Strategy = result.GetValue(Strategy) ?? "",
        Environment = result.GetValue(Environment) ?? "",
        RequestedBy = result.GetValue(RequestedBy) ?? "",
        Replicas = result.GetValue(Replicas),
        MaxSurge = result.GetValue(MaxSurge),
        MaxUnavailable = result.GetValue(MaxUnavailable),
        ComplianceProfile = result.GetValue(ComplianceProfile),
        Reason = result.GetValue(Reason),
        RequestedAt = now,
    };
}
