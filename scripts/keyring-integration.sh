#!/usr/bin/env bash
# Runs the real-keyring integration test against a throw-away Secret Service:
# a private D-Bus session (dbus-run-session) and a gnome-keyring-daemon of
# its own, with HOME and every XDG directory in a temporary directory, set
# before the session starts, so nothing under the real home is read or
# written and the user's own keyring is never touched. The script stops only
# what it started, by PID. .ci/run installs dbus, gnome-keyring and
# libsecret-tools.
#
# The session bus has no service directories: nothing is started on demand
# (D-Bus activation), so once the test stops the daemon there really is no
# Secret Service, and the fallback to the 0600 file is what runs — not a
# fresh, locked daemon started behind the test's back.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${MXPAY_KEYRING_SESSION:-}" ]; then
  for tool in dbus-run-session dbus-send gnome-keyring-daemon secret-tool; do
    command -v "$tool" >/dev/null || { echo "keyring-integration: $tool is not installed" >&2; exit 1; }
  done
  # Go's caches stay where they are; everything else moves to the temp home.
  GOPATH="$(go env GOPATH)" GOMODCACHE="$(go env GOMODCACHE)" GOCACHE="$(go env GOCACHE)"
  export GOPATH GOMODCACHE GOCACHE
  home=$(mktemp -d)
  trap 'rm -rf "$home"' EXIT
  export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" \
    XDG_CACHE_HOME="$home/.cache" XDG_STATE_HOME="$home/.local/state" XDG_RUNTIME_DIR="$home/run"
  unset XDG_DATA_DIRS XDG_CONFIG_DIRS
  mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
  chmod 700 "$XDG_RUNTIME_DIR"
  cat >"$home/session.conf" <<EOF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=$XDG_RUNTIME_DIR</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
EOF
  status=0
  MXPAY_KEYRING_SESSION=1 dbus-run-session --config-file="$home/session.conf" -- "$0" "$@" || status=$?
  exit "$status"
fi

# Inside the private session. Unlocking with a password creates the login
# keyring and makes it the default collection (an empty password leaves no
# default collection to store in). --foreground keeps the daemon our child,
# so its PID is $! and only it is stopped.
daemon_pid=
stop_daemon() {
  if [ -n "$daemon_pid" ] && kill -0 "$daemon_pid" 2>/dev/null; then
    kill "$daemon_pid" 2>/dev/null || true
    wait "$daemon_pid" 2>/dev/null || true
  fi
}
trap stop_daemon EXIT
printf 'mxpay-ci' | gnome-keyring-daemon --foreground --unlock --components=secrets >"$HOME/daemon.log" 2>&1 &
daemon_pid=$!

# Ready once it owns org.freedesktop.secrets on this bus (polled, generous).
has_secret_service() {
  dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'
}
for _ in $(seq 300); do
  has_secret_service && break
  kill -0 "$daemon_pid" 2>/dev/null || { cat "$HOME/daemon.log" >&2; echo "keyring-integration: gnome-keyring-daemon exited" >&2; exit 1; }
  sleep 0.1
done
has_secret_service || { echo "keyring-integration: no Secret Service after 30s" >&2; exit 1; }

MXPAY_KEYRING_TEST=1 MXPAY_KEYRING_TEST_DAEMON_PID="$daemon_pid" \
  go test -count=1 -run 'TestRealKeyring' -v ./internal/cmd/root
