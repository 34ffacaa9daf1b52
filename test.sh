#!/usr/bin/env bash
# Builds Suite once and runs every test project against a throwaway RabbitMQ and PostgreSQL.
# Installs the servers through apt when they are missing. The last line it prints is
# "N passed, N failed" (", N skipped" when any were), totalled over all test projects; it
# exits non-zero when a test failed, a test project did not report, or the build failed.
#   ./test.sh [extra dotnet test arguments, e.g. --filter FullyQualifiedName~Scheduling]
set -euo pipefail
cd "$(dirname "$0")"

configuration=Release
work=$(mktemp -d /tmp/suite-test.XXXXXX)
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

command -v dotnet >/dev/null || { echo "test.sh: dotnet is not installed" >&2; echo "0 passed, 1 failed"; exit 1; }

# The servers start while the solution builds.
scripts/rabbitmq.sh start "$work/rabbitmq" >"$work/rabbitmq.out" 2>&1 &
rabbitmq_start=$!
scripts/postgres.sh start "$work/postgres" >"$work/postgres.out" 2>&1 &
postgres_start=$!

echo "Building Suite.sln ($configuration) ..."
if ! dotnet build Suite.sln -c "$configuration" -nologo -v:q >"$work/build.out" 2>&1; then
  grep -E ": (error|warning) " "$work/build.out" | sort -u >&2 || tail -n 50 "$work/build.out" >&2
  echo "test.sh: the build failed" >&2
  wait "$rabbitmq_start" "$postgres_start" || true
  echo "0 passed, 1 failed"
  exit 1
fi

for server in rabbitmq postgres; do
  pid_var="${server}_start"
  if ! wait "${!pid_var}"; then
    cat "$work/$server.out" >&2
    echo "test.sh: $server did not start" >&2
    echo "0 passed, 1 failed"
    exit 1
  fi
done

set -a
# shellcheck disable=SC1091
source "$work/rabbitmq/env"
# shellcheck disable=SC1091
source "$work/postgres/env"
set +a
export Suite__RabbitMq__Port="$SUITE_RABBITMQ_PORT"
export SUITE_TEST_RABBITMQ_PORT="$SUITE_RABBITMQ_PORT"
export SUITE_TEST_POSTGRES_CONNECTION="$SUITE_POSTGRES_CONNECTION"
echo "RabbitMQ on 127.0.0.1:$SUITE_RABBITMQ_PORT, PostgreSQL on 127.0.0.1:$SUITE_POSTGRES_PORT"

results="$work/results"
test_status=0
dotnet test Suite.sln -c "$configuration" --no-build -nologo \
  --results-directory "$results" --logger "trx;LogFilePrefix=suite" --logger "console;verbosity=normal" \
  --blame-hang-timeout 10m "$@" || test_status=$?

# One counter attribute of a TRX file's <Counters .../> element.
count() {
  local value
  value=$(grep -o '<Counters [^>]*>' "$1" | head -n 1 | sed -n "s/.* $2=\"\([0-9]*\)\".*/\1/p")
  echo "${value:-0}"
}

passed=0 failed=0 skipped=0 reports=0
for trx in "$results"/*.trx; do
  [[ -f $trx ]] || continue
  passed=$((passed + $(count "$trx" passed)))
  failed=$((failed + $(count "$trx" failed) + $(count "$trx" error) + $(count "$trx" timeout) + $(count "$trx" aborted)))
  skipped=$((skipped + $(count "$trx" notExecuted)))
  reports=$((reports + 1))
done

# The Kubernetes manifests of Suite itself: rendered and checked offline (skipped without kubectl).
if deploy_check=$(tests/deploy/check.sh 2>&1); then
  echo "$deploy_check"
  if [[ $deploy_check == skipped* ]]; then skipped=$((skipped + 1)); else passed=$((passed + 1)); fi
else
  echo "$deploy_check" >&2
  failed=$((failed + 1))
fi

projects=$(find tests -name '*.Tests.csproj' | wc -l)
if ((reports < projects)); then
  echo "test.sh: only $reports of $projects test projects reported results (a test host crashed or hung)" >&2
  failed=$((failed + projects - reports))
fi
if ((test_status != 0 && failed == 0)); then
  echo "test.sh: dotnet test exited with $test_status" >&2
  failed=1
fi

summary="$passed passed, $failed failed"
((skipped == 0)) || summary+=", $skipped skipped"
echo "$summary"
((failed == 0))
