#!/usr/bin/env bash
# A throwaway PostgreSQL 15 for tests and local runs, listening only on 127.0.0.1.
#   scripts/postgres.sh start DIR   prints SUITE_POSTGRES_PORT=N and SUITE_POSTGRES_CONNECTION=...
#                                   (also written to DIR/env)
#   scripts/postgres.sh stop DIR    stops it for sure
# Trust authentication, fsync off: for tests only. As root it runs as the postgres user, which
# must be able to reach DIR (the script opens DIR itself to others; its parents must allow it).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

usage() { die "usage: $0 start|stop DIR"; }
[[ $# == 2 ]] || usage
command=$1
dir=$2

find_bin() {
  local candidate
  for candidate in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
    if [[ -x $candidate/initdb && -x $candidate/pg_ctl ]]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

# Runs a command as the user that owns the cluster.
as_owner() {
  if [[ $(id -u) == 0 ]]; then
    setpriv --reuid=postgres --regid=postgres --init-groups -- "$@"
  else
    "$@"
  fi
}

start() {
  local bin
  bin=$(find_bin) || { apt_install postgresql-15 && bin=$(find_bin); } || die "PostgreSQL binaries not found"
  if [[ $(id -u) == 0 ]] && ! id postgres >/dev/null 2>&1; then
    useradd --system --user-group --no-create-home --shell /usr/sbin/nologin postgres
  fi

  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  [[ ! -f $dir/state ]] || die "$dir already holds a PostgreSQL (stop it first)"
  mkdir -p "$dir/data" "$dir/run"
  if [[ $(id -u) == 0 ]]; then
    chmod a+rx "$dir"
    chown postgres:postgres "$dir/data" "$dir/run"
  fi
  chmod 700 "$dir/data"

  local port
  port=$(free_port)
  as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 --no-sync \
    >"$dir/initdb.out" 2>&1 || { cat "$dir/initdb.out" >&2; die "initdb failed"; }
  printf 'BIN=%q\nPORT=%q\n' "$bin" "$port" >"$dir/state"

  if ! as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/run/postgres.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir/run -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >"$dir/pg_ctl.out" 2>&1; then
    tail -n 40 "$dir/pg_ctl.out" "$dir/run/postgres.log" >&2 || true
    stop
    die "PostgreSQL did not start (logs in $dir)"
  fi

  as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres suite
  local connection="Host=127.0.0.1;Port=$port;Username=postgres;Database=suite"
  {
    echo "SUITE_POSTGRES_PORT=$port"
    # Quoted: the value has ';' in it and the file is sourced.
    echo "SUITE_POSTGRES_CONNECTION='$connection'"
  } | tee -a "$dir/env"
}

stop() {
  [[ -f $dir/state ]] || return 0
  # shellcheck disable=SC1091
  source "$dir/state"
  as_owner "$BIN/pg_ctl" -D "$dir/data" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
  if [[ -f $dir/data/postmaster.pid ]]; then
    local pid
    pid=$(head -n 1 "$dir/data/postmaster.pid")
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$dir/state"
}

case $command in
  start) start ;;
  stop) stop ;;
  *) usage ;;
esac
