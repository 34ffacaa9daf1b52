# Helpers shared by the infra scripts; sourced, not run.

die() {
  echo "$(basename "$0"): $*" >&2
  exit 1
}

# True when something listens on 127.0.0.1:$1.
port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Prints a port nothing listens on, from a range ephemeral ports rarely use.
free_port() {
  local port attempt
  for attempt in $(seq 1 200); do
    port=$((20000 + RANDOM % 30000))
    if ! port_in_use "$port" && ! ss -Htan 2>/dev/null | awk '{print $4}' | grep -q ":$port\$"; then
      echo "$port"
      return 0
    fi
  done
  die "no free port found"
}

# Waits up to $2 seconds for 127.0.0.1:$1 to accept connections.
wait_for_port() {
  local port=$1 deadline=$((SECONDS + $2))
  until port_in_use "$port"; do
    ((SECONDS < deadline)) || return 1
    sleep 0.2
  done
}

# Installs Debian packages once, refreshing the package lists first.
apt_install() {
  command -v apt-get >/dev/null || die "cannot install $*: no apt-get"
  [[ $(id -u) == 0 ]] || die "cannot install $*: run as root, or install it first"
  echo "installing $* ..." >&2
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >&2
}

# Sends TERM then KILL to process group $1, waiting for it to go.
kill_group() {
  local pgid=$1 i
  kill -TERM -- "-$pgid" 2>/dev/null || return 0
  for i in $(seq 1 50); do
    kill -0 -- "-$pgid" 2>/dev/null || return 0
    sleep 0.2
  done
  kill -KILL -- "-$pgid" 2>/dev/null || true
}
