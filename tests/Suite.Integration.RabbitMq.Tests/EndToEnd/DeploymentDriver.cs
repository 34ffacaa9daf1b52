namespace Suite.Integration.RabbitMq.Tests.EndToEnd;

/// <summary>Requests deployments through the test bus and follows them as the Orchestrator reports them.</summary>
public sealed class DeploymentDriver(DistributedSuite suite)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan QueryTimeout = TimeSpan.FromSeconds(5);

    /// <summary>A valid request to deploy <paramref name="image"/> as the next version of shop.</summary>
    public static DeploymentRequested NewRequest(string image) => new()
    {
        DeploymentId = NewId.NextGuid(),
        Application = DistributedSuite.Shop.Application,
        Namespace = DistributedSuite.Shop.Namespace,
        Image = image,
        Environment = "production",
        RequestedBy = "e2e-test",
        RequestedAt = TimeProvider.System.GetUtcNow(),
    };

    public async Task<Guid> Request(DeploymentRequested request)
    {
        await suite.Bus.GetRequiredService<IBus>().Publish(request);
        return request.DeploymentId;
    }

    /// <summary>Asks for the deployment's state until it is terminal; fails past <paramref name="deadline"/>.</summary>
    public async Task<DeploymentStateReport> WaitUntilFinished(Guid deploymentId, TimeSpan deadline)
    {
        var client = suite.Bus.GetRequiredService<IRequestClient<GetDeploymentState>>();
        var time = TimeProvider.System;
        var giveUpAt = time.GetUtcNow() + deadline;
        DeploymentStateReport? last = null;
        while (time.GetUtcNow() < giveUpAt)
        {
            try
            {
                var response = await client.GetResponse<DeploymentStateReport, DeploymentNotFound>(
                    new GetDeploymentState { DeploymentId = deploymentId }, default, QueryTimeout);
                if (response.Is(out Response<DeploymentStateReport>? report))
                {
                    last = report.Message;
                    if (last.IsTerminal)
                    {
                        return last;
                    }
                }
            }
            catch (RequestTimeoutException)
            {
                // The Orchestrator is busy or restarting; ask again.
            }

            await Task.Delay(PollInterval, time);
        }

        throw new TimeoutException(
            $"Deployment {deploymentId} did not finish within {deadline.TotalSeconds:0} s; last state: {last?.State ?? "unknown"} " +
            $"(step {last?.Step}/{last?.TotalSteps}, last error: {last?.LastError ?? "none"})");
    }

    public async Task<DeploymentHistoryReport> History(Guid deploymentId)
    {
        var client = suite.Bus.GetRequiredService<IRequestClient<GetDeploymentHistory>>();
        var response = await client.GetResponse<DeploymentHistoryReport, DeploymentNotFound>(
            new GetDeploymentHistory { DeploymentId = deploymentId }, default, QueryTimeout);
        return response.Is(out Response<DeploymentHistoryReport>? history)
            ? history.Message
            : throw new InvalidOperationException($"The history knows no deployment {deploymentId}.");
    }
}
