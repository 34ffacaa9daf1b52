using System.Globalization;
using System.Text.RegularExpressions;
using Suite.Cluster;
using Suite.Cluster.Simulated;
using Suite.Host.Cli;

namespace Suite.Host.Simulator;

/// <summary>A version already running in a simulated cluster: <c>NAMESPACE/APP=IMAGE*REPLICAS</c>.</summary>
public static partial class ClusterSeed
{
    public static Option<string[]> Option() => new("--seed")
    {
        Description = "A version already running in the simulated cluster: NAMESPACE/APP=IMAGE*REPLICAS, e.g. retail/shop=shop:1.4.1*4",
        AllowMultipleArgumentsPerToken = true,
    };

    public static void Apply(SimulatedCluster cluster, IEnumerable<string> seeds)
    {
        foreach (var seed in seeds)
        {
            var match = Pattern().Match(seed);
            if (!match.Success)
            {
                throw new CliException($"--seed '{seed}' is not NAMESPACE/APP=IMAGE*REPLICAS, e.g. retail/shop=shop:1.4.1*4");
            }

            cluster.Seed(new WorkloadRef(match.Groups["ns"].Value, match.Groups["app"].Value), match.Groups["image"].Value,
                int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture));
        }
    }

    [GeneratedRegex(@"^(?<ns>[a-z0-9-]+)/(?<app>[a-z0-9-]+)=(?<image>[^*\s]+)\*(?<n>[0-9]{1,4})$")]
    private static partial Regex Pattern();
}
