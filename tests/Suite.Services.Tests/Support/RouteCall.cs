using Suite.Cluster;

namespace Suite.Services.Tests.Support;

/// <summary>One routing call the code under test made ("set shop:v1 100%", "clear"), with the cluster as it was just before.</summary>
public sealed record RouteCall(string Call, WorkloadStatus Before);
