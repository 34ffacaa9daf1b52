namespace Suite.Sagas.Tests;

/// <summary>
/// The cluster as the scripted services change it: replicas of the new and old version and the
/// traffic route. The new version's share of traffic follows the route, as the simulated router's does.
/// </summary>
public sealed class ScriptedCluster
{
    private readonly Lock _gate = new();

    /// <summary>Share of requests that carry the A/B header.</summary>
    public const double HeaderShare = 0.1;

    public int New { get; private set; }
    public int Old { get; private set; }
    public int? Weight { get; private set; }
    public HeaderRoute? Header { get; private set; }

    /// <summary>Fraction (0–1) of requests the new version serves.</summary>
    public double NewShare
    {
        get
        {
            lock (_gate)
            {
                return Weight is { } w ? w / 100.0
                    : Header is not null ? HeaderShare
                    : New + Old == 0 ? 0 : (double)New / (New + Old);
            }
        }
    }

    public void Seed(int old) => Set(() => (New, Old, Weight, Header) = (0, old, null, null));

    public void ScaleNew(int replicas) => Set(() => New = replicas);

    public void ScaleOld(int replicas) => Set(() => Old = replicas);

    public void Route(int? weight, HeaderRoute? header) => Set(() => (Weight, Header) = (weight, header));

    /// <summary>All traffic back on the old version at full strength, the new one gone, no route.</summary>
    public void RollBack(int previousReplicas) => Set(() => (New, Old, Weight, Header) = (0, previousReplicas, null, null));

    public void Retire() => Set(() => (Old, Weight, Header) = (0, null, null));

    private void Set(Action change)
    {
        lock (_gate)
        {
            change();
        }
    }
}
