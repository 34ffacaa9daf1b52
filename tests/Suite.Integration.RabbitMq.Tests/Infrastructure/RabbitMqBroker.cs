using System.Diagnostics;

namespace Suite.Integration.RabbitMq.Tests.Infrastructure;

/// <summary>
/// The broker the tests use: the one test.sh started (<c>SUITE_TEST_RABBITMQ_PORT</c>), or
/// else a throwaway one started here with scripts/rabbitmq.sh and stopped on dispose, so a
/// bare <c>dotnet test</c> works too.
/// </summary>
public sealed class RabbitMqBroker : IAsyncDisposable
{
    public const string PortVariable = "SUITE_TEST_RABBITMQ_PORT";

    private readonly string? _ownedDirectory;

    private RabbitMqBroker(int port, string? ownedDirectory)
    {
        Port = port;
        _ownedDirectory = ownedDirectory;
    }

    public int Port { get; }

    public static async Task<RabbitMqBroker> Acquire()
    {
        if (int.TryParse(Environment.GetEnvironmentVariable(PortVariable), out var port))
        {
            return new RabbitMqBroker(port, null);
        }

        var directory = Directory.CreateTempSubdirectory("suite-rabbitmq-").FullName;
        var output = await RunScript("start", directory);
        var line = output.Split('\n').LastOrDefault(l => l.StartsWith("SUITE_RABBITMQ_PORT=", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"scripts/rabbitmq.sh printed no port:\n{output}");
        return new RabbitMqBroker(int.Parse(line["SUITE_RABBITMQ_PORT=".Length..], System.Globalization.CultureInfo.InvariantCulture), directory);
    }

    public async ValueTask DisposeAsync()
    {
        if (_ownedDirectory is null)
        {
            return;
        }

        await RunScript("stop", _ownedDirectory);
        Directory.Delete(_ownedDirectory, recursive: true);
    }

    private static async Task<string> RunScript(string command, string directory)
    {
        var script = Path.Combine(RepositoryRoot.Path, "scripts", "rabbitmq.sh");
        var start = new ProcessStartInfo("bash", [script, command, directory])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"scripts/rabbitmq.sh {command} failed ({process.ExitCode}):\n{await stderr}");
        }

        return await stdout;
    }
}
