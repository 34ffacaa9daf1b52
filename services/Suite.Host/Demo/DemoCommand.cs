using Suite.Host.Cli;

namespace Suite.Host.Demo;

/// <summary><c>suite demo</c>: the embedded suite runs a good and a bad deployment side by side.</summary>
public static class DemoCommand
{
    public static Command Create()
    {
        var speed = new Option<double>("--speed") { Description = "How many times faster than real time the simulated clock runs", DefaultValueFactory = _ => 10 };
        var verbose = new Option<bool>("--verbose") { Description = "Show the services' logs" };
        var command = new Command("demo", "Run two deployments in the embedded suite: a good version that succeeds and a bad one that is rolled back") { speed, verbose };
        command.SetAction(async (result, ct) =>
        {
            var speedValue = result.GetValue(speed);
            if (speedValue is < 1 or > 1000)
            {
                throw new CliException($"--speed {speedValue} is out of range (1 to 1000)");
            }

            var outcome = await DemoScenario.Run(speedValue, result.GetValue(verbose), ct);
            return outcome.AsExpected ? ExitCodes.Success : ExitCodes.DeploymentNotSucceeded;
        });
        return command;
    }
}
