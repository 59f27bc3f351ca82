#!/usr/bin/env bash
# The main job on the embedded emulator: real mxpay commands, no credentials,
# no network. State and config live in a temporary directory removed at exit.
# It grows as each provider's commands land.
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
trap 'rm -rf "$work"; [ -n "${serve_pid:-}" ] && kill "$serve_pid" 2>/dev/null || true' EXIT
# Built as `make build` builds it, so `mxpay version` shows the version,
# commit and date stamped in.
make --no-print-directory -s build BIN="$work/mxpay"

export MXPAY_CONFIG="$work/config.yaml"
export MXPAY_EMULATOR_DB="$work/emulator.db"
export MXPAY_PROFILE=demo
unset MXPAY_FACTI_CLIENT_ID MXPAY_FACTI_API_KEY MXPAY_FACTI_IPN_PASSWORD \
      MXPAY_PAGOFACIL_SUCURSAL MXPAY_PAGOFACIL_USUARIO MXPAY_SYNC_API_KEY
mxpay() { "$work/mxpay" "$@"; }
step() { printf '\n\033[1m$ mxpay %s\033[0m\n' "$*"; mxpay "$@"; }

step version
step config set env emulator
step config list
step auth status
step auth status sync -o json

# Facti: payment requests to customers. The emulator's demo company (id 1,
# STP and bank payment ways) is the default company under --env emulator.
step facti payment-ways
step facti payments new --folio 1001 --to-name "Cliente SA" --to-email pagos@cliente.mx --amount 1500.005 --due 2030-06-30
step facti payments new --to-name "Cliente SA" --to-email pagos@cliente.mx --amount 600 \
  --group A:1:100 --group A:2:200 --group :3:300 --no-email -o json --jq '{request_id, total_amount}'
step facti payments pay 1 --yes
step facti payments delete 1 --yes || echo "exit $? (a paid request cannot be deleted)"
step facti payments list -o csv --fields id,folio,total_amount,status
cat >"$work/rows.csv" <<'CSV'
folio,to_name,to_email,amount
2001,Ferretería Lupita,lupita@example.mx,250.00
2002,Abarrotes Don Chuy,chuy@example.mx,99.90
2003,Taller Mecánico Ortiz,ortiz@example.mx,1200
CSV
step facti payments new --from-csv "$work/rows.csv" --no-email -o csv
printf '\n# The same file again: the journal skips rows already created.\n'
step facti payments new --from-csv "$work/rows.csv" --no-email -o csv
printf '\n# The reply to the next request is lost after the emulator created it: mxpay searches instead of resending.\n'
MXPAY_EMULATOR_FAULTS=facti:POST:/v1/payments/new_request:timeout-after-write:1 \
  step facti payments new --folio 77 --to-name "Cliente SA" --to-email pagos@cliente.mx --amount 10 --no-email --timeout 2s
step facti payments list --status pending --jq 'length'

# PagoFácil: card charges. The card comes from a file or stdin, never a flag;
# the emulator approves order ids ending -approve and declines -decline.
cat >"$work/jon.yaml" <<'YAML'
name: Jon
last_name: Snow
email: jon@example.com
phone: "5575187500"
mobile: "5530996234"
street: Valle del Don 45
colonia: Del Valle
municipio: Tecamac
state: Sonora
country: México
zip: "48219"
YAML
card=$'number=4111111111111111\ncvv=123\nexp_month=12\nexp_year=30'
echo "$card" | step pagofacil charge --yes --card-file - --amount 1599.00 --customer-file "$work/jon.yaml" --order-id ORD-1001-approve
echo "$card" | step pagofacil charge --yes --card-file - --amount 250 --customer-file "$work/jon.yaml" --order-id ORD-1002-decline || echo "exit $? (declined)"
echo "$card" | step pagofacil charge --yes --card-file - --amount 1599.00 --customer-file "$work/jon.yaml" --order-id ORD-1001-approve || echo "exit $? (already approved: refused)"
printf '\n# The reply to the next charge is lost after the emulator applied it: mxpay verifies instead of retrying.\n'
# (A generated order id: the emulator approves or declines it by a hash, so either outcome can show.)
echo "$card" | MXPAY_EMULATOR_FAULTS=pagofacil:POST:/Wsrtransaccion:timeout-after-write:1 step pagofacil charge --yes --card-file - --amount 99.90 --customer-file "$work/jon.yaml" --timeout 2s \
  || echo "exit $? (5: declined, as verificar reported)"
step pagofacil verify ORD-1001-approve -o json --jq '{autorizado, transaccion, monto: .dataVal.monto}'

# Paybook Sync: a user, a bank credential (the sandbox "Normal" site), and a
# two-factor one answered from a script.
user=$(mxpay sync users create --name "El Santo" --external-id ELSAN090909 -o json --jq .id_user)
export MXPAY_SYNC_USER="$user"
step sync users list
step sync sites list --name token
step sync credentials create --site 56cf5728784806f72b8b4568 --set username=test --set password=test
job=$(mxpay sync credentials create --site 56cf5728784806f72b8b4569 --set username=test --set password=test --no-wait -o json --jq .id_job)
printf '\n$ echo 123456 | mxpay sync twofa %s --stdin\n' "$job"
echo 123456 | mxpay sync twofa "$job" --stdin
step sync credentials list
step sync credentials create --site 56cf5728784806f72b8b4568 --set username=test --set password=wrong || echo "exit $? (the bank rejected the password)"
step sync accounts list
step sync transactions list --limit 5
step sync transactions count
printf '\n# The SAT: CFDI attachments, downloaded without overwriting.\n'
step sync credentials create --site 5da784f1f9de2a06483abec1 --set rfc=ACM010101ABC --set password=test
step sync attachments list --limit 3
step sync attachments get --all --dir "$work/cfdi" --concurrency 4 -o csv
ls "$work/cfdi" | sed -n 1,3p   # sed reads it all: no early close under pipefail
printf '\n# Piped into head: mxpay stops when head has its lines, quietly, and exits 0 (set -o pipefail holds).\n'
step sync transactions list --all -o csv --fields id_transaction,amount,description | head -6
printf '\n# --totals: exact per-currency sums; piped, on stderr, so stdout stays tab-separated rows.\n'
step sync transactions list --limit 5 --totals --fields id_transaction,amount,currency
step api sync GET /accounts --user "$user" --jq '.response | length'

# ===== The operator's loop (issue 14) ======================================
# An invoice the company issued (the SAT, through Sync) becomes a Facti payment
# request; the customer pays it at the bank; the deposit shows in the company's
# bank account (Sync); `reconcile --mark-paid` marks the request paid, and
# Facti's IPN arrives at `facti ipn listen`. Every request is in the ledger.
printf '\n# The operator'"'"'s loop: invoices, payment requests, the bank, reconciliation.\n'
loop_user=$(mxpay sync users create --name "Empresa Demo del Emulador" --external-id EMU190101AB1 -o json --jq .id_user)
export MXPAY_SYNC_USER="$loop_user"
step sync credentials create --site 5da784f1f9de2a06483abec1 --set rfc=EMU190101AB1 --set password=test
step sync credentials create --site 56cf5728784806f72b8b4568 --set username=test --set password=test
step sync attachments list --keywords emitidas -o csv --fields id_attachment,file,keywords
# A CFDI has no e-mail: map receiver RFCs to e-mails. One customer has none.
cat >"$work/emails.csv" <<'CSV'
rfc,email
FLU940315KT2,pagos@ferreterialupita.example.mx
ADC050620RM8,cxp@donchuy.example.mx
TMO110812PL4,ortiz@example.mx
CSV
step facti payments new --from-sync-invoices --since 2000-01-01 --emails "$work/emails.csv" --no-email \
  -o csv --fields to_rfc,serie,folio,request_id,total_amount,status
printf '\n# Again: every invoice already has its request, nothing is sent twice.\n'
step facti payments new --from-sync-invoices --since 2000-01-01 --emails "$work/emails.csv" --no-email -o csv --fields folio,request_id,status
req=$(mxpay ledger list --operation new_request --status created --oldest-first -o json --jq 'map(select(.serie == "F")) | .[0].provider_id')
printf '\n# Facti IPNs go to a listener (in the background, stopped by its PID below).\n'
ipn_port=$(( 20000 + RANDOM % 20000 ))
timeout 120 "$work/mxpay" facti ipn listen --addr "127.0.0.1:$ipn_port" --log "$work/ipn.jsonl" >"$work/ipn.out" 2>"$work/ipn.err" &
ipn_pid=$!
for _ in $(seq 100); do grep -q '^Listening' "$work/ipn.err" 2>/dev/null && break; sleep 0.1; done
cat "$work/ipn.err"
printf '\n# The customer of request %s pays at the bank, with its reference.\n' "$req"
step emulator pay facti "$req" --via bank
step facti payments get "$req" --fields id,folio,total_amount,status
step reconcile --since 2000-01-01
step reconcile --since 2000-01-01 --mark-paid --yes -o csv --fields result,rule,action,request_ids,amount,reference
for _ in $(seq 50); do [ -s "$work/ipn.out" ] && break; sleep 0.1; done
printf '\n# The IPN Facti sent for it, as facti ipn listen printed it:\n'
cat "$work/ipn.out"
kill -INT "$ipn_pid" 2>/dev/null || true; wait "$ipn_pid" 2>/dev/null || true; ipn_pid=
printf '\n# A second reconciliation marks nothing twice; the ledger holds every request sent.\n'
step reconcile --since 2000-01-01 --mark-paid --yes -o csv --fields result,action,request_ids
step ledger list --since today --totals
step pagofacil charges list --since today
# ===== end of the operator's loop =========================================

# The emulator over HTTP, for other programs.
printf '\n\033[1m$ mxpay emulator serve --addr 127.0.0.1:0\033[0m\n'
"$work/mxpay" emulator serve --addr 127.0.0.1:0 >"$work/serve.out" 2>"$work/serve.err" &
serve_pid=$!
# Wait (generously: the machine may be busy) until it prints its URLs.
for _ in $(seq 300); do
  grep -q '^sync ' "$work/serve.out" 2>/dev/null && break
  kill -0 "$serve_pid" 2>/dev/null || { cat "$work/serve.err" >&2; echo "emulator serve exited" >&2; exit 1; }
  sleep 0.1
done
grep -q '^sync ' "$work/serve.out" || { echo "emulator serve did not start in 30s" >&2; exit 1; }
cat "$work/serve.out"
sync_url=$(awk '$1=="sync"{print $2}' "$work/serve.out")
printf '\n$ curl -i %s/v1/users   (no API key: the Sync error envelope, 401)\n' "$sync_url"
if command -v curl >/dev/null; then
  curl -sS -i --max-time 10 "$sync_url/v1/users" | grep -v '^Date:'; echo
fi
kill -TERM "$serve_pid"; wait "$serve_pid" || true; serve_pid=

step emulator reset
printf '\nDemo finished.\n'
