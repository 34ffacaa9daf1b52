using Suite.Contracts.Planning;

namespace Suite.Integration.Postgres.Tests.Inbox;

public sealed class When_a_command_is_delivered_twice : IAsyncLifetime
{
    private PostgresSuite _suite = null!;

    public async Task InitializeAsync() => _suite = await Sagas.PostgresSuite.Start();

    public async Task DisposeAsync() => await _suite.DisposeAsync();

    [Fact]
    public async Task Should_act_once_and_reply_once()
    {
        var deploymentId = Guid.NewGuid();
        var replies = 0;
        var handle = _suite.Bus.ConnectReceiveEndpoint($"test-replies-{Guid.NewGuid():N}", e => e.Handler<DeploymentPlanned>(context =>
        {
            if (context.Message.DeploymentId == deploymentId)
            {
                Interlocked.Increment(ref replies);
            }

            return Task.CompletedTask;
        }));
        await handle.Ready;
        var command = new PlanDeployment
        {
            DeploymentId = deploymentId, Application = "shop", Namespace = "retail", Image = "shop:2", Strategy = DeploymentStrategies.Rolling,
            Replicas = 3, MaxSurge = "1", MaxUnavailable = "0",
        };
        var messageId = Guid.NewGuid();
        var planning = await _suite.Bus.GetSendEndpoint(ServiceQueues.Address(ServiceQueues.Planning));

        await planning.Send(command, c => c.MessageId = messageId);
        await planning.Send(command, c => c.MessageId = messageId);
        await planning.Send(command, c => c.MessageId = Guid.NewGuid());
        await Eventually(() => Volatile.Read(ref replies) >= 2);
        await Task.Delay(500);

        Assert.Equal(2, Volatile.Read(ref replies));
        Assert.Equal(1L, await _suite.Scalar($"SELECT count(*) FROM {{schema}}.inbox_state WHERE message_id = '{messageId}'"));
        Assert.NotNull(await _suite.Scalar($"SELECT delivered_at FROM {{schema}}.inbox_state WHERE message_id = '{messageId}'"));
    }

    private static async Task Eventually(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(50);
        }
    }
}
