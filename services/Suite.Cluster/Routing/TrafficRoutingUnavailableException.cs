namespace Suite.Cluster.Routing;

/// <summary>The configured cluster provider cannot route traffic by weight or header; the message says what to use instead.</summary>
public sealed class TrafficRoutingUnavailableException(string message) : Exception(message);
