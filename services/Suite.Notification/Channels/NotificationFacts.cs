namespace Suite.Notification.Channels;

/// <summary>The facts every channel shows beside a notification's title and text, in one order; unknown ones are left out.</summary>
internal static class NotificationFacts
{
    public static IReadOnlyList<(string Name, string Value)> Of(DeploymentNotification n)
    {
        var facts = new List<(string, string)>();
        Add(facts, "Application", n.Application);
        Add(facts, "Environment", n.Environment);
        Add(facts, "Version", n.Version);
        Add(facts, "Strategy", n.Strategy);
        Add(facts, "State", n.State);
        Add(facts, "Reason", n.Reason);
        Add(facts, "Retry of", n.RetryOf?.ToString());
        return facts;
    }

    private static void Add(List<(string, string)> facts, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            facts.Add((name, value));
        }
    }
}
