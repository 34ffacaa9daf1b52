# One image per Suite service, chosen by the SERVICE build argument:
#   docker build --build-arg SERVICE=Suite.Planning -t ghcr.io/suite/planning .
# services/Suite.Host (the CLI and the cluster simulator) builds suite.dll, so it also needs ASSEMBLY:
#   docker build --build-arg SERVICE=Suite.Host --build-arg ASSEMBLY=suite -t ghcr.io/suite/host .

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY contracts/ contracts/
COPY sagas/ sagas/
COPY services/ services/
# Suite.Host references every service, so restoring it restores them all. SERVICE is declared
# only after this step so that every service's image shares this layer from the build cache.
RUN dotnet restore services/Suite.Host/Suite.Host.csproj

ARG SERVICE
ARG ASSEMBLY=${SERVICE}
RUN test -n "${SERVICE}" || { echo "build argument SERVICE is required, e.g. --build-arg SERVICE=Suite.Planning" >&2; exit 1; }
RUN dotnet publish "services/${SERVICE}/${SERVICE}.csproj" --no-restore -c Release -o /app -p:UseAppHost=false
RUN test -f "/app/${ASSEMBLY}.dll" || { echo "/app/${ASSEMBLY}.dll missing: set ASSEMBLY to the project's assembly name" >&2; exit 1; }

FROM mcr.microsoft.com/dotnet/aspnet:10.0
ARG SERVICE
ARG ASSEMBLY=${SERVICE}
ENV SUITE_ASSEMBLY=${ASSEMBLY}.dll \
    ASPNETCORE_HTTP_PORTS=8080
WORKDIR /app
COPY --from=build /app ./
# APP_UID is the numeric id of the non-root "app" user the .NET images ship; numeric, so that
# Kubernetes can verify runAsNonRoot.
USER $APP_UID
EXPOSE 8080
# Exec form cannot expand a variable, so a shell does it and then gives PID 1 to dotnet;
# arguments after the image (compose "command", Kubernetes "args") are passed on to the service.
ENTRYPOINT ["/bin/sh", "-c", "exec dotnet \"$SUITE_ASSEMBLY\" \"$@\"", "--"]
