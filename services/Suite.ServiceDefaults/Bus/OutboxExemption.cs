namespace Suite.ServiceDefaults;

/// <summary>
/// A receive endpoint left out of the PostgreSQL inbox/outbox that every other endpoint gets. For a
/// service whose consumers call the outside world for minutes (HTTP webhooks), where one database
/// transaction per consume would be held open all that time and its sends held back until it commits.
/// Such a consumer keeps its own exactly-once record instead. Register with
/// <see cref="OutboxExemptionExtensions.ExemptFromSuiteOutbox"/>.
/// </summary>
public sealed record OutboxExemption(string EndpointName)
{
    internal static bool Applies(IServiceProvider services, string endpointName) =>
        services.GetServices<OutboxExemption>().Any(e => string.Equals(e.EndpointName, endpointName, StringComparison.Ordinal));
}
