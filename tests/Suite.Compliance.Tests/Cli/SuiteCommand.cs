using Suite.Testing;

namespace Suite.Compliance.Tests.Cli;

/// <summary>Runs the real <c>suite</c> CLI built beside these tests.</summary>
public static class SuiteCommand
{
    public static Task<CliProcess.Result> Run(params string[] args) =>
        CliProcess.Run(Path.Combine(AppContext.BaseDirectory, "suite.dll"), args, new Dictionary<string, string> { ["Suite__ComplianceWindows__ProfilesPath"] = "" });
}
