using RabbitMQ.Client.Exceptions;

namespace Suite.Host.Cli;

/// <summary>Tells a lost or unreachable bus (which <c>suite</c> reports as exit 2) from every other failure.</summary>
public static class TransportFailure
{
    /// <summary>True when <paramref name="exception"/>, or one it wraps, says RabbitMQ or Suite could not be reached or did not answer.</summary>
    public static bool Is(Exception exception) => Causes(exception).Any(e => e is
        RequestTimeoutException or ConnectionException or TransportUnavailableException or TransportException
        or RabbitMQClientException or BrokerUnreachableException or System.Net.Sockets.SocketException);

    /// <summary>One line for the person: what did not answer, and the innermost reason (the outer ones mostly say only "connect failed").</summary>
    public static string Describe(Exception exception) => Causes(exception).Any(e => e is RequestTimeoutException)
        ? "no answer from Suite's orchestrator in time: is it running and connected to the same RabbitMQ?"
        : $"lost the connection to RabbitMQ: {exception.GetBaseException().Message.ReplaceLineEndings(" ")}";

    private static IEnumerable<Exception> Causes(Exception exception)
    {
        yield return exception;
        IEnumerable<Exception> inner = exception is AggregateException aggregate ? aggregate.InnerExceptions
            : exception.InnerException is { } cause ? [cause]
            : [];
        foreach (var e in inner.SelectMany(Causes))
        {
            yield return e;
        }
    }
}
