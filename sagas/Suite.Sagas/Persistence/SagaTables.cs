using System.Text.RegularExpressions;

namespace Suite.Sagas.Persistence;

internal static partial class SagaTables
{
    /// <summary><c>DeploymentState</c> → <c>saga_deployment_state</c>.</summary>
    public static string NameOf<TSaga>() => "saga_" + Words().Replace(typeof(TSaga).Name, "$1_$2").ToLowerInvariant();

    /// <summary>The state machine's state, kept in its own column so that people can query it in SQL.</summary>
    public static string? StateOf<TSaga>(TSaga instance) => instance is SagaStateMachineInstance
        ? typeof(TSaga).GetProperty("CurrentState")?.GetValue(instance) as string
        : null;

    [GeneratedRegex("([a-z0-9])([A-Z])")]
    private static partial Regex Words();
}
