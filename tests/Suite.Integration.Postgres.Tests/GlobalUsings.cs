global using Suite.Contracts;
global using Suite.Integration.Postgres.Tests.Infrastructure;
global using MassTransit;
