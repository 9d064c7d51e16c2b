#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the database tests: initdb into a temporary folder, a free port on 127.0.0.1
# and a unix socket in that folder, then the given command with PGHOST/PGPORT/PGUSER/PGDATABASE set. The cluster is
# stopped and the folder removed afterwards, whatever the command's outcome (its exit code is passed on).
#
#   scripts/pg-test-cluster.sh npx jest test/db
#
# PostgreSQL refuses to run as root: as root the cluster runs as the `postgres` user Debian's package creates
# (PG_TEST_OS_USER overrides it); as any other user, as that user.
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: $0 COMMAND [ARGS...]  (runs COMMAND against a throwaway PostgreSQL cluster)" >&2
  exit 2
fi

find_bindir() {
  if [ -n "${PG_BINDIR:-}" ]; then echo "$PG_BINDIR"; return; fi
  if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then pg_config --bindir; return; fi
  # Debian installs the server binaries per major version, off the PATH; take the newest.
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$dir" ] && [ -x "$dir/initdb" ]; then echo "$dir"; return; fi
  echo "PostgreSQL server binaries not found (install Debian's postgresql, or set PG_BINDIR)" >&2
  exit 1
}
BIN=$(find_bindir)

# A port nobody listens on now: the kernel picks it (port 0), we release it and hand it to the server.
PORT=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();});')

WORK=$(mktemp -d "${TMPDIR:-/tmp}/segments-pg.XXXXXX")
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
  owner="${PG_TEST_OS_USER:-postgres}"
  chown "$owner" "$WORK"
  as_owner=(runuser -u "$owner" --)
fi

cleanup() {
  "${as_owner[@]}" "$BIN/pg_ctl" -D "$WORK/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# Local (socket) connections are trusted; TCP asks for a password, so the tests can check a refused password.
"${as_owner[@]}" "$BIN/initdb" -D "$WORK/data" -U postgres -E UTF8 --locale=C.UTF-8 \
  --auth-local=trust --auth-host=scram-sha-256 >"$WORK/initdb.log" 2>&1 || { cat "$WORK/initdb.log" >&2; exit 1; }
"${as_owner[@]}" "$BIN/pg_ctl" -D "$WORK/data" -l "$WORK/server.log" -w -t 60 start \
  -o "-p $PORT -k $WORK -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
  >/dev/null || { cat "$WORK/server.log" >&2; exit 1; }

export PGHOST="$WORK" PGPORT="$PORT" PGUSER=postgres PGDATABASE=postgres
unset PGPASSWORD PGSERVICE
echo "PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') test cluster on port $PORT (socket in $WORK)"

set +e
"$@"
status=$?
set -e
exit "$status"
