using Suite.ServiceDefaults;

namespace Suite.Integration.Postgres.Tests.Scheduling;

public sealed class The_in_memory_scheduled_message_store : ScheduledMessageStoreContract
{
    protected override Task<IScheduledMessageStore> CreateStore() => Task.FromResult<IScheduledMessageStore>(new InMemoryScheduledMessageStore(Time));
}
