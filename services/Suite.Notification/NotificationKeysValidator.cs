using Suite.Notification.Secrets;

namespace Suite.Notification;

/// <summary>
/// Refuses, at start-up, every key under <c>Suite:Notification</c> that no setting has, naming the key and
/// what was expected there: a misspelt <c>Suite__Notification__Channels__slack__Urll</c> would otherwise
/// leave the channel without its URL, and a misspelt route list would match everything, without a word.
/// </summary>
public sealed class NotificationKeysValidator(IConfiguration configuration) : IValidateOptions<NotificationOptions>
{
    public ValidateOptionsResult Validate(string? name, NotificationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        // A key is a name, not a secret; but a URL pasted where a name belongs would be both.
        var redaction = new Redaction(ChannelSecrets.Of(options));
        var unknown = UnknownSettings.Under(configuration.GetSection(NotificationOptions.Section), typeof(NotificationOptions))
            .Select(u => redaction.Redact($"{u.Key} is not a setting; expected {u.Expected}"))
            .ToList();
        return unknown.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(unknown);
    }
}
