#!/usr/bin/env bash
# Starts the runnable jar on a free port, runs the GraphQL-over-HTTP audit suite of graphql-http
# against it, and stops it again. Fails when a MUST audit fails. Run from anywhere.
set -euo pipefail

readonly HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
readonly ROOT="$(cd "${HERE}/../.." && pwd)"
readonly JAR="${ROOT}/mock-server/target/kraken-mock-server.jar"
readonly STARTUP_TIMEOUT_SECONDS=30

if [[ ! -f "${JAR}" ]]; then
  echo "Building ${JAR}"
  (cd "${ROOT}" && mvn -q -B -DskipTests package)
fi

server_log="$(mktemp)"
server_pid=""
stop_server() {
  if [[ -n "${server_pid}" ]] && kill -0 "${server_pid}" 2>/dev/null; then
    kill "${server_pid}"
    wait "${server_pid}" 2>/dev/null || true
  fi
  rm -f "${server_log}"
}
trap stop_server EXIT

fail() {
  echo "FAIL: $*" >&2
  echo "--- server output ---" >&2
  cat "${server_log}" >&2 || true
  exit 2
}

# Port 0 lets the system choose a free port; the start-up line tells which one it chose.
java -jar "${JAR}" --host 127.0.0.1 --port 0 >"${server_log}" 2>&1 &
server_pid=$!

graphql_url=""
deadline=$((SECONDS + STARTUP_TIMEOUT_SECONDS))
while [[ -z "${graphql_url}" ]]; do
  kill -0 "${server_pid}" 2>/dev/null || fail "the server exited during start-up"
  ((SECONDS < deadline)) || fail "no start-up line within ${STARTUP_TIMEOUT_SECONDS} s"
  graphql_url="$(sed -n 's/^kraken-mock listening on \(http[^ ]*\)$/\1/p' "${server_log}" | head -n 1)"
  [[ -n "${graphql_url}" ]] || sleep 0.5
done
echo "Auditing ${graphql_url}"

cd "${HERE}"
if [[ ! -d node_modules ]]; then
  npm ci --no-audit --no-fund
fi
node audit.mjs "${graphql_url}"
