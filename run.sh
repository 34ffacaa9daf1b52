#!/usr/bin/env bash
# Builds the suite CLI and runs its embedded demo: a simulated cluster, an in-memory bus and
# every service in one process. Needs only the .NET SDK.
#   ./run.sh [demo options, e.g. --speed 20 --verbose]
set -euo pipefail
cd "$(dirname "$0")"
echo "Building the suite CLI ..."
if ! build_output=$(dotnet build services/Suite.Host/Suite.Host.csproj -c Release -nologo -v:q 2>&1); then
  echo "$build_output" >&2
  exit 1
fi
exec dotnet services/Suite.Host/bin/Release/net10.0/suite.dll demo "$@"
