namespace Suite.Integration.RabbitMq.Tests.EndToEnd;

/// <summary>Every service of a distributed Suite, each in its own process, and the settings they share.</summary>
public static class SuiteServices
{
    public static IReadOnlyList<string> Names { get; } =
        ["Orchestrator", "Planning", "TrafficAnalysis", "Draining", "QualityGates", "ComplianceWindows", "Notification", "Rollout", "Api"];

    public static IReadOnlyDictionary<string, string> Environment(int rabbitMqPort, Uri clusterApi) => new Dictionary<string, string>
    {
        ["Suite__Bus__Transport"] = "RabbitMq",
        ["Suite__RabbitMq__Port"] = rabbitMqPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Suite__Cluster__Provider"] = "Kubernetes",
        ["Suite__Cluster__Kubernetes__ApiServer"] = clusterApi.ToString(),
        ["Suite__Metrics__Provider"] = "Simulator",
        ["Suite__TrafficAnalysis__SampleInterval"] = "00:00:00.100",
        ["Suite__QualityGates__SampleInterval"] = "00:00:00.100",
        ["Suite__Rollout__PollInterval"] = "00:00:00.100",
        ["Suite__Draining__PollInterval"] = "00:00:00.100",
        ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
        ["DOTNET_NOLOGO"] = "1",
    };
}
