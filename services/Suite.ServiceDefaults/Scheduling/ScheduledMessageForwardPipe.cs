using System.Net.Mime;

namespace Suite.ServiceDefaults;

/// <summary>
/// Sends a stored envelope as it was scheduled: the stored body is deserialized with the
/// matching deserializer and re-serialized as is, keeping its message types, while ids,
/// addresses and headers are restored and the scheduling token is stamped on it (sagas use
/// it to ignore a timeout they have since replaced).
/// </summary>
internal sealed class ScheduledMessageForwardPipe(ScheduledMessageRecord message) : IPipe<SendContext>
{
    public Task Send(SendContext context)
    {
        var deserializer = context.Serialization.GetMessageDeserializer(new ContentType(message.ContentType));
        var headers = new MassTransit.Serialization.DictionarySendHeaders();
        foreach (var (key, value) in message.Headers)
        {
            headers.Set(key, value);
        }

        var serializerContext = deserializer.Deserialize(deserializer.GetMessageBody(message.Body), headers, message.Destination);

        context.MessageId = message.MessageId ?? context.MessageId;
        context.CorrelationId = message.CorrelationId;
        context.ConversationId = message.ConversationId;
        context.InitiatorId = message.InitiatorId;
        context.RequestId = message.RequestId;
        context.SourceAddress = message.SourceAddress;
        context.ResponseAddress = message.ResponseAddress;
        context.FaultAddress = message.FaultAddress;
        foreach (var (key, value) in message.Headers)
        {
            context.Headers.Set(key, value);
        }

        context.Headers.Set(MessageHeaders.SchedulingTokenId, message.TokenId.ToString("D"));
        context.Serializer = serializerContext.GetMessageSerializer();
        return Task.CompletedTask;
    }

    public void Probe(ProbeContext context) => context.CreateScope("scheduledMessageForward");
}
