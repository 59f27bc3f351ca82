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
