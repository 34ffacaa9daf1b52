namespace Suite.Integration.RabbitMq.Tests.EndToEnd;

/// <summary>Compliance profiles the distributed suite's ComplianceWindows service loads besides the built-in ones.</summary>
public static class TestProfiles
{
    /// <summary>Always open; a second person approves every production deployment and any override.</summary>
    public const string FourEyes = "four-eyes";

    public static string WriteTo(string directory)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, $"{FourEyes}.yaml"), """
            name: four-eyes
            description: a second person approves production deployments
            requireApproval:
              environments: [production]
              reason: "four-eyes: a second person approves every production deployment"
            overrides:
              allowed: true
              secondPerson: true
            """);
        return directory;
    }
}
