using System.Diagnostics;

namespace Suite.Integration.RabbitMq.Tests.EndToEnd;

/// <summary>
/// One Suite service running as its own OS process (<c>dotnet Suite.X.dll</c>), its output
/// kept in a file and its last lines in memory for failure reports.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private const string BusStartedLine = "Bus started";
    private const string ListeningLine = "Now listening on: ";
    private const int TailLines = 60;

    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly Lock _gate = new();
    private readonly Queue<string> _tail = new();
    private readonly TaskCompletionSource _busStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Uri? _address;

    private ServiceProcess(string name, Process process, string logPath)
    {
        Name = name;
        LogPath = logPath;
        _process = process;
        _log = new StreamWriter(logPath) { AutoFlush = true };
    }

    public string Name { get; }

    public string LogPath { get; }

    /// <summary>Completes when the process has exited, however it ended.</summary>
    public Task Exited => _process.WaitForExitAsync();

    /// <summary>Where its HTTP endpoints listen, as Kestrel logged it.</summary>
    public Uri Address
    {
        get
        {
            lock (_gate)
            {
                return _address ?? throw new InvalidOperationException($"{Name} has not logged its address.");
            }
        }
    }

    /// <summary>Starts <c>services/Suite.{name}/bin/{configuration}/net10.0/Suite.{name}.dll</c>.</summary>
    public static ServiceProcess Start(string name, IReadOnlyDictionary<string, string> environment, string logDirectory)
    {
        var dll = Path.Combine(RepositoryRoot.Path, "services", $"Suite.{name}", "bin", RepositoryRoot.Configuration, "net10.0", $"Suite.{name}.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"{dll} does not exist: build the solution ({RepositoryRoot.Configuration}) first.");
        }

        var start = new ProcessStartInfo("dotnet", [dll])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(dll),
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var service = new ServiceProcess(name, process, Path.Combine(logDirectory, $"{name}.log"));
        process.OutputDataReceived += (_, e) => service.Capture(e.Data);
        process.ErrorDataReceived += (_, e) => service.Capture(e.Data);
        process.Exited += (_, _) => service._busStarted.TrySetException(
            new InvalidOperationException($"{name} exited with code {SafeExitCode(process)} before its bus started."));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return service;
    }

    /// <summary>Completes when the service logs MassTransit's "Bus started"; fails when it exits or <paramref name="deadline"/> passes.</summary>
    public async Task WaitUntilBusStarted(TimeSpan deadline)
    {
        try
        {
            await _busStarted.Task.WaitAsync(deadline);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"{Name} did not log '{BusStartedLine}' within {deadline.TotalSeconds:0} s.");
        }
    }

    public string Tail()
    {
        lock (_gate)
        {
            return $"--- {Name} (last {_tail.Count} lines of {LogPath}) ---\n{string.Join('\n', _tail)}";
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (InvalidOperationException)
        {
            // It was never started or has already been reaped.
        }
        finally
        {
            _process.Dispose();
            lock (_gate)
            {
                _log.Dispose();
            }
        }
    }

    private void Capture(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            _log.WriteLine(line);
            _tail.Enqueue(line);
            if (_tail.Count > TailLines)
            {
                _tail.Dequeue();
            }
        }

        var listening = line.IndexOf(ListeningLine, StringComparison.Ordinal);
        if (listening >= 0 && Uri.TryCreate(line[(listening + ListeningLine.Length)..].Trim(), UriKind.Absolute, out var address))
        {
            lock (_gate)
            {
                _address ??= address;
            }
        }

        if (line.Contains(BusStartedLine, StringComparison.Ordinal))
        {
            _busStarted.TrySetResult();
        }
    }

    private static string SafeExitCode(Process process)
    {
        try
        {
            return process.ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (InvalidOperationException)
        {
            return "unknown";
        }
    }
}
