namespace Suite.Integration.Postgres.Tests.Inbox;

/// <summary>Read-only queries are answered without the inbox and outbox: no rows, no transaction held for them.</summary>
public sealed class When_a_query_is_asked : IAsyncLifetime
{
    private PostgresSuite _suite = null!;

    public async Task InitializeAsync() => _suite = await PostgresSuite.Start();

    public async Task DisposeAsync() => await _suite.DisposeAsync();

    [Fact]
    public async Task Should_leave_no_inbox_or_outbox_rows()
    {
        _suite.Seed("shop", "shop:1", 2);
        var request = PostgresSuite.Request("shop", "shop:2", 2);
        await _suite.Bus.Publish(request);
        await _suite.WaitUntilEnded(request.DeploymentId);
        await Quiet();
        var inbox = await _suite.Scalar("SELECT count(*) FROM {schema}.inbox_state");
        var id = request.DeploymentId;

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal("Succeeded", (await _suite.Ask<GetDeploymentState, DeploymentStateReport>(new GetDeploymentState { DeploymentId = id })).State);
            Assert.NotEmpty((await _suite.Ask<GetDeploymentHistory, DeploymentHistoryReport>(new GetDeploymentHistory { DeploymentId = id })).Entries);
            Assert.True((await _suite.Ask<VerifyDeploymentHistory, DeploymentHistoryVerified>(new VerifyDeploymentHistory { DeploymentId = id })).IsIntact);
            await _suite.Ask<ListDeployments, DeploymentList>(new ListDeployments());
        }

        Assert.Equal(inbox, await _suite.Scalar("SELECT count(*) FROM {schema}.inbox_state"));
        Assert.Equal(0L, await _suite.Scalar("SELECT count(*) FROM {schema}.outbox_message"));
    }

    // The deployment's last messages (notifications, the retirement wait) may still be going through the inbox.
    private async Task Quiet()
    {
        object? last = null;
        for (var i = 0; i < 50; i++)
        {
            var now = await _suite.Scalar("SELECT count(*) FROM {schema}.inbox_state");
            if (Equals(now, last))
            {
                return;
            }

            last = now;
            await Task.Delay(300);
        }
    }
}
