#!/usr/bin/env bash
# Throwaway database servers for the test suite. Source it, then call start_engines; stop_engines runs on exit.
#   PostgreSQL 15 from the machine's binaries (as the postgres user), MariaDB from Debian's mariadb-server (as mysql).
# Exports DESIGNSTUDIO_TEST_POSTGRES and DESIGNSTUDIO_TEST_MARIADB (ADO.NET connection strings).

ENGINES_DIR=""
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}

free_port() {
  python3 - <<'PY' 2>/dev/null || echo $((20000 + RANDOM % 20000))
import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()
PY
}

start_postgres() {
  local dir="$ENGINES_DIR/pg" port
  port=$(free_port)
  mkdir -p "$dir" && chown postgres "$dir"
  runuser -u postgres -- "$PG_BIN/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log"; return 1; }
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null \
    || { cat "$dir/log"; return 1; }
  export DESIGNSTUDIO_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Pooling=true"
  echo "engines: PostgreSQL 15 on 127.0.0.1:$port"
}

start_mariadb() {
  local dir="$ENGINES_DIR/maria" port
  port=$(free_port)
  mkdir -p "$dir/data" "$dir/tmp" && chown -R mysql "$dir"
  runuser -u mysql -- mariadb-install-db --no-defaults --datadir="$dir/data" --tmpdir="$dir/tmp" \
    --auth-root-authentication-method=normal --skip-test-db >"$dir/install.log" 2>&1 \
    || { cat "$dir/install.log"; return 1; }
  setpriv --reuid=mysql --regid=mysql --init-groups mariadbd --no-defaults --datadir="$dir/data" --tmpdir="$dir/tmp" \
    --socket="$dir/mysqld.sock" --port="$port" --bind-address=127.0.0.1 --pid-file="$dir/mysqld.pid" \
    --skip-name-resolve --innodb-flush-log-at-trx-commit=0 --log-error="$dir/error.log" >/dev/null 2>&1 &
  MARIADB_PID=$!
  for _ in $(seq 1 100); do
    mariadb --no-defaults -uroot --socket="$dir/mysqld.sock" -e "SELECT 1" >/dev/null 2>&1 && break
    sleep 0.1
  done
  mariadb --no-defaults -uroot --socket="$dir/mysqld.sock" -e \
    "CREATE USER IF NOT EXISTS 'test'@'127.0.0.1' IDENTIFIED BY 'test'; GRANT ALL ON *.* TO 'test'@'127.0.0.1' WITH GRANT OPTION;" \
    || { cat "$dir/error.log"; return 1; }
  export DESIGNSTUDIO_TEST_MARIADB="Server=127.0.0.1;Port=$port;User ID=test;Password=test;AllowUserVariables=true"
  echo "engines: MariaDB on 127.0.0.1:$port"
}

stop_engines() {
  [ -n "$ENGINES_DIR" ] || return 0
  if [ -f "$ENGINES_DIR/pg/data/postmaster.pid" ]; then
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$ENGINES_DIR/pg/data" -m fast stop >/dev/null 2>&1 || true
  fi
  if [ -n "${MARIADB_PID:-}" ]; then
    kill "$MARIADB_PID" 2>/dev/null || true
    for _ in $(seq 1 100); do [ -f "$ENGINES_DIR/maria/mysqld.pid" ] || break; sleep 0.1; done
  fi
  rm -rf "$ENGINES_DIR"
  ENGINES_DIR=""
}

start_engines() {
  ENGINES_DIR=$(mktemp -d /var/tmp/designstudio-engines.XXXXXX)
  chmod 755 "$ENGINES_DIR"
  trap stop_engines EXIT
  start_postgres && start_mariadb
}
