global using System.CommandLine;
global using MassTransit;
global using Spectre.Console;
global using Suite.Contracts;
