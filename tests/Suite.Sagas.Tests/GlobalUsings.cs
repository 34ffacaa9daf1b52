global using MassTransit;
global using MassTransit.Testing;
global using Suite.Contracts;
global using Suite.Sagas.Deployments;
