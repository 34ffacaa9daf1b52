using MassTransit.Context;
using MassTransit.Scheduling;

namespace Suite.ServiceDefaults;

/// <summary>
/// Stores a message another process asked to have sent later. The payload is serialized
/// with the serializer it arrived with, so the message types it names are kept. The due time is
/// taken as given: the saga states it on its own clock (the dispatcher's, in one process), since
/// MassTransit would turn a delay into wall-clock time, which the demo's faster clock does not follow.
/// </summary>
public sealed class ScheduleMessageConsumer(
    IScheduledMessageStore store,
    SchedulerSignal signal,
    ILogger<ScheduleMessageConsumer> logger) : IConsumer<ScheduleMessage>
{
    public async Task Consume(ConsumeContext<ScheduleMessage> context)
    {
        var message = context.Message;
        var serializer = context.SerializerContext.GetMessageSerializer(message.Payload, message.PayloadType);
        var body = serializer.GetMessageBody(new MessageSendContext<ScheduleMessage>(message));

        var record = new ScheduledMessageRecord
        {
            TokenId = message.CorrelationId,
            DueAt = AsUtc(message.ScheduledTime),
            Destination = message.Destination,
            ContentType = serializer.ContentType.ToString(),
            Body = body.GetString(),
            PayloadType = message.PayloadType,
            MessageId = context.MessageId,
            CorrelationId = context.CorrelationId,
            ConversationId = context.ConversationId,
            InitiatorId = context.InitiatorId,
            RequestId = context.RequestId,
            SourceAddress = context.SourceAddress,
            ResponseAddress = context.ResponseAddress,
            FaultAddress = context.FaultAddress,
            Headers = ScheduledMessageHeaders.Capture(context.Headers),
        };

        await store.Add(record, context.CancellationToken).ConfigureAwait(false);
        signal.Notify();
        logger.LogDebug(
            "Scheduled {TokenId} ({MessageType}) for {DueAt} to {Destination}",
            record.TokenId,
            string.Join(';', record.PayloadType),
            record.DueAt,
            record.Destination);
    }

    private static DateTimeOffset AsUtc(DateTime time) => time.Kind switch
    {
        DateTimeKind.Local => new DateTimeOffset(time.ToUniversalTime(), TimeSpan.Zero),
        _ => new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc), TimeSpan.Zero),
    };
}
