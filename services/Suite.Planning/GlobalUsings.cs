global using MassTransit;
global using Microsoft.Extensions.Logging;
global using Suite.Contracts;
global using Suite.Contracts.Planning;
