using Suite.Contracts;

namespace Suite.Cluster.Routing;

/// <summary>
/// How an application's requests are routed between its versions: <see cref="WeightPercent"/> percent
/// to <see cref="Image"/> (the rest to the other versions by their ready pods) and/or requests that carry
/// <see cref="HeaderRoute"/> to it. With a header route and no weight, every other request stays off <see cref="Image"/>.
/// </summary>
public sealed record TrafficRoute(string Image, int? WeightPercent, HeaderRoute? HeaderRoute);
