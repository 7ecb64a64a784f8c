#!/usr/bin/env bash
# Benchmarks the mock against a bare Javalin app serving the same bytes: cold start, throughput
# and latency under wrk, and resident memory. Writes mock-server/benchmark/results.md.
# Every server binds 127.0.0.1 on a port the system chooses; every wait and every load is bounded.
#
# Durations and options (environment variables, defaults in brackets):
#   COLD_RUNS [5]            cold starts per variant; the table shows the median
#   WARMUP_SECONDS [10]      wrk warm-up before each measured run, with the same script
#   DURATION_SECONDS [20]    measured wrk run
#   CONNECTIONS [16]         wrk connections
#   THREADS [2]              wrk threads
#   FLAG_VARIANTS [1]        1: also time the mock's start with -XX:TieredStopAtLevel=1 and AppCDS
#   PROFILE [0]              1: also record JFR profiles of the mock's start and of load (b), and
#                            add their hot spots to the results
#   PROFILE_SECONDS [30]     length of the load profile
#   JAVA_OPTS []             JVM flags given to both the mock and the baseline
#   RESULTS_FILE [mock-server/benchmark/results.md]
#   WORK_DIR [a new /tmp/kraken-mock-benchmark.*]  raw outputs: logs, wrk outputs, cold starts
#   STARTUP_TIMEOUT_SECONDS [60]
#
# Quick run: COLD_RUNS=1 WARMUP_SECONDS=2 DURATION_SECONDS=3 FLAG_VARIANTS=0 \
#            RESULTS_FILE=/tmp/quick.md mock-server/benchmark/run.sh
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(cd "${BENCH_DIR}/../.." && pwd)"
cd "${REPO_DIR}"

COLD_RUNS="${COLD_RUNS:-5}"
WARMUP_SECONDS="${WARMUP_SECONDS:-10}"
DURATION_SECONDS="${DURATION_SECONDS:-20}"
CONNECTIONS="${CONNECTIONS:-16}"
THREADS="${THREADS:-2}"
FLAG_VARIANTS="${FLAG_VARIANTS:-1}"
PROFILE="${PROFILE:-0}"
PROFILE_SECONDS="${PROFILE_SECONDS:-30}"
JAVA_OPTS="${JAVA_OPTS:-}"
RESULTS_FILE="${RESULTS_FILE:-${BENCH_DIR}/results.md}"
STARTUP_TIMEOUT_SECONDS="${STARTUP_TIMEOUT_SECONDS:-60}"
WORK="${WORK_DIR:-$(mktemp -d /tmp/kraken-mock-benchmark.XXXXXX)}"

readonly JAR=mock-server/target/kraken-mock-server.jar
readonly TEST_CLASSES=mock-server/target/test-classes
readonly BASELINE_CLASS=dev.krakenmock.server.benchmark.StaticJavalinBaseline
readonly SDL=schema/src/main/resources/dev/krakenmock/schema/kraken.graphqls
readonly QUERY="${BENCH_DIR}/account-query.graphql"
readonly ACCOUNT_NUMBER=A-00000001
# wrk's script argument: the first account number of the warm-up and of the measured run (b).
readonly WARMUP_FIRST_NUMBER=268435456   # 0x10000000
readonly MEASURED_FIRST_NUMBER=536870912 # 0x20000000
readonly PROFILE_FIRST_NUMBER=805306368  # 0x30000000

read -r -a JAVA_FLAGS <<<"${JAVA_OPTS}"
SERVER_PID=""
SERVER_URL=""
BASELINE_CLASSPATH=""
LOAD_BEFORE="$(cut -d ' ' -f 1-3 /proc/loadavg)"

section() {
  printf '\n==> %s\n' "$*" >&2
}

die() {
  echo "FAIL: $*" >&2
  exit 1
}

cleanup() {
  stop_server
  rm -f "${WORK}/mock.jsa"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Logs a command, as it was run, for the results' "Commands" section.
record() {
  local line="$*"
  if [[ -n "${BASELINE_CLASSPATH}" ]]; then
    line="${line//${BASELINE_CLASSPATH}/\"\$(cat \$WORK/classpath.txt)\":${TEST_CLASSES}}"
  fi
  line="${line//${REPO_DIR}\//}"
  echo "${line//${WORK}/\$WORK}" >>"${WORK}/commands.txt"
}

# Starts a server in the background and waits for its "... listening on URL" line.
start_server() {
  local name="$1"
  shift
  local log="${WORK}/logs/${name}.log"
  record "$@"
  "$@" >"${log}" 2>&1 &
  SERVER_PID=$!
  SERVER_URL=""
  local deadline=$((SECONDS + STARTUP_TIMEOUT_SECONDS))
  while [[ -z "${SERVER_URL}" ]]; do
    kill -0 "${SERVER_PID}" 2>/dev/null || die "${name} exited during start-up; see ${log}"
    ((SECONDS < deadline)) || die "${name} printed no start-up line in ${STARTUP_TIMEOUT_SECONDS} s"
    SERVER_URL="$(sed -n 's/^.* listening on \(http[^ ]*\)$/\1/p' "${log}" | head -n 1)"
    [[ -n "${SERVER_URL}" ]] || sleep 0.2
  done
  echo "${name} (pid ${SERVER_PID}) listening on ${SERVER_URL}" >&2
}

stop_server() {
  [[ -n "${SERVER_PID}" ]] || return 0
  if kill -0 "${SERVER_PID}" 2>/dev/null; then
    kill "${SERVER_PID}" 2>/dev/null || true
    for _ in $(seq 1 100); do
      kill -0 "${SERVER_PID}" 2>/dev/null || break
      sleep 0.1
    done
    kill -9 "${SERVER_PID}" 2>/dev/null || true
  fi
  wait "${SERVER_PID}" 2>/dev/null || true
  SERVER_PID=""
}

# POSTs BODY to the running server; fails unless the answer is 200 with data and no errors.
check_answer() {
  local body="$1" out="$2"
  local status
  status="$(curl -sS --max-time 30 -o "${out}" -w '%{http_code}' \
    -H 'Content-Type: application/json' --data-binary "@${body}" "${SERVER_URL}")"
  [[ "${status}" == 200 ]] || die "HTTP ${status} for ${body}: $(head -c 500 "${out}")"
  python3 -c '
import json, sys
document = json.load(open(sys.argv[1]))
sys.exit(0 if document.get("data") and "errors" not in document else "errors: " + str(document)[:500])
' "${out}" || die "the answer to ${body} is not plain data"
}

# One warm-up and one measured wrk run against the running server.
load() {
  local name="$1" script="$2"
  shift 2
  local warmup=(wrk "-t${THREADS}" "-c${CONNECTIONS}" "-d${WARMUP_SECONDS}s" -s "${script}"
    "${SERVER_URL}")
  local measured=(wrk "-t${THREADS}" "-c${CONNECTIONS}" "-d${DURATION_SECONDS}s" --latency
    -s "${script}" "${SERVER_URL}")
  if [[ $# -gt 0 ]]; then
    warmup+=(-- "${WARMUP_FIRST_NUMBER}")
    measured+=(-- "$1")
  fi
  echo "${name}: ${WARMUP_SECONDS} s warm-up, ${DURATION_SECONDS} s measured" >&2
  record "${warmup[@]}"
  timeout $((WARMUP_SECONDS + 30)) "${warmup[@]}" >"${WORK}/logs/${name}.warmup.txt"
  record "${measured[@]}"
  timeout $((DURATION_SECONDS + 30)) "${measured[@]}" >"${WORK}/wrk/${name}.txt"
  grep -E 'Requests/sec|Non-2xx|Socket errors|^ +(50|99)%' "${WORK}/wrk/${name}.txt" >&2 || true
}

cold_start() {
  local variant="$1"
  shift
  timeout $((STARTUP_TIMEOUT_SECONDS + 60)) python3 "${BENCH_DIR}/cold_start.py" \
    --body "${WORK}/same-request.json" --timeout "${STARTUP_TIMEOUT_SECONDS}" \
    --log "${WORK}/logs/cold-${variant}.log" -- "$@" >>"${WORK}/cold/${variant}.jsonl" ||
    die "cold start of ${variant} failed: $(tail -n 1 "${WORK}/cold/${variant}.jsonl")"
  echo "cold start ${variant}: $(tail -n 1 "${WORK}/cold/${variant}.jsonl")" >&2
}

section "Tools"
command -v java >/dev/null || die "java is missing"
command -v mvn >/dev/null || die "mvn is missing"
command -v python3 >/dev/null || die "python3 is missing"
command -v curl >/dev/null || die "curl is missing"
if ! command -v wrk >/dev/null; then
  echo "installing wrk" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk) >&2 ||
    die "could not install wrk"
fi
mkdir -p "${WORK}/logs" "${WORK}/wrk" "${WORK}/cold"
: >"${WORK}/commands.txt"
echo "raw outputs in ${WORK}" >&2

section "Build"
if [[ ! -f "${JAR}" || ! -f "${TEST_CLASSES}/${BASELINE_CLASS//.//}.class" ]]; then
  record mvn -q -B -DskipTests package
  mvn -q -B -DskipTests package
fi
record mvn -q -pl mock-server dependency:build-classpath -Dmdep.outputFile="${WORK}/classpath.txt"
mvn -q -B -pl mock-server dependency:build-classpath -Dmdep.outputFile="${WORK}/classpath.txt" \
  >"${WORK}/logs/classpath.log" 2>&1 || die "no test classpath; see ${WORK}/logs/classpath.log"
BASELINE_CLASSPATH="$(cat "${WORK}/classpath.txt"):${TEST_CLASSES}"

section "Query"
record python3 "${BENCH_DIR}/make_query.py" "${SDL}" ">" "${QUERY}"
python3 "${BENCH_DIR}/make_query.py" "${SDL}" >"${WORK}/account-query.graphql"
if ! cmp -s "${WORK}/account-query.graphql" "${QUERY}"; then
  echo "the SDL changed: rewriting ${QUERY}" >&2
  cp "${WORK}/account-query.graphql" "${QUERY}"
fi
python3 "${BENCH_DIR}/request_bodies.py" "${QUERY}" "${ACCOUNT_NUMBER}" "${WORK}"
export BENCH_BODY_FILE="${WORK}/same-request.json"
export BENCH_TEMPLATE_FILE="${WORK}/different-requests.template.json"

MOCK_ARGS=(-jar "${JAR}" --host 127.0.0.1 --port 0)
MOCK=(java "${JAVA_FLAGS[@]}" "${MOCK_ARGS[@]}")
BASELINE=(java "${JAVA_FLAGS[@]}" -cp "${BASELINE_CLASSPATH}" "${BASELINE_CLASS}" 0
  "${WORK}/answer.json")

section "The mock's answer, captured once for the baseline"
start_server mock-capture "${MOCK[@]}"
check_answer "${WORK}/same-request.json" "${WORK}/answer.json"
sed "s/__ACCOUNT_NUMBER__/A-0000BEEF/" "${BENCH_TEMPLATE_FILE}" >"${WORK}/other-request.json"
check_answer "${WORK}/other-request.json" "${WORK}/other-answer.json"
stop_server
echo "answer: $(wc -c <"${WORK}/answer.json") bytes" >&2

VARIANTS=(baseline mock)
if [[ "${FLAG_VARIANTS}" == 1 ]]; then
  section "AppCDS archive of the mock (training run)"
  TRAINING=(java "${JAVA_FLAGS[@]}" "-XX:ArchiveClassesAtExit=${WORK}/mock.jsa" "${MOCK_ARGS[@]}")
  record "${TRAINING[@]}"
  cold_start training "${TRAINING[@]}"
  [[ -f "${WORK}/mock.jsa" ]] || die "no archive written; see ${WORK}/logs/cold-training.log"
  VARIANTS+=(mock-c1 mock-appcds mock-appcds-c1)
fi

variant_command() {
  case "$1" in
    baseline) COMMAND=("${BASELINE[@]}") ;;
    mock) COMMAND=("${MOCK[@]}") ;;
    mock-c1) COMMAND=(java "${JAVA_FLAGS[@]}" -XX:TieredStopAtLevel=1 "${MOCK_ARGS[@]}") ;;
    mock-appcds)
      COMMAND=(java "${JAVA_FLAGS[@]}" "-XX:SharedArchiveFile=${WORK}/mock.jsa" "${MOCK_ARGS[@]}")
      ;;
    mock-appcds-c1)
      COMMAND=(java "${JAVA_FLAGS[@]}" "-XX:SharedArchiveFile=${WORK}/mock.jsa"
        -XX:TieredStopAtLevel=1 "${MOCK_ARGS[@]}")
      ;;
  esac
}

section "Cold starts: ${COLD_RUNS} runs of ${VARIANTS[*]}"
for variant in "${VARIANTS[@]}"; do
  variant_command "${variant}"
  record "${COMMAND[@]}"
done
# Interleaved, so that a slow moment of the machine falls on every variant alike.
for run in $(seq 1 "${COLD_RUNS}"); do
  for variant in "${VARIANTS[@]}"; do
    variant_command "${variant}"
    cold_start "${variant}" "${COMMAND[@]}"
  done
done

section "Load: baseline"
start_server baseline "${BASELINE[@]}"
check_answer "${WORK}/same-request.json" "${WORK}/baseline-answer.json"
load baseline "${BENCH_DIR}/same-request.lua"
stop_server

section "Load: mock"
start_server mock "${MOCK[@]}"
check_answer "${WORK}/same-request.json" "${WORK}/mock-answer.json"
load mock-same "${BENCH_DIR}/same-request.lua"
load mock-different "${BENCH_DIR}/different-requests.lua" "${MEASURED_FIRST_NUMBER}"
record ps -o rss= -p "<mock pid>"
ps -o rss= -p "${SERVER_PID}" | tr -d ' ' >"${WORK}/rss-kb.txt"
echo "RSS: $(cat "${WORK}/rss-kb.txt") kB" >&2
stop_server

if [[ "${PROFILE}" == 1 ]]; then
  section "Profiles (JFR)"
  STARTUP_JFR=(java "${JAVA_FLAGS[@]}"
    "-XX:StartFlightRecording=filename=${WORK}/startup.jfr,settings=profile" "${MOCK_ARGS[@]}")
  record "${STARTUP_JFR[@]}"
  cold_start startup-profile "${STARTUP_JFR[@]}"
  start_server mock-profile "${MOCK[@]}"
  record jcmd "<mock pid>" JFR.start name=load settings=profile
  jcmd "${SERVER_PID}" JFR.start name=load settings=profile >/dev/null
  load_args=(wrk "-t${THREADS}" "-c${CONNECTIONS}" "-d${PROFILE_SECONDS}s" -s
    "${BENCH_DIR}/different-requests.lua" "${SERVER_URL}" -- "${PROFILE_FIRST_NUMBER}")
  record "${load_args[@]}"
  timeout $((PROFILE_SECONDS + 30)) "${load_args[@]}" >"${WORK}/logs/profile-load.txt"
  record jcmd "<mock pid>" JFR.dump name=load filename="${WORK}/load.jfr"
  jcmd "${SERVER_PID}" JFR.dump name=load "filename=${WORK}/load.jfr" >/dev/null
  stop_server
  for recording in startup load; do
    record python3 "${BENCH_DIR}/jfr_top.py" "${WORK}/${recording}.jfr"
    python3 "${BENCH_DIR}/jfr_top.py" "${WORK}/${recording}.jfr" >"${WORK}/profile-${recording}.md"
  done
fi

section "Results"
{
  echo "date=$(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(
    git diff --quiet HEAD -- mock-server/src/main schema/src/main 2>/dev/null || echo ' (with uncommitted changes)')"
  echo "nproc=$(nproc)"
  echo "memory=$(free -g | awk '/^Mem:/ {print $2 " GiB"}')"
  echo "load_before=${LOAD_BEFORE}"
  echo "java=$(java -version 2>&1 | head -n 1)"
  echo "wrk=$(wrk -v 2>&1 | head -n 1 | cut -d ' ' -f 1-2)"
  echo "query_fields=$(grep -c '^    ' "${QUERY}")"
  echo "answer_bytes=$(wc -c <"${WORK}/answer.json")"
  echo "cold_runs=${COLD_RUNS}"
  echo "warmup=${WARMUP_SECONDS}"
  echo "duration=${DURATION_SECONDS}"
  echo "connections=${CONNECTIONS}"
  echo "threads=${THREADS}"
} >"${WORK}/meta.txt"
python3 "${BENCH_DIR}/report.py" "${WORK}" >"${WORK}/results.md" || {
  cat "${WORK}/results.md"
  die "some measurement is missing"
}
for recording in startup load; do
  if [[ -f "${WORK}/profile-${recording}.md" ]]; then
    cat "${WORK}/profile-${recording}.md" >>"${WORK}/results.md"
  fi
done
cp "${WORK}/results.md" "${RESULTS_FILE}"
cat "${RESULTS_FILE}"
echo >&2
echo "written to ${RESULTS_FILE}; raw outputs in ${WORK}" >&2
