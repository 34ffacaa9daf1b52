namespace Suite.Api.Deployments;

/// <summary>What a 202 from the deployments API carries.</summary>
public sealed record DeploymentCommandAccepted(Guid DeploymentId);
