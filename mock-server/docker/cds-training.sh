#!/bin/sh
# Writes a class-data sharing (AppCDS) archive for the mock server's jar: starts the jar once with
# -XX:ArchiveClassesAtExit, logs in and answers a query, then stops it; at exit the JVM writes the
# classes it loaded. A server started with -XX:SharedArchiveFile=ARCHIVE and the same jar and JDK
# then starts about a quarter faster. Used by the Dockerfile and by .ci/run.
#
# Usage: cds-training.sh JAR ARCHIVE
set -eu

jar="$1"
archive="$2"
log="$(mktemp)"

java -XX:ArchiveClassesAtExit="${archive}" -jar "${jar}" --host 127.0.0.1 --port 0 >"${log}" 2>&1 &
pid=$!

fail() {
  echo "cds-training: $*" >&2
  cat "${log}" >&2
  kill "${pid}" 2>/dev/null || true
  exit 1
}

url=""
tries=0
while [ -z "${url}" ]; do
  tries=$((tries + 1))
  [ "${tries}" -le 600 ] || fail "no start-up line within 60 s"
  kill -0 "${pid}" 2>/dev/null || fail "the server exited during start-up"
  url="$(sed -n 's/^kraken-mock listening on \(http[^ ]*\)$/\1/p' "${log}" | head -n 1)"
  [ -n "${url}" ] || sleep 0.1
done

post() {
  curl -fsS --max-time 30 -H 'Content-Type: application/json' "$@" "${url}"
}

login='{"query":"mutation { obtainKrakenToken(input: {email: \"giulia.rossi@example.com\", password: \"demo\"}) { token } }"}'
token="$(post --data "${login}" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')"
[ -n "${token}" ] || fail "the login was not answered with a token"
query='{"query":"{ viewer { email accounts { number } } account(accountNumber: \"A-DE000001\") { number balance } }"}'
post -H "Authorization: JWT ${token}" --data "${query}" >/dev/null || fail "the query was not answered"

kill -TERM "${pid}"
wait "${pid}" || true
rm -f "${log}"
[ -s "${archive}" ] || { echo "cds-training: no archive written at ${archive}" >&2; exit 1; }
echo "cds-training: wrote ${archive}"
