namespace Suite.Host.Tests.Strategies;

internal static class StrategyRequests
{
    public static DeploymentRequested Canary(string application, string image) =>
        EmbeddedSuiteHost.Request(application, image, 4) with
        {
            Strategy = DeploymentStrategies.Canary,
            RollbackWindow = "0s",
            CanarySteps =
            [
                new CanaryStep { SetWeight = 25 }, new CanaryStep { Pause = new CanaryPause { Duration = "10s" } }, new CanaryStep { Analysis = new CanaryAnalysis() },
                new CanaryStep { SetWeight = 50 }, new CanaryStep { Analysis = new CanaryAnalysis() },
                new CanaryStep { SetWeight = 100 }, new CanaryStep { Analysis = new CanaryAnalysis() },
            ],
        };

    public static DeploymentRequested BlueGreen(string application, string image) =>
        EmbeddedSuiteHost.Request(application, image, 4) with
        {
            Strategy = DeploymentStrategies.BlueGreen,
            RollbackWindow = "0s",
            BlueGreen = new BlueGreenOptions { PostPromotionWindow = "10s", ScaleDownDelay = "5s" },
        };

    public static DeploymentRequested ABTest(string application, string image) =>
        EmbeddedSuiteHost.Request(application, image, 4) with
        {
            Strategy = DeploymentStrategies.ABTest,
            RollbackWindow = "0s",
            HeaderRoute = new HeaderRoute { Name = "X-Group", Value = "beta" },
            ExperimentDuration = "20s",
        };
}
