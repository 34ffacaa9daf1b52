using System.Diagnostics;

namespace Suite.ServiceDefaults.Postgres.Outbox;

/// <summary>
/// A fault only tests switch on: <c>SUITE_TEST_KILL_AFTER_COMMIT=MessageType|marker-file</c> makes the
/// process kill itself (as SIGKILL would) right after the consume transaction of the first
/// <c>MessageType</c> committed and before its outbox is delivered — the window a restart must
/// survive. The marker file makes it happen once, also across the restart.
/// </summary>
internal static class OutboxFaults
{
    public const string Variable = "SUITE_TEST_KILL_AFTER_COMMIT";

    private static readonly (string MessageType, string Marker)? Fault = Read(Environment.GetEnvironmentVariable(Variable));

    public static void AfterConsumeCommitted(Type messageType)
    {
        if (Fault is not { } fault || fault.MessageType != messageType.Name)
        {
            return;
        }

        try
        {
            using var marker = new FileStream(fault.Marker, FileMode.CreateNew);
        }
        catch (IOException)
        {
            return;
        }

        Process.GetCurrentProcess().Kill();
    }

    private static (string, string)? Read(string? value) =>
        value?.Split('|') is [{ Length: > 0 } type, { Length: > 0 } marker] ? (type, marker) : null;
}
