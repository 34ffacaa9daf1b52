using Suite.Contracts.Draining;

namespace Suite.Host.Tests;

/// <summary>
/// Holds the Draining queue's <see cref="DrainPods"/> of one deployment before its consumer sees them, until released: a drain
/// that is in flight (or will be delivered again) while the deployment is stopped. Registered in the container, MassTransit applies it to every
/// receive endpoint; it acts on the Draining queue only.
/// </summary>
public sealed class DrainHold : IConfigureReceiveEndpoint
{
    private readonly TaskCompletionSource<DrainPods> _held = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The deployment whose first drain is held; the others pass.</summary>
    public Guid DeploymentId { get; set; }

    public Task<DrainPods> Held => _held.Task;

    public void Release() => _released.TrySetResult();

    public void Configure(string name, IReceiveEndpointConfigurator configurator)
    {
        if (name != ServiceQueues.Draining)
        {
            return;
        }

        configurator.UseExecuteAsync(async context =>
        {
            if (context.TryGetMessage<DrainPods>(out var drain) && drain.Message.DeploymentId == DeploymentId && _held.TrySetResult(drain.Message))
            {
                await _released.Task;
            }
        });
    }
}
