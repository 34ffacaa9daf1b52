using Suite.Host.Display;

namespace Suite.Host.Tests;

public sealed class When_suite_does_not_answer_for_a_moment_while_a_deployment_is_followed
{
    private readonly Guid _id = Guid.NewGuid();

    [Fact]
    public async Task Should_keep_following_until_the_deployment_ends()
    {
        var answers = new ScriptedAnswers(Report("RollingOut"), Timeout(), Timeout(), Report("Succeeded"));

        var final = await new DeploymentFollower(answers.Next, TimeSpan.Zero).Follow([(_id, "shop")], CancellationToken.None);

        Assert.Equal("Succeeded", final[_id].State);
        Assert.Equal(4, answers.Asked);
    }

    [Fact]
    public async Task Should_count_only_failures_in_a_row()
    {
        var answers = new ScriptedAnswers(
            Timeout(), Timeout(), Timeout(), Timeout(), Report("RollingOut"),
            Timeout(), Timeout(), Timeout(), Timeout(), Report("Succeeded"));

        var final = await new DeploymentFollower(answers.Next, TimeSpan.Zero).Follow([(_id, "shop")], CancellationToken.None);

        Assert.Equal("Succeeded", final[_id].State);
    }

    [Fact]
    public async Task Should_give_up_after_five_failures_in_a_row_with_the_last_one()
    {
        var answers = new ScriptedAnswers(Report("RollingOut"), Timeout(1), Timeout(2), Timeout(3), Timeout(4), Timeout(5), Report("Succeeded"));

        var thrown = await Assert.ThrowsAsync<RequestTimeoutException>(
            () => new DeploymentFollower(answers.Next, TimeSpan.Zero).Follow([(_id, "shop")], CancellationToken.None));

        Assert.EndsWith("timeout 5", thrown.Message);
        Assert.Equal(6, answers.Asked);
    }

    private DeploymentStateReport Report(string state) => new()
    {
        DeploymentId = _id, Application = "shop", State = state, IsTerminal = state == "Succeeded", Step = 1, TotalSteps = 2,
    };

    private static Exception Timeout(int n = 0) => new RequestTimeoutException($"timeout {n}");

    /// <summary>Answers each query with the next scripted report, or throws the next scripted failure.</summary>
    private sealed class ScriptedAnswers(params object[] script)
    {
        public int Asked { get; private set; }

        public Task<DeploymentStateReport> Next(Guid id, CancellationToken cancellationToken) =>
            script[Math.Min(Asked++, script.Length - 1)] switch
            {
                DeploymentStateReport report => Task.FromResult(report),
                Exception failure => Task.FromException<DeploymentStateReport>(failure),
                var other => throw new InvalidOperationException($"cannot answer with {other}"),
            };
    }
}
