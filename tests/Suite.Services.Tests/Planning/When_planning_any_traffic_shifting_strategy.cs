using Suite.Contracts;
using Suite.Planning;

namespace Suite.Services.Tests.Planning;

public class When_planning_any_traffic_shifting_strategy
{
    private static readonly HeaderRoute Beta = new() { Name = "X-Beta", Value = "on" };

    [Fact]
    public void Should_keep_every_canary_promise_for_any_step_list()
    {
        var failures = new List<string>();
        var planned = 0;
        var random = new Random(4);
        for (var replicas = 1; replicas <= 20; replicas++)
        {
            for (var list = 0; list < 25; list++)
            {
                var steps = RandomSteps(random);
                foreach (var (old, running) in Starts(replicas))
                {
                    failures.AddRange(Check("Canary", replicas, old, running, new PlanInput { CanarySteps = list == 0 ? null : steps }, canary: true));
                    planned++;
                }
            }
        }

        Assert.True(planned > 1_500, $"only {planned} plans were checked");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(20)));
    }

    [Fact]
    public void Should_keep_every_blue_green_and_ab_promise()
    {
        var failures = new List<string>();
        for (var replicas = 1; replicas <= 30; replicas++)
        {
            foreach (var (old, running) in Starts(replicas))
            {
                foreach (var manual in new[] { true, false })
                {
                    var options = new BlueGreenOptions { AutoPromote = !manual, ScaleDownDelay = manual ? "0s" : null };
                    failures.AddRange(Check("BlueGreen", replicas, old, running, new PlanInput { BlueGreen = options }, canary: false));
                }

                failures.AddRange(Check("ABTest", replicas, old, running, new PlanInput { HeaderRoute = Beta, ExperimentDuration = "1h" }, canary: false));
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(20)));
    }

    private static IEnumerable<string> Check(string strategy, int replicas, int old, int running, PlanInput options, bool canary)
    {
        var result = DeploymentPlanner.Plan(options with
        {
            Strategy = strategy, Replicas = replicas, CurrentImage = "shop:v1", CurrentReplicas = old, Image = "shop:v2", ImageReplicas = running,
        });
        var label = $"{strategy} R={replicas} O={old} N={running} steps=[{string.Join(",", options.CanarySteps?.Select(Text) ?? ["default"])}]";
        if (!result.Succeeded)
        {
            return [$"{label}: {string.Join("; ", result.Errors)}"];
        }

        var simulation = new StrategySimulation(replicas, old, running);
        simulation.Run(result.Steps, canary);
        var totals = result.MinAvailable == result.Steps.Min(s => s.MinAvailable) && result.MaxTotal == result.Steps.Max(s => s.MaxTotal)
            ? []
            : new[] { "plan totals disagree with its steps" };
        return simulation.Violations.Concat(totals).Select(v => $"{label}: {v}");
    }

    private static IEnumerable<(int Old, int Running)> Starts(int replicas) =>
        new[] { (replicas, 0), (1, 0), (Math.Max(1, replicas / 2), 0), (replicas + 3, 0), (replicas, 1) }.Distinct();

    private static List<CanaryStep> RandomSteps(Random random)
    {
        var steps = new List<CanaryStep>();
        for (var i = random.Next(1, 9); i > 0; i--)
        {
            steps.Add(random.Next(4) switch
            {
                0 or 1 => new CanaryStep { SetWeight = random.Next(6) == 0 ? 0 : random.Next(1, 101) },
                2 => new CanaryStep { Pause = new CanaryPause { Duration = random.Next(2) == 0 ? null : $"{random.Next(0, 90)}s" } },
                _ => new CanaryStep { Analysis = new CanaryAnalysis() },
            });
        }

        return steps;
    }

    private static string Text(CanaryStep step) =>
        step.SetWeight is { } w ? $"w{w}" : step.Pause is { } p ? $"p{p.Duration ?? "∞"}" : "a";
}
