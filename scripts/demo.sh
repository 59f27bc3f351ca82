#!/usr/bin/env bash
# The main job on the embedded emulator: real mxpay commands, no credentials,
# no network. State and config live in a temporary directory removed at exit.
# It grows as each provider's commands land.
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
trap 'rm -rf "$work"; [ -n "${serve_pid:-}" ] && kill "$serve_pid" 2>/dev/null || true' EXIT
go build -o "$work/mxpay" ./cmd/mxpay

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
echo "$card" | MXPAY_EMULATOR_FAULTS=pagofacil:POST:/Wsrtransaccion:timeout-after-write:1 step pagofacil charge --yes --card-file - --amount 99.90 --customer-file "$work/jon.yaml" --timeout 2s
step pagofacil verify ORD-1001-approve -o json --jq '{autorizado, transaccion, monto: .dataVal.monto}'

# The emulator over HTTP, for other programs.
printf '\n\033[1m$ mxpay emulator serve --addr 127.0.0.1:0\033[0m\n'
"$work/mxpay" emulator serve --addr 127.0.0.1:0 >"$work/serve.out" 2>/dev/null &
serve_pid=$!
for _ in $(seq 50); do grep -q '^sync' "$work/serve.out" 2>/dev/null && break; sleep 0.1; done
cat "$work/serve.out"
sync_url=$(awk '$1=="sync"{print $2}' "$work/serve.out")
printf '\n$ curl %s/users   (no API key: the Sync error envelope)\n' "$sync_url"
if command -v curl >/dev/null; then curl -s "$sync_url/users"; echo; fi
kill -TERM "$serve_pid"; wait "$serve_pid" || true; serve_pid=

step emulator reset
printf '\nDemo finished.\n'
