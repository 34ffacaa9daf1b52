using System.Globalization;
using Suite.Planning;

namespace Suite.Services.Tests.Planning;

public class When_planning_any_rolling_update
{
    private static readonly string[] Limits = ["0", "1", "2", "5", "0%", "1%", "10%", "25%", "33%", "50%", "100%"];

    [Fact]
    public void Should_keep_every_promise_at_every_instant_and_finish()
    {
        var failures = new List<string>();
        var planned = 0;
        for (var replicas = 1; replicas <= 20; replicas++)
        {
            foreach (var surge in Limits)
            {
                foreach (var unavailable in Limits)
                {
                    if (IsZero(surge) && IsZero(unavailable))
                    {
                        continue;
                    }

                    foreach (var old in OldCounts(replicas))
                    {
                        failures.AddRange(Check(replicas, surge, unavailable, old));
                        planned++;
                    }
                }
            }
        }

        Assert.True(planned > 10_000, $"only {planned} plans were checked");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(20)));
    }

    private static IEnumerable<string> Check(int replicas, string surge, string unavailable, int old)
    {
        var result = DeploymentPlanner.Plan(new PlanInput
        {
            Replicas = replicas, MaxSurge = surge, MaxUnavailable = unavailable,
            CurrentImage = old > 0 ? "shop:v1" : null, CurrentReplicas = old, Image = "shop:v2",
        });
        var label = $"R={replicas} surge={surge} unavailable={unavailable} O={old}";
        if (!result.Succeeded)
        {
            return [$"{label}: {string.Join("; ", result.Errors)}"];
        }

        var (maxSurge, maxUnavailable) = Expected(replicas, surge, unavailable);
        if ((result.MaxSurge, result.MaxUnavailable) != (maxSurge, maxUnavailable))
        {
            return [$"{label}: resolved {result.MaxSurge}/{result.MaxUnavailable}, expected {maxSurge}/{maxUnavailable}"];
        }

        var simulation = new RollingSimulation(replicas, maxSurge, maxUnavailable, old);
        simulation.Run(result.Steps);
        return simulation.Violations.Select(v => $"{label}: {v}");
    }

    // Kubernetes' resolution, computed here with decimals rather than the planner's integer arithmetic.
    private static (int Surge, int Unavailable) Expected(int replicas, string surge, string unavailable)
    {
        var s = surge.EndsWith('%') ? (int)Math.Ceiling(replicas * decimal.Parse(surge[..^1], CultureInfo.InvariantCulture) / 100m) : int.Parse(surge, CultureInfo.InvariantCulture);
        var u = unavailable.EndsWith('%') ? (int)Math.Floor(replicas * decimal.Parse(unavailable[..^1], CultureInfo.InvariantCulture) / 100m) : int.Parse(unavailable, CultureInfo.InvariantCulture);
        return s == 0 && u == 0 ? (0, 1) : (s, u);
    }

    private static bool IsZero(string limit) => limit.TrimEnd('%') == "0";

    private static IEnumerable<int> OldCounts(int replicas) =>
        new[] { 0, 1, replicas / 2, replicas - 1, replicas, replicas + 1, replicas + 3, 2 * replicas }.Distinct();
}
