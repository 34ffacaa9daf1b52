global using Suite.Contracts;
global using Suite.Integration.Postgres.Tests.Infrastructure;
global using Suite.Integration.Postgres.Tests.Sagas;
global using MassTransit;
global using Suite.Testing;
