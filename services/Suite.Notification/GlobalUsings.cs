global using MassTransit;
global using Microsoft.Extensions.Logging;
global using Microsoft.Extensions.Options;
global using Suite.Contracts;
