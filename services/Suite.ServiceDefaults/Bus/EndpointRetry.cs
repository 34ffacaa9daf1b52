namespace Suite.ServiceDefaults;

/// <summary>
/// The retry every receive endpoint gets, unless its definition keeps its own (then it registers
/// <see cref="OwnRetryPolicy"/>, so that two retry filters do not nest): a failed consume (a lost
/// database connection, a broker send that failed while delivering the outbox) is tried again in
/// process with growing waits before the message goes to the error queue.
/// </summary>
public static class EndpointRetry
{
    public static void Default(IRetryConfigurator retry) =>
        retry.Exponential(6, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(200));

    internal static void Configure(IRegistrationContext context, string endpointName, IReceiveEndpointConfigurator endpoint)
    {
        if (!context.GetServices<OwnRetryPolicy>().Any(p => p.EndpointName == endpointName))
        {
            endpoint.UseMessageRetry(Default);
        }
    }
}

/// <summary>The endpoint's definition configures its own retry; <see cref="EndpointRetry"/> leaves it alone.</summary>
public sealed record OwnRetryPolicy(string EndpointName);
