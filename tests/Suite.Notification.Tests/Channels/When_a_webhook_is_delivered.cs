using Microsoft.Extensions.DependencyInjection;
using Suite.Notification.Ledger;

namespace Suite.Notification.Tests.Channels;

public sealed class When_a_webhook_is_delivered
{
    private static readonly TimeSpan Window = WebhookSignature.DefaultTolerance;

    [Fact]
    public async Task Should_sign_the_exact_body_so_that_the_receiver_can_verify_its_origin()
    {
        var clock = new ManualTimeProvider();
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var host = await NotificationTestHost.StartAsync(new NotificationSettings().Webhook("audit", receiver.Url).Everything("audit"), clock);
        var id = Guid.NewGuid();

        await host.DeliverAsync(Events.RolledBack(id));

        var request = Assert.Single(receiver.Requests);
        var signature = request.Header(WebhookSignature.SignatureHeader);
        Assert.Equal($"t={clock.GetUtcNow().ToUnixTimeSeconds()}", signature?.Split(',')[0]);
        Assert.True(WebhookSignature.Verify(NotificationSettings.WebhookSecret, signature, request.Body, clock.GetUtcNow(), Window));
        Assert.True(WebhookSignature.Verify(NotificationSettings.WebhookSecret, signature, request.Text, clock.GetUtcNow().AddMinutes(4), Window));
    }

    [Fact]
    public async Task Should_refuse_a_tampered_body_a_wrong_secret_and_a_replay()
    {
        var clock = new ManualTimeProvider();
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var host = await NotificationTestHost.StartAsync(new NotificationSettings().Webhook("audit", receiver.Url).Everything("audit"), clock);

        await host.DeliverAsync(Events.RolledBack(Guid.NewGuid()));

        var request = Assert.Single(receiver.Requests);
        var signature = request.Header(WebhookSignature.SignatureHeader);
        var now = clock.GetUtcNow();
        Assert.False(WebhookSignature.Verify(NotificationSettings.WebhookSecret, signature, request.Text.Replace("Critical", "Info", StringComparison.Ordinal), now, Window));
        Assert.False(WebhookSignature.Verify("whsec-some-other-secret-entirely", signature, request.Body, now, Window));
        Assert.False(WebhookSignature.Verify(NotificationSettings.WebhookSecret, signature, request.Body, now.AddMinutes(6), Window));
    }

    [Fact]
    public async Task Should_send_the_notification_as_json_with_its_event_and_a_stable_delivery_id()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var host = await NotificationTestHost.StartAsync(new NotificationSettings().Webhook("audit", receiver.Url).Everything("audit"));
        var id = Guid.NewGuid();

        await host.DeliverAsync(Events.RolledBack(id));

        var request = Assert.Single(receiver.Requests);
        var body = request.Json;
        Assert.Equal((id.ToString(), "DeploymentRolledBack", "Critical", "shop", "production", "v2"),
            ((string?)body["deploymentId"], (string?)body["kind"], (string?)body["severity"], (string?)body["application"], (string?)body["environment"], (string?)body["version"]));
        Assert.Equal($"https://suite.example.com/deployments/{id}", (string?)body["link"]);
        Assert.Equal("DeploymentRolledBack", request.Header(WebhookSignature.EventHeader));
        Assert.Equal(new DeliveryKey(id, "DeploymentRolledBack", Events.At, "audit").DeliveryId.ToString(), request.Header(WebhookSignature.DeliveryHeader));
    }

    [Fact]
    public async Task Should_sign_with_the_wall_clock_when_the_host_runs_a_faster_clock()
    {
        var demoClock = new ManualTimeProvider(TimeProvider.System.GetUtcNow().AddDays(3));
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var host = await NotificationTestHost.StartAsync(new NotificationSettings().Webhook("audit", receiver.Url).Everything("audit"),
            configure: services => services.AddSingleton<TimeProvider>(demoClock));

        await host.DeliverAsync(Events.RolledBack(Guid.NewGuid()));

        var request = Assert.Single(receiver.Requests);
        Assert.True(WebhookSignature.Verify(NotificationSettings.WebhookSecret, request.Header(WebhookSignature.SignatureHeader), request.Body,
            TimeProvider.System.GetUtcNow(), Window));
    }
}
