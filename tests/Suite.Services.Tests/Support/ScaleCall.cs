using Suite.Cluster;

namespace Suite.Services.Tests.Support;

/// <summary>One scale the code under test asked for, with the cluster as it was just before.</summary>
public sealed record ScaleCall(string Image, int Replicas, WorkloadStatus Before);
