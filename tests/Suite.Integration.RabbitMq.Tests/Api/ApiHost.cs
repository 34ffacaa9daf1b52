using Suite.Api;
using Suite.Api.Deployments;

namespace Suite.Integration.RabbitMq.Tests.Api;

/// <summary>The API in this process, with a stub Orchestrator on its real queues and recorders of what it publishes.</summary>
public static class ApiHost
{
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(2);

    public static Task<TestServiceHost> Start(int rabbitMqPort) =>
        TestServiceHost.Start(
            rabbitMqPort,
            bus =>
            {
                bus.AddApiConsumers();
                bus.AddConsumer<StubOrchestrator>().Endpoint(e => e.Name = ServiceQueues.Orchestrator);
                bus.AddConsumer<StubHistory>().Endpoint(e => e.Name = ServiceQueues.History);
                Record<DeploymentRequested>(bus);
                Record<PauseDeployment>(bus);
                Record<PromoteDeployment>(bus);
                Record<ApproveDeployment>(bus);
                Record<OverrideComplianceWindow>(bus);
            },
            services => services.AddSingleton<MessageLog>(),
            builder =>
            {
                builder.Configuration["Suite:Api:RequestTimeout"] = RequestTimeout.ToString();
                builder.AddApiServices();
            },
            app => app.MapDeploymentEndpoints());

    private static void Record<T>(IBusRegistrationConfigurator bus)
        where T : class =>
        bus.AddConsumer<RecordingConsumer<T>>().Endpoint(e =>
        {
            e.Name = $"suite-test-{typeof(T).Name}-{Guid.NewGuid():N}";
            e.AddConfigureEndpointCallback(ThrowawayQueue.Configure);
        });
}
