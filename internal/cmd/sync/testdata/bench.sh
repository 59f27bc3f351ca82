#!/bin/sh
# Benchmarks `mxpay sync` against `mxpay emulator serve` on loopback.
#
#   internal/cmd/sync/testdata/bench.sh [TRANSACTIONS] [ATTACHMENTS]
#
# 1. transactions list --all -o csv of TRANSACTIONS rows vs a shell loop of
#    curl fetching the same pages (limit 1000) raw; peak RSS of both.
# 2. attachments get --all of ATTACHMENTS files with 20 ms injected latency
#    per download at --concurrency 16, vs the ideal ATTACHMENTS*20ms/16.
set -eu
N=${1:-100000}
A=${2:-2000}
ROOT=$(cd "$(dirname "$0")/../../../.." && pwd)
W=$(mktemp -d)
trap 'kill $SERVER 2>/dev/null || true; rm -rf "$W"' EXIT
cd "$ROOT"
go build -o "$W/mxpay" ./cmd/mxpay
go build -o "$W/seed" ./internal/cmd/emulator/testdata/seed
export MXPAY_EMULATOR_DB="$W/emu.db" XDG_CONFIG_HOME="$W/config" XDG_CACHE_HOME="$W/cache" XDG_DATA_HOME="$W/data"
export MXPAY_SYNC_API_KEY=demo-sync-api-key MXPAY_SYNC_BASE_URL=http://127.0.0.1:8097/sync/v1
T=/usr/bin/time

serve() {
	MXPAY_EMULATOR_FAULTS="${1:-}" "$W/mxpay" emulator serve --addr 127.0.0.1:8097 >/dev/null 2>&1 &
	SERVER=$!
	until curl -s -o /dev/null http://127.0.0.1:8097/; do sleep 0.1; done
}

USER_ID=$("$W/seed" -db "$MXPAY_EMULATOR_DB" -n "$N")
serve
TOKEN=$(curl -s -X POST -H "Authorization: API_KEY api_key=$MXPAY_SYNC_API_KEY" -H 'Content-Type: application/json' \
	-d "{\"id_user\":\"$USER_ID\"}" "$MXPAY_SYNC_BASE_URL/sessions" | sed 's/.*"token":"\([0-9a-f]*\)".*/\1/')
# Warm the emulator's key cache so neither side pays the first scan.
curl -s -o /dev/null -H "Authorization: TOKEN token=$TOKEN" "$MXPAY_SYNC_BASE_URL/transactions?limit=1"

echo "== transactions list --all -o csv, $N rows"
$T -f 'mxpay: %e s wall, %M KB peak RSS' "$W/mxpay" sync transactions list --user "$USER_ID" --all -o csv >"$W/tx.csv"
echo "rows: $(($(wc -l <"$W/tx.csv") - 1))"
cat >"$W/loop.sh" <<LOOP
skip=0
while [ \$skip -lt $N ]; do
	curl -s -H "Authorization: TOKEN token=$TOKEN" "$MXPAY_SYNC_BASE_URL/transactions?skip=\$skip&limit=1000"
	skip=\$((skip + 1000))
done
LOOP
$T -f 'curl loop: %e s wall, %M KB peak RSS (of the shell; each curl is its own process)' sh "$W/loop.sh" >"$W/tx.json"
kill $SERVER; wait $SERVER 2>/dev/null || true

[ "$A" -gt 0 ] || exit 0
echo "== attachments get --all, $A files, 20 ms latency each, --concurrency 16"
USER_ID=$("$W/seed" -db "$MXPAY_EMULATOR_DB" -n "$A" -attachments)
serve "sync:GET:/v1/attachments/:latency=20ms"
$T -f 'mxpay: %e s wall, %M KB peak RSS' "$W/mxpay" sync attachments get --all --user "$USER_ID" --dir "$W/cfdi" --concurrency 16 -o csv >"$W/get.csv"
echo "files: $(ls "$W/cfdi" | wc -l); ideal: $(echo "$A * 0.020 / 16" | bc -l | cut -c1-5) s"
kill $SERVER; wait $SERVER 2>/dev/null || true
echo "== the same without injected latency (the overhead floor)"
serve
$T -f 'mxpay: %e s wall, %M KB peak RSS' "$W/mxpay" sync attachments get --all --user "$USER_ID" --dir "$W/cfdi2" --concurrency 16 -o csv >"$W/get2.csv"
