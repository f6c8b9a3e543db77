# shellcheck shell=bash
# Sourced by .ci/run: a NATS server with JetStream for the queue tests
# (internal/queue). Installs Debian's nats-server when missing, starts it on
# loopback on a free port with its own store directory under /tmp, exports
# SOSIK_TEST_NATS=nats://127.0.0.1:PORT and stops it (and removes the store)
# when the calling shell exits. Without a server the queue tests skip.

sosik_nats_start() {
  if ! command -v nats-server >/dev/null 2>&1; then
    echo "ci: installing nats-server"
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends nats-server >/dev/null
  fi
  local port=${SOSIK_NATS_PORT:-14222}
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
    port=$((port + 1)) # taken: try the next one
  done
  SOSIK_NATS_DIR="$(mktemp -d /tmp/sosik-nats.XXXXXX)"
  nats-server -a 127.0.0.1 -p "$port" -js -sd "$SOSIK_NATS_DIR/js" \
    -l "$SOSIK_NATS_DIR/nats.log" &
  SOSIK_NATS_PID=$!
  local i
  for i in $(seq 100); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      export SOSIK_TEST_NATS="nats://127.0.0.1:$port"
      echo "ci: nats-server $(nats-server --version | awk '{print $2}') with JetStream on $SOSIK_TEST_NATS"
      return 0
    fi
    kill -0 "$SOSIK_NATS_PID" 2>/dev/null || break
    sleep 0.1
  done
  echo "ci: nats-server did not start; log:" >&2
  cat "$SOSIK_NATS_DIR/nats.log" >&2 || true
  return 1
}

sosik_nats_stop() {
  if [ -n "${SOSIK_NATS_PID:-}" ]; then
    kill "$SOSIK_NATS_PID" 2>/dev/null || true
    wait "$SOSIK_NATS_PID" 2>/dev/null || true
  fi
  [ -n "${SOSIK_NATS_DIR:-}" ] && rm -rf "$SOSIK_NATS_DIR"
  return 0
}
