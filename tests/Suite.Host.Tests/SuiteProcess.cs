using Suite.Testing;

namespace Suite.Host.Tests;

/// <summary>Runs the real <c>suite</c> CLI built beside these tests.</summary>
public static class SuiteProcess
{
    public static Task<CliProcess.Result> Run(params string[] args) =>
        CliProcess.Run(Path.Combine(AppContext.BaseDirectory, "suite.dll"), args);
}
