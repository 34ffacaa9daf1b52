namespace Suite.Host.Cli;

/// <summary>What <c>suite</c> exits with, so scripts can tell outcomes apart.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Bad input or an operation that could not be done.</summary>
    public const int Failure = 1;

    /// <summary>Suite (RabbitMQ, a service) could not be reached or did not answer.</summary>
    public const int Unreachable = 2;

    /// <summary>The deployment ended but not as a success (rolled back, failed, rejected, aborted).</summary>
    public const int DeploymentNotSucceeded = 3;

    public const int NotFound = 4;
}
