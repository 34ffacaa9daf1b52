using Suite.Cluster.Simulated;

namespace Suite.Integration.RabbitMq.Tests.EndToEnd;

/// <summary>The story the upgrade scenario tells once: shop v1 → v2 (good) → v3 (5% errors).</summary>
public sealed class ShopUpgrades(DistributedSuite suite)
{
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(90);

    private readonly DeploymentDriver _driver = new(suite);

    public Task<DeploymentOutcome> Good => suite.Once("shop:v2", () => Deploy("shop:v2"));

    public Task<DeploymentOutcome> Bad => suite.Once("shop:v3", async () =>
    {
        await Good;
        suite.Cluster.SetVersionBehaviour("shop:v3", new VersionBehaviour(0.05, 120));
        return await Deploy("shop:v3");
    });

    private async Task<DeploymentOutcome> Deploy(string image)
    {
        var id = await _driver.Request(DeploymentDriver.NewRequest(image));
        var report = await _driver.WaitUntilFinished(id, Deadline);
        var cluster = await suite.Cluster.GetWorkloadAsync(DistributedSuite.Shop, CancellationToken.None);
        var history = await _driver.History(id);
        return new DeploymentOutcome(report, cluster, history);
    }
}
