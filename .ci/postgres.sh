#!/usr/bin/env bash
# Source this file (". .ci/postgres.sh") to get a private PostgreSQL for the
# store's contract tests: it installs Debian's postgresql when missing,
# starts a throwaway cluster on loopback with its own port and data
# directory under /tmp (initdb/pg_ctl run as the postgres user), and exports
# SOSIK_TEST_POSTGRES. Stop it with: sosik_postgres_stop.
# Without root (no apt-get, no postgres user) it only says why it skips;
# the PostgreSQL tests then skip too.

sosik_postgres_start() {
  local port="${SOSIK_PG_PORT:-55432}"
  local dir="${SOSIK_PG_DIR:-/tmp/sosik-ci-pg}"
  local bin
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    if [ "$(id -u)" != 0 ]; then
      echo "ci: postgresql not installed and not root: PostgreSQL tests will skip"
      return 0
    fi
    echo "ci: installing postgresql"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  fi
  bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
  local run=()
  if [ "$(id -u)" = 0 ]; then
    run=(runuser -u postgres --)
  fi
  # A throwaway cluster: stop and remove one left by an earlier run, so every
  # run starts from an empty database.
  if [ -s "$dir/PG_VERSION" ]; then
    "${run[@]}" "$bin/pg_ctl" -D "$dir" -m immediate stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  mkdir -p "$dir"
  [ "$(id -u)" = 0 ] && chown postgres: "$dir"
  "${run[@]}" "$bin/initdb" -D "$dir" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  "${run[@]}" "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -o "-h 127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200" start >/dev/null
  export SOSIK_TEST_POSTGRES="postgres://postgres@127.0.0.1:$port/postgres?sslmode=disable"
  export SOSIK_PG_BIN="$bin" SOSIK_PG_DIR="$dir"
  echo "ci: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, data in $dir"
}

sosik_postgres_stop() {
  local dir="${SOSIK_PG_DIR:-/tmp/sosik-ci-pg}"
  local bin="${SOSIK_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}"
  local run=()
  [ "$(id -u)" = 0 ] && run=(runuser -u postgres --)
  [ -x "$bin/pg_ctl" ] && "${run[@]}" "$bin/pg_ctl" -D "$dir" -m fast stop >/dev/null 2>&1 || true
}
