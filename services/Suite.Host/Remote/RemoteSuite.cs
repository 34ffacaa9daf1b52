using System.Security.Authentication;
using Suite.Host.Cli;

namespace Suite.Host.Remote;

/// <summary>
/// The CLI's connection to a running Suite over RabbitMQ: a client bus that publishes commands and
/// asks the orchestrator for state and history.
/// </summary>
public sealed class RemoteSuite : IAsyncDisposable
{
    private readonly IBusControl _bus;
    private readonly TimeSpan _timeout;

    private RemoteSuite(IBusControl bus, TimeSpan timeout)
    {
        _bus = bus;
        _timeout = timeout;
    }

    public IBus Bus => _bus;

    public static async Task<RemoteSuite> Connect(RabbitMqAddress address, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var bus = MassTransit.Bus.Factory.CreateUsingRabbitMq(cfg => cfg.Host(address.Host, address.Port, address.VirtualHost, h =>
        {
            h.Username(address.Username);
            h.Password(address.Password);
            if (address.UseTls)
            {
                h.UseSsl(ssl =>
                {
                    ssl.ServerName = address.Host;
                    ssl.Protocol = SslProtocols.Tls12 | SslProtocols.Tls13;
                });
            }
        }));
        using var startTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        startTimeout.CancelAfter(timeout);
        try
        {
            await bus.StartAsync(startTimeout.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or MassTransitException or TimeoutException || TransportFailure.Is(e))
        {
            throw new CliException($"cannot reach RabbitMQ at {address}: {Reason(e)}", ExitCodes.Unreachable);
        }

        return new RemoteSuite(bus, timeout);
    }

    public async Task<DeploymentStateReport> State(Guid id, CancellationToken cancellationToken)
    {
        var client = _bus.CreateRequestClient<GetDeploymentState>(RequestTimeout.After(ms: (int)_timeout.TotalMilliseconds));
        var response = await Ask(() => client.GetResponse<DeploymentStateReport, DeploymentNotFound>(new GetDeploymentState { DeploymentId = id }, cancellationToken));
        return response.Is(out Response<DeploymentStateReport>? report)
            ? report!.Message
            : throw new CliException($"no deployment {id}", ExitCodes.NotFound);
    }

    public async Task<DeploymentHistoryReport> History(Guid id, CancellationToken cancellationToken)
    {
        var client = _bus.CreateRequestClient<GetDeploymentHistory>(RequestTimeout.After(ms: (int)_timeout.TotalMilliseconds));
        var response = await Ask(() => client.GetResponse<DeploymentHistoryReport, DeploymentNotFound>(new GetDeploymentHistory { DeploymentId = id }, cancellationToken));
        return response.Is(out Response<DeploymentHistoryReport>? history)
            ? history!.Message
            : throw new CliException($"no history for deployment {id}", ExitCodes.NotFound);
    }

    public async Task<DeploymentList> List(ListDeployments query, CancellationToken cancellationToken)
    {
        var client = _bus.CreateRequestClient<ListDeployments>(RequestTimeout.After(ms: (int)_timeout.TotalMilliseconds));
        var list = (await Ask(() => client.GetResponse<DeploymentList>(query, cancellationToken))).Message;
        return list.Errors.Count > 0 ? throw new CliException(string.Join("; ", list.Errors), ExitCodes.Failure) : list;
    }

    public async Task<DeploymentHistoryVerified> Verify(Guid id, CancellationToken cancellationToken)
    {
        var client = _bus.CreateRequestClient<VerifyDeploymentHistory>(RequestTimeout.After(ms: (int)_timeout.TotalMilliseconds));
        var response = await Ask(() => client.GetResponse<DeploymentHistoryVerified, DeploymentNotFound>(
            new VerifyDeploymentHistory { DeploymentId = id }, cancellationToken));
        return response.Is(out Response<DeploymentHistoryVerified>? verified)
            ? verified!.Message
            : throw new CliException($"no history for deployment {id}", ExitCodes.NotFound);
    }

    public async ValueTask DisposeAsync() => await _bus.StopAsync();

    private static async Task<T> Ask<T>(Func<Task<T>> request)
    {
        try
        {
            return await request();
        }
        catch (Exception e) when (TransportFailure.Is(e))
        {
            throw new CliException(TransportFailure.Describe(e), ExitCodes.Unreachable);
        }
    }

    private static string Reason(Exception e) => e is OperationCanceledException
        ? "no connection in time (is RabbitMQ running there?)"
        : (e.InnerException ?? e).Message.ReplaceLineEndings(" ");
}
