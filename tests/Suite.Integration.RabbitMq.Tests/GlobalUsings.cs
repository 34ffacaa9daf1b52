global using MassTransit;
global using Microsoft.Extensions.Configuration;
global using Microsoft.Extensions.DependencyInjection;
global using Microsoft.Extensions.Hosting;
global using Suite.Contracts;
global using Suite.Integration.RabbitMq.Tests.Infrastructure;
global using Suite.ServiceDefaults;
