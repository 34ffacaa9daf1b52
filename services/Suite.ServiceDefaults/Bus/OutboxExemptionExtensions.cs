namespace Suite.ServiceDefaults;

public static class OutboxExemptionExtensions
{
    /// <summary>Leaves the endpoint named <paramref name="endpointName"/> out of the PostgreSQL inbox/outbox (see <see cref="OutboxExemption"/>).</summary>
    public static IServiceCollection ExemptFromSuiteOutbox(this IServiceCollection services, string endpointName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(endpointName);
        var exemption = new OutboxExemption(endpointName);
        if (!services.Any(d => d.ServiceType == typeof(OutboxExemption) && exemption.Equals(d.ImplementationInstance)))
        {
            services.AddSingleton(exemption);
        }

        return services;
    }
}
