using System.Text.Json;
using Suite.Sagas.History;

namespace Suite.Sagas.EventStore;

/// <summary>How history events are written and read back: JSON by type name.</summary>
public static class HistoryJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Serialize(IHistoryEvent e) => JsonSerializer.Serialize(e, e.GetType(), Options);

    public static IHistoryEvent Deserialize(string type, string json) =>
        (IHistoryEvent)(JsonSerializer.Deserialize(json, HistoryEventTypes.TypeOf(type), Options)
            ?? throw new InvalidOperationException($"history event '{type}' is null"));

    public static string StreamId(Guid deploymentId) => $"deployment-{deploymentId:N}";
}
