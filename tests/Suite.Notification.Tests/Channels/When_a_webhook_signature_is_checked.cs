using System.Text;

namespace Suite.Notification.Tests.Channels;

public sealed class When_a_webhook_signature_is_checked
{
    private const string Secret = "whsec-0123456789abcdef";
    private static readonly DateTimeOffset SignedAt = new(2026, 1, 5, 12, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"deploymentId":"1","kind":"DeploymentFailed"}""");

    [Fact]
    public void Should_be_a_stripe_like_timestamp_and_hex_hmac_sha256_of_the_timestamp_dot_body()
    {
        var header = WebhookSignature.Sign(Secret, Body, SignedAt);

        using var hmac = new System.Security.Cryptography.HMACSHA256(Encoding.UTF8.GetBytes(Secret));
        var expected = Convert.ToHexStringLower(hmac.ComputeHash([.. Encoding.UTF8.GetBytes($"{SignedAt.ToUnixTimeSeconds()}."), .. Body]));
        Assert.Equal($"t={SignedAt.ToUnixTimeSeconds()},v1={expected}", header);
    }

    [Fact]
    public void Should_accept_any_matching_v1_so_that_secrets_can_be_rotated()
    {
        var header = WebhookSignature.Sign(Secret, Body, SignedAt);
        var rotated = $"{header.Split(',')[0]},v1={new string('0', 64)},{header.Split(',')[1]}";

        Assert.True(WebhookSignature.Verify(Secret, rotated, Body, SignedAt, TimeSpan.FromMinutes(5)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("v1=00")]
    [InlineData("t=1767614400")]
    [InlineData("t=abc,v1=00")]
    [InlineData("t=1767614400,v1=not-hex")]
    [InlineData("garbage")]
    public void Should_refuse_a_malformed_header(string? header)
    {
        Assert.False(WebhookSignature.Verify(Secret, header, Body, SignedAt, TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public void Should_refuse_a_signature_from_too_far_in_the_future_as_well_as_the_past()
    {
        var header = WebhookSignature.Sign(Secret, Body, SignedAt);

        Assert.False(WebhookSignature.Verify(Secret, header, Body, SignedAt.AddMinutes(-6), TimeSpan.FromMinutes(5)));
        Assert.True(WebhookSignature.Verify(Secret, header, Body, SignedAt.AddMinutes(-4), TimeSpan.FromMinutes(5)));
    }
}
