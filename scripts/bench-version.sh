#!/usr/bin/env bash
# Start-up cost: median wall time of `mxpay version` and `mxpay --help`
# against a hello-world Go binary built the same way as a release
# (CGO_ENABLED=0 -trimpath -ldflags "-s -w"), as ratios, measured in one
# interleaved run. The goal is at most 3x for both.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-300}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

CGO_ENABLED=0 go build -trimpath -ldflags "-s -w" -o "$work/mxpay" ./cmd/mxpay
mkdir -p "$work/hello"
cat > "$work/hello/main.go" <<'GO'
package main

import "fmt"

func main() { fmt.Println("hello") }
GO
(cd "$work/hello" && go mod init hello >/dev/null 2>&1 && CGO_ENABLED=0 go build -trimpath -ldflags "-s -w" -o "$work/hello-bin" .)

# No config, no keyring: prove version needs neither.
export MXPAY_CONFIG="$work/none/config.yaml"
go build -o "$work/medianrun" ./scripts/medianrun
"$work/medianrun" "$runs" "$work/hello-bin" -- "$work/mxpay" version -- "$work/mxpay" --help
