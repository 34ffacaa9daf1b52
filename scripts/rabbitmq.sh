#!/usr/bin/env bash
# A throwaway RabbitMQ for tests and local runs, as a plain process on 127.0.0.1.
#   scripts/rabbitmq.sh start DIR   prints SUITE_RABBITMQ_PORT=N (also written to DIR/env)
#   scripts/rabbitmq.sh stop DIR    stops it for sure
# Everything it writes stays in DIR: its own node name, epmd port, database and logs, so it
# clashes with no other RabbitMQ on the machine. No management plugin.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

RABBIT_BIN=/usr/lib/rabbitmq/bin

usage() { die "usage: $0 start|stop DIR"; }
[[ $# == 2 ]] || usage
command=$1
dir=$2

rabbit_env() {
  export HOME="$dir"
  export RABBITMQ_NODENAME="$NODE"
  export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
  export RABBITMQ_NODE_PORT="$AMQP_PORT"
  export RABBITMQ_DIST_PORT="$DIST_PORT"
  export ERL_EPMD_PORT="$EPMD_PORT"
  export ERL_EPMD_ADDRESS=127.0.0.1
  export RABBITMQ_MNESIA_BASE="$dir/mnesia"
  export RABBITMQ_LOG_BASE="$dir/log"
  export RABBITMQ_LOGS="$dir/log/rabbit.log"
  export RABBITMQ_PID_FILE="$dir/rabbitmq.pid"
  export RABBITMQ_CONFIG_FILE="$dir/rabbitmq.conf"
  export RABBITMQ_ADVANCED_CONFIG_FILE="$dir/advanced.config"
  export RABBITMQ_ENABLED_PLUGINS_FILE="$dir/enabled_plugins"
  export RABBITMQ_CONF_ENV_FILE="$dir/rabbitmq-env.conf"
}

start() {
  [[ -x $RABBIT_BIN/rabbitmq-server ]] || apt_install rabbitmq-server
  mkdir -p "$dir/mnesia" "$dir/log"
  dir=$(cd "$dir" && pwd)
  [[ ! -f $dir/state ]] || die "$dir already holds a RabbitMQ (stop it first)"

  NODE="suite-$$-$RANDOM@localhost"
  AMQP_PORT=$(free_port)
  DIST_PORT=$(free_port)
  EPMD_PORT=$(free_port)
  printf 'loopback_users = none\nlisteners.tcp.default = 127.0.0.1:%s\n' "$AMQP_PORT" >"$dir/rabbitmq.conf"
  echo '[].' >"$dir/advanced.config"
  echo '[].' >"$dir/enabled_plugins"
  : >"$dir/rabbitmq-env.conf"
  rabbit_env

  setsid "$RABBIT_BIN/rabbitmq-server" >"$dir/server.out" 2>&1 </dev/null &
  local pid=$!
  printf 'NODE=%q\nAMQP_PORT=%q\nDIST_PORT=%q\nEPMD_PORT=%q\nPGID=%q\n' \
    "$NODE" "$AMQP_PORT" "$DIST_PORT" "$EPMD_PORT" "$pid" >"$dir/state"

  # The node registers with epmd a moment after it starts, and await_startup fails before that.
  local deadline=$((SECONDS + 120))
  until port_in_use "$AMQP_PORT"; do
    if ! kill -0 "$pid" 2>/dev/null || ((SECONDS > deadline)); then
      tail -n 40 "$dir/server.out" >&2 || true
      stop
      die "RabbitMQ did not start (logs in $dir)"
    fi
    sleep 0.3
  done
  if ! timeout 60 "$RABBIT_BIN/rabbitmqctl" -q -n "$NODE" await_startup >"$dir/await.out" 2>&1; then
    tail -n 40 "$dir/await.out" >&2 || true
    stop
    die "RabbitMQ did not finish booting (logs in $dir)"
  fi

  echo "SUITE_RABBITMQ_PORT=$AMQP_PORT" >>"$dir/env"
  echo "SUITE_RABBITMQ_PORT=$AMQP_PORT"
}

stop() {
  [[ -f $dir/state ]] || return 0
  # shellcheck disable=SC1091
  source "$dir/state"
  rabbit_env
  timeout 30 "$RABBIT_BIN/rabbitmqctl" -q -n "$NODE" stop >/dev/null 2>&1 || true
  kill_group "$PGID"
  # The Erlang VM starts epmd as a daemon of its own, outside our process group.
  timeout 10 epmd -kill >/dev/null 2>&1 || true
  pkill_epmd
  rm -f "$dir/state"
}

# epmd -kill refuses while a node is still registered; end the one on our private port by its pid
# (it takes the port from its environment).
pkill_epmd() {
  local pid
  for pid in $(pgrep -x epmd 2>/dev/null || true); do
    if { tr '\0' '\n' <"/proc/$pid/environ"; } 2>/dev/null | grep -qx "ERL_EPMD_PORT=$EPMD_PORT"; then
      kill -KILL "$pid" 2>/dev/null || true
    fi
  done
}

case $command in
  start) start ;;
  stop) stop ;;
  *) usage ;;
esac
