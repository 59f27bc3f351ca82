#!/usr/bin/env bash
# The reconcile figure of issue 14, against `mxpay emulator serve` on
# loopback: reconciling TX bank transactions (default 100,000) against REQ
# payment requests (default 10,000), PAID of them (default 2,000) paid at
# the bank with their reference, against exporting the same transactions
# and payments alone (`sync transactions list --all -o csv` then `facti
# payments list --all -o csv`). RUNS interleaved runs of each (default 5);
# medians, and the reconcile's peak RSS (/usr/bin/time). Goal: the ratio
# at most 1.2, peak RSS under 100 MB.
set -euo pipefail
cd "$(dirname "$0")/.."
tx=${TX:-100000}
req=${REQ:-10000}
paid=${PAID:-2000}
runs=${RUNS:-5}
work=$(mktemp -d)
trap 'kill "${serve:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (Debian package time)"; exit 1; }
go build -o "$work/mxpay" ./cmd/mxpay
export MXPAY_CONFIG="$work/config.yaml" MXPAY_EMULATOR_DB="$work/emu.db" XDG_DATA_HOME="$work" XDG_CACHE_HOME="$work"

# The bank statement: tx - paid seeded transactions (a third of them
# deposits, none of a request), then the paid requests' deposits.
"$work/mxpay" emulator seed sync --transactions $(( tx - paid )) -o json >"$work/seed.json"
user=$(sed -n 's/.*"id_user":"\([^"]*\)".*/\1/p' "$work/seed.json")
account=$(sed -n 's/.*"id_account":"\([^"]*\)".*/\1/p' "$work/seed.json")

"$work/mxpay" emulator serve --addr 127.0.0.1:0 >"$work/serve.out" 2>/dev/null &
serve=$!
for _ in $(seq 600); do grep -q '^sync' "$work/serve.out" 2>/dev/null && break; sleep 0.05; done
root=$(awk '$1=="facti"{print $2}' "$work/serve.out"); root=${root%/facti}
# mx runs a command with the settings of an mxpay that uses the served
# emulator as Facti's and Sync's sandbox (a script, so xargs can run it).
cat >"$work/mx" <<SH
#!/bin/sh
export MXPAY_LEDGER="$work/ledger.db" MXPAY_FACTI_BASE_URL="$root/facti" MXPAY_SYNC_BASE_URL="$root/sync/v1"
export MXPAY_FACTI_CLIENT_ID=demo-facti-client-id MXPAY_FACTI_API_KEY=demo-facti-api-key MXPAY_SYNC_API_KEY=demo-sync-api-key
export MXPAY_FACTI_COMPANY_ID=1 MXPAY_FACTI_FROM_RFC=EMU190101AB1 MXPAY_SYNC_USER="$user" MXPAY_ENV=sandbox
exec "\$@"
SH
chmod +x "$work/mx"
mx() { "$work/mx" "$@"; }

# The payment requests, through the ledger (which keeps their references).
{ echo "folio,to_name,to_email,amount"; for i in $(seq 1 "$req"); do printf '%d,Cliente %d,c%d@example.mx,%d.%02d\n' "$i" "$i" "$i" $(( 100 + i % 7000 )) $(( i % 100 )); done; } >"$work/requests.csv"
mx "$work/mxpay" facti payments new --from-csv "$work/requests.csv" --no-email --concurrency 16 -o csv >/dev/null 2>"$work/new.err" || { cat "$work/new.err"; exit 1; }
seq 1 "$paid" | xargs "$work/mx" "$work/mxpay" emulator pay facti --via bank --account "$account" -o csv >/dev/null 2>"$work/pay.err" || { tail -3 "$work/pay.err"; exit 1; }

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
now() { date +%s.%N; }
: >"$work/export.s"; : >"$work/reconcile.s"; : >"$work/rss.kb"
for _ in $(seq "$runs"); do
  t0=$(now)
  mx "$work/mxpay" sync transactions list --all --account "$account" -o csv >"$work/tx.csv"
  mx "$work/mxpay" facti payments list --all -o csv >"$work/payments.csv"
  t1=$(now)
  mx /usr/bin/time -f %M -o "$work/rss" "$work/mxpay" reconcile --account "$account" -o csv >"$work/reconcile.csv" 2>"$work/reconcile.err"
  t2=$(now)
  awk -v a="$t0" -v b="$t1" 'BEGIN{print b-a}' >>"$work/export.s"
  awk -v a="$t1" -v b="$t2" 'BEGIN{print b-a}' >>"$work/reconcile.s"
  cat "$work/rss" >>"$work/rss.kb"
done
export_s=$(median <"$work/export.s")
reconcile_s=$(median <"$work/reconcile.s")
rss_mb=$(sort -n "$work/rss.kb" | tail -1 | awk '{printf "%.1f", $1/1024}')
echo "transactions: $(( $(wc -l <"$work/tx.csv") - 1 )), payment requests: $(( $(wc -l <"$work/payments.csv") - 1 ))"
tail -1 "$work/reconcile.err"
awk -v e="$export_s" -v r="$reconcile_s" -v m="$rss_mb" -v n="$runs" 'BEGIN{printf "reconcile %.2f s vs export %.2f s (medians of %d interleaved runs): ratio %.2fx (goal <= 1.2); peak RSS %s MB (goal < 100)\n", r, e, n, r/e, m}'
