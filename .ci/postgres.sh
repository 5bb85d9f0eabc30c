# Throwaway PostgreSQL cluster for tests: its own data folder, the `postgres` OS user, a free TCP port
# on 127.0.0.1. Source this file, then `postgres_start` (exports BOT_TEST_POSTGRES) and `postgres_stop`.
# Also usable by hand: `source .ci/postgres.sh && postgres_start && dotnet test Bot.sln; postgres_stop`.

postgres_bindir() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  done
  return 1
}

postgres_install() {
  command -v apt-get >/dev/null || return 1
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo -n"
  echo "ci: installing PostgreSQL with apt" >&2
  $sudo apt-get update -qq >/dev/null 2>&1 || true
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >/dev/null
}

# Runs a PostgreSQL binary as the `postgres` user when we are root (the server refuses to run as root).
postgres_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

postgres_free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()' 2>/dev/null \
    || echo $(( 20000 + RANDOM % 20000 ))
}

postgres_start() {
  local bin
  bin=$(postgres_bindir) || { postgres_install && bin=$(postgres_bindir); } || return 1
  PG_CI_DIR=$(mktemp -d /tmp/bot-ci-pg.XXXXXX)
  chmod 755 "$PG_CI_DIR"
  [ "$(id -u)" -eq 0 ] && chown postgres "$PG_CI_DIR"
  PG_CI_PORT=$(postgres_free_port)
  postgres_as_owner "$bin/initdb" -D "$PG_CI_DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$PG_CI_DIR/initdb.log" 2>&1 \
    || { cat "$PG_CI_DIR/initdb.log" >&2; return 1; }
  postgres_as_owner "$bin/pg_ctl" -D "$PG_CI_DIR/data" -l "$PG_CI_DIR/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PG_CI_PORT -k $PG_CI_DIR -c fsync=off -c max_connections=200" start >/dev/null \
    || { cat "$PG_CI_DIR/server.log" >&2; return 1; }
  PG_CI_BIN=$bin
  export BOT_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_CI_PORT;Username=postgres;Database=postgres"
  echo "ci: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_CI_PORT" >&2
}

postgres_stop() {
  [ -n "${PG_CI_DIR:-}" ] || return 0
  postgres_as_owner "$PG_CI_BIN/pg_ctl" -D "$PG_CI_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PG_CI_DIR"
  PG_CI_DIR=""
}
