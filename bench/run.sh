#!/usr/bin/env bash
# Runs Suite's benchmark (bench/Suite.Benchmarks, Release) against a throwaway PostgreSQL and
# RabbitMQ started here and stopped on exit. Prints the machine and a markdown table of the
# results on stdout; progress goes to stderr. Never part of test.sh: run it on demand.
#   bench/run.sh            the full run (median of 3 runs each; a few minutes)
#   bench/run.sh --quick    a short smoke run
#   bench/run.sh --only store|saga   one part; other arguments go to the benchmark too
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d /tmp/suite-bench.XXXXXX)
# The postgres user needs to reach the database directory inside.
chmod 755 "$work"

cleanup() {
  scripts/rabbitmq.sh stop "$work/rabbitmq" >/dev/null 2>&1 || true
  scripts/postgres.sh stop "$work/postgres" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

command -v dotnet >/dev/null || { echo "bench/run.sh: dotnet is not installed" >&2; exit 1; }

# The servers start while the benchmark builds.
scripts/rabbitmq.sh start "$work/rabbitmq" >"$work/rabbitmq.out" 2>&1 &
rabbitmq_start=$!
scripts/postgres.sh start "$work/postgres" >"$work/postgres.out" 2>&1 &
postgres_start=$!

project=bench/Suite.Benchmarks/Suite.Benchmarks.csproj
echo "Building $project (Release) ..." >&2
if ! dotnet build "$project" -c Release -nologo -v:q >"$work/build.out" 2>&1; then
  grep -E ": (error|warning) " "$work/build.out" | sort -u >&2 || tail -n 50 "$work/build.out" >&2
  echo "bench/run.sh: the build failed" >&2
  wait "$rabbitmq_start" "$postgres_start" || true
  exit 1
fi

for server in rabbitmq postgres; do
  pid_var="${server}_start"
  if ! wait "${!pid_var}"; then
    cat "$work/$server.out" >&2
    echo "bench/run.sh: $server did not start" >&2
    exit 1
  fi
done

# shellcheck disable=SC1091
source "$work/rabbitmq/env"
# shellcheck disable=SC1091
source "$work/postgres/env" # postgres.sh quotes the connection string (it has ';' in it)
export SUITE_RABBITMQ_PORT SUITE_POSTGRES_CONNECTION
echo "RabbitMQ on 127.0.0.1:$SUITE_RABBITMQ_PORT, PostgreSQL at $SUITE_POSTGRES_CONNECTION" >&2

dotnet run --project "$project" -c Release --no-build -- "$@"
