global using MassTransit;
global using Suite.Contracts;
