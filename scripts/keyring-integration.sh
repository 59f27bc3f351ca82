#!/usr/bin/env bash
# Runs the real-keyring integration test against a throw-away Secret Service:
# a private D-Bus session (dbus-run-session) and gnome-keyring-daemon with a
# temporary HOME, unlocked with an empty password. The user's own keyring is
# never touched. .ci/run installs dbus, gnome-keyring and libsecret-tools.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${MXPAY_KEYRING_SESSION:-}" ]; then
  for tool in dbus-run-session gnome-keyring-daemon secret-tool; do
    command -v "$tool" >/dev/null || { echo "keyring-integration: $tool is not installed" >&2; exit 1; }
  done
  export MXPAY_KEYRING_SESSION=1
  exec dbus-run-session -- "$0" "$@"
fi

# Keep Go's caches where they are before HOME moves.
export GOPATH="$(go env GOPATH)" GOMODCACHE="$(go env GOMODCACHE)" GOCACHE="$(go env GOCACHE)"
home=$(mktemp -d)
trap 'pkill -u "$(id -u)" -f "gnome-keyring-daemon" 2>/dev/null || true; rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
# Unlocking with a password creates the login keyring and makes it the default
# collection (an empty password leaves no default collection to store in).
eval "$(printf 'mxpay-ci' | gnome-keyring-daemon --unlock --components=secrets)"
pid=$(pgrep -n -u "$(id -u)" gnome-keyring-d || true)
[ -n "$pid" ] || { echo "keyring-integration: gnome-keyring-daemon did not start" >&2; exit 1; }

MXPAY_KEYRING_TEST=1 MXPAY_KEYRING_TEST_DAEMON_PID="$pid" \
  go test -count=1 -run 'TestRealKeyring' -v ./internal/cmd/root
