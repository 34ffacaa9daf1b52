using Suite.Cluster;

namespace Suite.Services.Tests.Support;

/// <summary>One scale the code under test asked for, with the cluster as it was just before.</summary>
public sealed record ScaleCall(string Image, int Replicas, WorkloadStatus Before)
{
    /// <summary>The pods named to go first, when the call named any.</summary>
    public IReadOnlyList<string>? RemoveFirst { get; init; }

    /// <summary>The version carried the deployment's rollback mark, so the cluster did not change.</summary>
    public bool Refused { get; init; }
}
