#!/usr/bin/env bash
# with-postgres.sh CMD [ARG...]
#
# Runs CMD with a throw-away PostgreSQL server and MXPAY_TEST_POSTGRES_URL
# pointing at an empty database on it, then stops the server and deletes
# it, and exits with CMD's exit code:
#
#   scripts/with-postgres.sh go test ./internal/ledger/ -run Postgres -v
#
# The cluster lives in a mktemp -d directory (data, logs and the unix
# socket); the server listens on 127.0.0.1 only, on a free port, with trust
# authentication (nothing outside this machine can reach it, and it holds
# only test data). It is stopped with pg_ctl stop, which signals the PID in
# the cluster's own postmaster.pid: nothing else is ever signalled.
#
# PostgreSQL refuses to run as root. When this script runs as root (CI
# does), the server runs as the `postgres` system user that Debian's
# postgresql package creates for exactly this, through runuser; the script
# creates no user and changes nothing outside its temporary directory. If
# there is no such user, it falls back to `nobody`: the directory is private
# (0700, owned by that user) and deleted at the end, so nothing of it stays.
# CMD itself still runs as the calling user.
set -euo pipefail

if [ $# -eq 0 ]; then
	echo "usage: $0 CMD [ARG...]" >&2
	exit 2
fi

# pg_bin NAME: the PostgreSQL program NAME, from PATH or the newest
# /usr/lib/postgresql/*/bin.
pg_bin() {
	if command -v "$1" >/dev/null 2>&1; then
		command -v "$1"
		return
	fi
	local found
	found=$(ls -d /usr/lib/postgresql/*/bin/"$1" 2>/dev/null | sort -V | tail -n 1)
	if [ -z "$found" ]; then
		echo "$0: $1 not found: install PostgreSQL (Debian: apt-get install postgresql)" >&2
		exit 1
	fi
	echo "$found"
}
INITDB=$(pg_bin initdb)
PG_CTL=$(pg_bin pg_ctl)
CREATEDB=$(pg_bin createdb)

dir=$(mktemp -d "${TMPDIR:-/tmp}/mxpay-pg.XXXXXX")
as_server=()
if [ "$(id -u)" -eq 0 ]; then
	server_user=postgres
	id -u "$server_user" >/dev/null 2>&1 || server_user=nobody
	chown "$server_user" "$dir"
	as_server=(runuser -u "$server_user" --)
fi
# run_server CMD...: run CMD as the server's user.
run_server() { ${as_server[@]+"${as_server[@]}"} "$@"; }

cleanup() {
	if [ -f "$dir/data/postmaster.pid" ]; then
		run_server "$PG_CTL" -D "$dir/data" -m fast -w -t 30 stop >/dev/null 2>&1 ||
			echo "$0: the server in $dir did not stop; see $dir/server.log" >&2
	fi
	rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if ! run_server "$INITDB" -D "$dir/data" -U mxpay --auth=trust -E UTF8 --locale=C --no-sync >"$dir/initdb.log" 2>&1; then
	cat "$dir/initdb.log" >&2
	exit 1
fi
run_server mkdir "$dir/sock"

# A port is free when the server manages to bind it: try random ones,
# rather than probing first and racing whoever takes it meanwhile.
port=""
for _ in $(seq 1 20); do
	candidate=$((20000 + RANDOM % 40000))
	if run_server "$PG_CTL" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
		-o "-p $candidate -k '$dir/sock' -c listen_addresses=127.0.0.1" start >/dev/null 2>&1; then
		port=$candidate
		break
	fi
	if ! grep -q -i -E 'could not (bind|create listen socket)|address already in use' "$dir/server.log" 2>/dev/null; then
		cat "$dir/server.log" >&2 2>/dev/null || true
		echo "$0: the PostgreSQL server did not start" >&2
		exit 1
	fi
done
if [ -z "$port" ]; then
	echo "$0: found no free port for PostgreSQL" >&2
	exit 1
fi

"$CREATEDB" -h 127.0.0.1 -p "$port" -U mxpay mxpay_test
export MXPAY_TEST_POSTGRES_URL="postgres://mxpay@127.0.0.1:$port/mxpay_test?sslmode=disable"
echo "with-postgres: PostgreSQL on 127.0.0.1:$port (cluster in $dir)" >&2

set +e
"$@"
code=$?
set -e
exit "$code"
