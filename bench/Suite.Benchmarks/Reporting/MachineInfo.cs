using System.Runtime.InteropServices;
using System.Text;
using Npgsql;
using RabbitMQ.Client;

namespace Suite.Benchmarks.Reporting;

/// <summary>What the numbers were measured on: hardware, load, and the versions and settings of the servers.</summary>
public sealed record MachineInfo(
    string Cpu, int Cores, string Memory, string Os, string DotNet, string PostgreSql, string PostgreSqlSettings, string RabbitMq, string Load)
{
    public static async Task<MachineInfo> Gather(BenchmarkTarget target, CancellationToken cancellationToken)
    {
        var (postgres, settings) = await PostgresVersion(target.PostgresConnection, cancellationToken);
        return new MachineInfo(
            ProcField("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString(),
            Environment.ProcessorCount,
            TotalMemory(),
            OsName(),
            RuntimeInformation.FrameworkDescription,
            postgres,
            settings,
            await RabbitMqVersion(target.RabbitMqPort, cancellationToken),
            LoadAverage());
    }

    /// <summary>The 1, 5 and 15 minute load averages: other work on the machine shows up here, and in the numbers.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    public void Write(TextWriter output, string? loadAfter)
    {
        output.WriteLine($"- CPU: {Cpu}, {Cores} cores");
        output.WriteLine($"- RAM: {Memory}");
        output.WriteLine($"- OS: {Os}");
        output.WriteLine($"- .NET: {DotNet}");
        output.WriteLine($"- PostgreSQL: {PostgreSql} ({PostgreSqlSettings})");
        output.WriteLine($"- RabbitMQ: {RabbitMq}");
        output.WriteLine($"- load average (1/5/15 min): {Load} at the start{(loadAfter is null ? "" : $", {loadAfter} at the end")}");
    }

    private static async Task<(string Version, string Settings)> PostgresVersion(string connection, CancellationToken cancellationToken)
    {
        await using var dataSource = NpgsqlDataSource.Create(connection);
        await using var command = dataSource.CreateCommand(
            "SELECT current_setting('server_version'), current_setting('fsync'), current_setting('synchronous_commit'), current_setting('shared_buffers')");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetString(0),
            $"fsync={reader.GetString(1)}, synchronous_commit={reader.GetString(2)}, shared_buffers={reader.GetString(3)}");
    }

    private static async Task<string> RabbitMqVersion(int port, CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory { HostName = "127.0.0.1", Port = port };
        await using var connection = await factory.CreateConnectionAsync(cancellationToken);
        return connection.ServerProperties?.TryGetValue("version", out var version) == true && version is byte[] bytes
            ? Encoding.UTF8.GetString(bytes)
            : "unknown";
    }

    private static string TotalMemory()
    {
        var total = ProcField("/proc/meminfo", "MemTotal");
        return total is not null && long.TryParse(total.Split(' ')[0], CultureInfo.InvariantCulture, out var kib)
            ? $"{kib / 1024.0 / 1024.0:0.0} GiB"
            : "unknown";
    }

    private static string OsName()
    {
        var kernel = File.Exists("/proc/sys/kernel/osrelease") ? $", kernel {File.ReadAllText("/proc/sys/kernel/osrelease").Trim()}" : "";
        return RuntimeInformation.OSDescription + kernel;
    }

    /// <summary>The value of the first <c>name: value</c> line of a /proc file.</summary>
    private static string? ProcField(string path, string name)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith(name, StringComparison.Ordinal) && l.Contains(':', StringComparison.Ordinal));
        return line?[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }
}
