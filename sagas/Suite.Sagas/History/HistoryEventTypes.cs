using System.Collections.Frozen;

namespace Suite.Sagas.History;

/// <summary>The stored name of every history event type, and back.</summary>
public static class HistoryEventTypes
{
    private static readonly FrozenDictionary<string, Type> ByName = typeof(IHistoryEvent).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IHistoryEvent).IsAssignableFrom(t))
        .ToFrozenDictionary(t => t.Name);

    public static string NameOf(IHistoryEvent e) => e.GetType().Name;

    public static Type TypeOf(string name) =>
        ByName.TryGetValue(name, out var type)
            ? type
            : throw new InvalidOperationException($"unknown history event type '{name}'");
}
