global using System.Diagnostics;
global using System.Globalization;
global using MassTransit;
global using Suite.Contracts;
