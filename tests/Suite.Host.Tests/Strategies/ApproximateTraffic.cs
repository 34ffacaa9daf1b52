namespace Suite.Host.Tests.Strategies;

/// <summary>Two request rates compared to a millionth of a request per second: the router's split is arithmetic on doubles.</summary>
internal sealed class ApproximateTraffic : IEqualityComparer<(double, double)>
{
    public bool Equals((double, double) x, (double, double) y) => Math.Abs(x.Item1 - y.Item1) < 1e-6 && Math.Abs(x.Item2 - y.Item2) < 1e-6;

    public int GetHashCode((double, double) obj) => 0;
}
