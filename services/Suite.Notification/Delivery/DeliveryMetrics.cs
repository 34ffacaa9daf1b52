using System.Diagnostics.Metrics;
using Suite.Notification.Ledger;
using Suite.ServiceDefaults;

namespace Suite.Notification.Delivery;

/// <summary>Counts deliveries per channel and outcome on Suite's meter (<c>suite.notification.deliveries</c>).</summary>
public sealed class DeliveryMetrics
{
    private readonly Counter<long> _deliveries;

    public DeliveryMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        _deliveries = meterFactory.Create(SuiteTelemetry.MeterName)
            .CreateCounter<long>("suite.notification.deliveries", unit: "{delivery}", description: "Notifications delivered, skipped or finally failed, per channel");
    }

    public void Record(string channel, DeliveryOutcome outcome) =>
        _deliveries.Add(1, new KeyValuePair<string, object?>("channel", channel), new KeyValuePair<string, object?>("outcome", outcome.ToString().ToLowerInvariant()));
}
