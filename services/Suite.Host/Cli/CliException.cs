namespace Suite.Host.Cli;

/// <summary>A failure the user can act on; the CLI prints its message as one line and exits with <see cref="ExitCode"/>.</summary>
public sealed class CliException(string message, int exitCode = ExitCodes.Failure) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
