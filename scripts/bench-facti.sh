#!/usr/bin/env bash
# Facti figures of issue 3, against `mxpay emulator serve` on loopback:
#  1. bulk: ROWS rows (default 2000) with 20 ms injected latency per create at
#     --concurrency 16, wall time against the ideal ROWS x 20 ms / 16, BULK_RUNS
#     times (default 1), each into a fresh ledger;
#  2. payments list --all -o csv of 10,000 and 100,000 payments: wall time
#     and peak RSS (/usr/bin/time -v).
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${ROWS:-2000}
bulk_runs=${BULK_RUNS:-1}
work=$(mktemp -d)
trap 'kill "${serve:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
go build -o "$work/mxpay" ./cmd/mxpay
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (Debian package time)"; exit 1; }

start_emulator() { # $1: fault spec ("" for none)
  [ -n "${serve:-}" ] && { kill "$serve"; wait "$serve" 2>/dev/null || true; }
  MXPAY_EMULATOR_DB="$work/emu.db" MXPAY_EMULATOR_FAULTS="$1" "$work/mxpay" emulator serve --addr 127.0.0.1:0 >"$work/serve.out" 2>/dev/null &
  serve=$!
  for _ in $(seq 100); do grep -q '^facti' "$work/serve.out" 2>/dev/null && break; sleep 0.05; done
  base=$(awk '$1=="facti"{print $2}' "$work/serve.out")
}
mx() {
  MXPAY_LEDGER="${ledger:-$work/ledger.db}" MXPAY_CONFIG="$work/config.yaml" MXPAY_FACTI_BASE_URL="$base" \
  MXPAY_FACTI_CLIENT_ID=demo-facti-client-id MXPAY_FACTI_API_KEY=demo-facti-api-key \
  MXPAY_FACTI_COMPANY_ID=1 MXPAY_FACTI_FROM_RFC=EMU190101AB1 "$work/mxpay" --env sandbox "$@"
}
csv() { # $1 rows, $2 first folio
  echo "folio,to_name,to_email,amount"
  for i in $(seq "$2" $(( $2 + $1 - 1 ))); do echo "$i,Cliente $i,c$i@example.mx,100.50"; done
}

for run in $(seq "$bulk_runs"); do
  # Each run against an empty company, as the first one.
  [ -n "${serve:-}" ] && { kill "$serve"; wait "$serve" 2>/dev/null || true; serve=; }
  rm -f "$work/emu.db"
  start_emulator "facti:POST:/v1/payments/new_request:latency=20ms"
  csv "$rows" 1 >"$work/bulk.csv"
  ledger="$work/bulk-$run.db"
  t0=$(date +%s.%N)
  mx facti payments new --from-csv "$work/bulk.csv" --no-email --concurrency 16 -o csv >/dev/null
  t1=$(date +%s.%N)
  awk -v a="$t0" -v b="$t1" -v n="$rows" 'BEGIN{w=b-a; i=n*0.020/16; printf "bulk %d rows, 20 ms latency, --concurrency 16: %.2f s; ideal %.2f s; ratio %.2fx\n", n, w, i, w/i}'
done
ledger=

# Fill up to 100,000 payments without latency, then list.
kill "$serve"; wait "$serve" 2>/dev/null || true; serve=
rm -f "$work/emu.db"
start_emulator ""
for target in 10000 100000; do
  have=$(mx facti payments list --all -o csv | tail -n +2 | wc -l)
  if [ "$have" -lt "$target" ]; then
    csv $(( target - have )) $(( 1000000 + have )) >"$work/fill.csv"
    mx facti payments new --from-csv "$work/fill.csv" --no-email --concurrency 16 -o csv >/dev/null
  fi
  MXPAY_LEDGER="$work/ledger.db" MXPAY_CONFIG="$work/config.yaml" MXPAY_FACTI_BASE_URL="$base" MXPAY_FACTI_CLIENT_ID=demo-facti-client-id \
    MXPAY_FACTI_API_KEY=demo-facti-api-key MXPAY_FACTI_COMPANY_ID=1 \
    /usr/bin/time -v -o "$work/time.txt" "$work/mxpay" --env sandbox facti payments list --all -o csv >"$work/list.csv"
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/{print $2}' "$work/time.txt")
  rss=$(awk -F': ' '/Maximum resident set size/{printf "%.1f", $2/1024}' "$work/time.txt")
  echo "payments list --all -o csv: $(( $(wc -l <"$work/list.csv") - 1 )) rows, wall $wall, peak RSS ${rss} MB"
done
