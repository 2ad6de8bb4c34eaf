#!/usr/bin/env bash
# Wait until HOST:PORT accepts TCP connections.
# usage: wait-for-bolt.sh [HOST] [PORT] [TIMEOUT_SECONDS]   (defaults 127.0.0.1 7687 60)
set -euo pipefail

host="${1:-127.0.0.1}"
port="${2:-7687}"
timeout="${3:-60}"

deadline=$(( SECONDS + timeout ))
while true; do
  # Subshell so the descriptor is closed again straight away; `timeout` guards against a connect
  # that hangs (e.g. a filtered address) outliving the deadline.
  if timeout 2 bash -c 'exec 3<>"/dev/tcp/$0/$1"' "$host" "$port" 2>/dev/null; then
    echo "wait-for-bolt: $host:$port is accepting connections"
    exit 0
  fi
  if (( SECONDS >= deadline )); then
    echo "wait-for-bolt: timed out after ${timeout}s waiting for $host:$port" >&2
    exit 1
  fi
  sleep 0.25
done
