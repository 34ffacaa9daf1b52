using System.Net.Sockets;
using RabbitMQ.Client.Exceptions;
using Suite.Host.Cli;

namespace Suite.Host.Tests;

public sealed class When_the_bus_fails_under_a_command
{
    [Fact]
    public void Should_exit_2_in_one_line_when_no_answer_came_in_time()
    {
        var (exitCode, line) = SuiteCli.Describe(new RequestTimeoutException("Timeout waiting for response, RequestId: 42"));

        Assert.Equal(ExitCodes.Unreachable, exitCode);
        Assert.StartsWith("suite: no answer from Suite's orchestrator in time", line);
    }

    [Fact]
    public void Should_exit_2_in_one_line_when_the_connection_to_rabbitmq_is_lost()
    {
        var lost = new RabbitMqConnectionException("Connect failed:\nguest@127.0.0.1:5672/", new BrokerUnreachableException(new SocketException((int)SocketError.ConnectionRefused)));

        var (exitCode, line) = SuiteCli.Describe(lost);

        Assert.Equal(ExitCodes.Unreachable, exitCode);
        Assert.StartsWith("suite: lost the connection to RabbitMQ: ", line);
        Assert.DoesNotContain('\n', line);
    }

    [Fact]
    public void Should_exit_2_when_a_transport_failure_is_wrapped()
    {
        var (exitCode, _) = SuiteCli.Describe(new AggregateException(new InvalidOperationException("first"), new RequestTimeoutException("late")));

        Assert.Equal(ExitCodes.Unreachable, exitCode);
    }

    [Fact]
    public void Should_keep_the_exit_code_a_command_chose()
    {
        Assert.Equal((ExitCodes.NotFound, "suite: no deployment 42"), SuiteCli.Describe(new CliException("no deployment 42", ExitCodes.NotFound)));
    }

    [Fact]
    public void Should_exit_1_for_anything_else()
    {
        Assert.Equal((ExitCodes.Failure, "suite: InvalidOperationException: broken here"), SuiteCli.Describe(new InvalidOperationException("broken\nhere")));
    }
}
