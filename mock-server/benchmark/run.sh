#!/usr/bin/env bash
# Benchmarks the mock against a bare Javalin app serving the same bytes: cold start, throughput
# and latency under wrk, and resident memory. Writes mock-server/benchmark/results.md.
# Every server binds 127.0.0.1 on a port the system chooses; every wait and every load is bounded.
#
# Durations and options (environment variables, defaults in brackets):
#   COLD_RUNS [5]            cold starts per variant; the table shows the median
#   WARMUP_SECONDS [10]      wrk warm-up before each measured run, with the same script
#   DURATION_SECONDS [20]    measured wrk run
#   STEADY_WARMUP_SECONDS [60]  after run (b), this much more of load (b), then run (b) again:
#                            the JIT takes about a minute to settle under (b); 0 skips it
#   CONNECTIONS [16]         wrk connections
#   THREADS [2]              wrk threads
#   FLAG_VARIANTS [1]        1: also time the mock's start with -XX:TieredStopAtLevel=1 and with an
#                            AppCDS archive (as the Docker image starts it)
#   PROFILE [0]              1: also record JFR profiles of the mock's start and of load (b), and
#                            add their hot spots to the results
#   PROFILE_SECONDS [30]     length of the load profile
#   JAVA_OPTS []             JVM flags given to both the mock and the baseline
#   MOCK_FLAGS []            flags of the mock itself (the query's 18 connections, asked without
#                            first/last, cost one page each: 20 points, under Kraken's 200)
#   QUIET_WAIT_SECONDS [180] before each part, wait up to this long for the machine to be quiet
#                            (CPUs under QUIET_BUSY_PERCENT [10] busy over 2 s); other work on the
#                            machine is measured during every run and shown in the results
#   MAX_OTHER_PERCENT [10]   (whole percent) a run in which other processes used more of the CPU
#   RETRIES [3]              than this is done again, up to RETRIES times; the least disturbed
#                            is kept
#   IDLE_SECONDS [10]        after the load, how long the server idles before its RSS is read again
#   RESULTS_FILE [mock-server/benchmark/results.md]
#   WORK_DIR [a new /tmp/kraken-mock-benchmark.*]  raw outputs: logs, wrk outputs, cold starts
#   STARTUP_TIMEOUT_SECONDS [60]
#
# Quick run: COLD_RUNS=1 WARMUP_SECONDS=2 DURATION_SECONDS=3 STEADY_WARMUP_SECONDS=0 \
#            FLAG_VARIANTS=0 RESULTS_FILE=/tmp/quick.md mock-server/benchmark/run.sh
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(cd "${BENCH_DIR}/../.." && pwd)"
cd "${REPO_DIR}"

COLD_RUNS="${COLD_RUNS:-5}"
WARMUP_SECONDS="${WARMUP_SECONDS:-10}"
DURATION_SECONDS="${DURATION_SECONDS:-20}"
STEADY_WARMUP_SECONDS="${STEADY_WARMUP_SECONDS:-60}"
CONNECTIONS="${CONNECTIONS:-16}"
THREADS="${THREADS:-2}"
FLAG_VARIANTS="${FLAG_VARIANTS:-1}"
PROFILE="${PROFILE:-0}"
PROFILE_SECONDS="${PROFILE_SECONDS:-30}"
JAVA_OPTS="${JAVA_OPTS:-}"
MOCK_FLAGS="${MOCK_FLAGS-}"
RESULTS_FILE="${RESULTS_FILE:-${BENCH_DIR}/results.md}"
STARTUP_TIMEOUT_SECONDS="${STARTUP_TIMEOUT_SECONDS:-60}"
QUIET_WAIT_SECONDS="${QUIET_WAIT_SECONDS:-180}"
QUIET_BUSY_PERCENT="${QUIET_BUSY_PERCENT:-10}"
MAX_OTHER_PERCENT="${MAX_OTHER_PERCENT:-10}"
RETRIES="${RETRIES:-3}"
IDLE_SECONDS="${IDLE_SECONDS:-10}"
WORK="${WORK_DIR:-$(mktemp -d /tmp/kraken-mock-benchmark.XXXXXX)}"
# The servers run in an empty folder, as in a container or a user's project: from the repository
# root the mock would load the example scenarios in ./scenarios.
SERVER_DIR="${WORK}/servers"

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
readonly STEADY_WARMUP_FIRST_NUMBER=1073741824  # 0x40000000
readonly STEADY_FIRST_NUMBER=1342177280  # 0x50000000

read -r -a JAVA_FLAGS <<<"${JAVA_OPTS}"
read -r -a MOCK_OPTIONS <<<"${MOCK_FLAGS}"
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
  if [[ -n "${SERVER_URL}" ]]; then
    line="${line//${SERVER_URL}/\$URL}"
  fi
  echo "${line//${WORK}/\$WORK}" >>"${WORK}/commands.txt"
}

# Starts a server in the background and waits for its "... listening on URL" line.
start_server() {
  local name="$1"
  shift
  local log="${WORK}/logs/${name}.log"
  record "$@"
  (cd "${SERVER_DIR}" && exec "$@") >"${log}" 2>&1 &
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
  local status headers=(-H 'Content-Type: application/json')
  [[ -z "${BENCH_AUTHORIZATION:-}" ]] || headers+=(-H "Authorization: ${BENCH_AUTHORIZATION}")
  status="$(curl -sS --max-time 30 -o "${out}" -w '%{http_code}' "${headers[@]}" \
    --data-binary "@${body}" "${SERVER_URL}")"
  [[ "${status}" == 200 ]] || die "HTTP ${status} for ${body}: $(head -c 500 "${out}")"
  python3 -c '
import json, sys
document = json.load(open(sys.argv[1]))
if not document.get("data") or "errors" in document:
    sys.exit("errors: " + str(document)[:500])
' "${out}" || die "the answer to ${body} is not plain data"
}

wait_quiet() {
  python3 "${BENCH_DIR}/cpu_meter.py" wait-quiet --max-seconds "${QUIET_WAIT_SECONDS}" \
    --busy-below "${QUIET_BUSY_PERCENT}"
}

# One warm-up and one measured wrk run against the running server, into ${ATTEMPT}.
load() {
  local name="$1" script="$2" first="${3:-}" warmup_first="${4:-${WARMUP_FIRST_NUMBER}}"
  local warmup=(wrk "-t${THREADS}" "-c${CONNECTIONS}" "-d${WARMUP_SECONDS}s" -s "${script}"
    "${SERVER_URL}")
  local measured=(wrk "-t${THREADS}" "-c${CONNECTIONS}" "-d${DURATION_SECONDS}s" --latency
    -s "${script}" "${SERVER_URL}")
  if [[ -n "${first}" ]]; then
    warmup+=(-- "${warmup_first}")
    measured+=(-- "${first}")
  fi
  echo "${name}: ${WARMUP_SECONDS} s warm-up, ${DURATION_SECONDS} s measured" >&2
  record "${warmup[@]}"
  timeout $((WARMUP_SECONDS + 30)) "${warmup[@]}" >"${WORK}/logs/${name}.warmup.txt"
  record "${measured[@]}"
  timeout $((DURATION_SECONDS + 30)) python3 "${BENCH_DIR}/cpu_meter.py" run \
    --server-pid "${SERVER_PID}" --report "${ATTEMPT}/${name}.cpu.json" -- "${measured[@]}" \
    >"${ATTEMPT}/${name}.txt"
  grep -E 'Requests/sec|Non-2xx|Socket errors|^ +(50|99)%' "${ATTEMPT}/${name}.txt" >&2 || true
  echo "${name}: other processes used" \
    "$(other_percent "${ATTEMPT}/${name}.cpu.json")% of the CPU" >&2
}

# Runs a load phase (a function that starts a server, loads it and stops it) until no measured
# run of it was disturbed, each time from a fresh server, so that every kept run had the same
# warm-up; keeps the least disturbed attempt.
phase() {
  local name="$1" attempt best="" worst file
  for attempt in $(seq 0 "${RETRIES}"); do
    wait_quiet
    ATTEMPT="${WORK}/attempt"
    rm -rf "${ATTEMPT}"
    mkdir -p "${ATTEMPT}"
    "${name}"
    worst=0
    for file in "${ATTEMPT}"/*.cpu.json; do
      worst=$(($(other_percent "${file}") > worst ? $(other_percent "${file}") : worst))
    done
    if [[ -z "${best}" ]] || ((worst < best)); then
      best="${worst}"
      mv "${ATTEMPT}"/*.cpu.json "${ATTEMPT}"/*.txt "${WORK}/wrk/"
    fi
    ((best > MAX_OTHER_PERCENT)) || return 0
    ((attempt == RETRIES)) && break
    echo "${name}: disturbed (other processes used up to ${worst}% of the CPU); again" >&2
  done
  echo "WARNING: every attempt of ${name} was disturbed; kept the least disturbed" >&2
}

# The share of the CPU that other processes used during a measurement, rounded up to a whole
# percent, from the last JSON line of FILE.
other_percent() {
  python3 -c '
import json, math, sys
print(math.ceil(json.loads(open(sys.argv[1]).read().strip().splitlines()[-1]).get("other_pct", 0)))
' "$1"
}

cold_start() {
  local variant="$1"
  shift
  local attempt best_other="" other
  for attempt in $(seq 0 "${RETRIES}"); do
    timeout $((STARTUP_TIMEOUT_SECONDS + 60)) python3 "${BENCH_DIR}/cold_start.py" \
      --body "${WORK}/same-request.json" --timeout "${STARTUP_TIMEOUT_SECONDS}" \
      --header "Authorization: ${BENCH_AUTHORIZATION}" --cwd "${SERVER_DIR}" \
      --log "${WORK}/logs/cold-${variant}.log" -- "$@" >"${WORK}/cold/attempt.json" ||
      die "cold start of ${variant} failed: $(cat "${WORK}/cold/attempt.json")"
    echo "cold start ${variant}: $(cat "${WORK}/cold/attempt.json")" >&2
    other="$(other_percent "${WORK}/cold/attempt.json")"
    if [[ -z "${best_other}" ]] || ((other < best_other)); then
      best_other="${other}"
      mv "${WORK}/cold/attempt.json" "${WORK}/cold/best.json"
    fi
    ((best_other > MAX_OTHER_PERCENT)) || break
    ((attempt == RETRIES)) && break
    echo "${variant}: other processes used ${other}% of the CPU; starting again" >&2
    wait_quiet
  done
  cat "${WORK}/cold/best.json" >>"${WORK}/cold/${variant}.jsonl"
  rm -f "${WORK}/cold/attempt.json" "${WORK}/cold/best.json"
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
mkdir -p "${WORK}/logs" "${WORK}/wrk" "${WORK}/cold" "${SERVER_DIR}"
: >"${WORK}/commands.txt"
echo "raw outputs in ${WORK}" >&2

section "Build"
# Always: a jar or baseline left from older sources would be measured as if it were this code.
record mvn -q -B -DskipTests package
mvn -q -B -DskipTests package
record mvn -q -pl mock-server dependency:build-classpath -Dmdep.outputFile="${WORK}/classpath.txt"
mvn -q -B -pl mock-server dependency:build-classpath -Dmdep.outputFile="${WORK}/classpath.txt" \
  >"${WORK}/logs/classpath.log" 2>&1 || die "no test classpath; see ${WORK}/logs/classpath.log"
BASELINE_CLASSPATH="$(cat "${WORK}/classpath.txt"):${REPO_DIR}/${TEST_CLASSES}"

section "Query"
record python3 "${BENCH_DIR}/make_query.py" "${SDL}" ">" "${QUERY}"
python3 "${BENCH_DIR}/make_query.py" "${SDL}" >"${WORK}/account-query.graphql"
if ! cmp -s "${WORK}/account-query.graphql" "${QUERY}"; then
  echo "the SDL changed: rewriting ${QUERY}" >&2
  cp "${WORK}/account-query.graphql" "${QUERY}"
fi
record python3 "${BENCH_DIR}/request_bodies.py" "${QUERY}" "${ACCOUNT_NUMBER}" "${WORK}"
python3 "${BENCH_DIR}/request_bodies.py" "${QUERY}" "${ACCOUNT_NUMBER}" "${WORK}"
export BENCH_BODY_FILE="${WORK}/same-request.json"
export BENCH_TEMPLATE_FILE="${WORK}/different-requests.template.json"

MOCK_ARGS=(-jar "${REPO_DIR}/${JAR}" --host 127.0.0.1 --port 0 "${MOCK_OPTIONS[@]}")
MOCK=(java "${JAVA_FLAGS[@]}" "${MOCK_ARGS[@]}")
BASELINE=(java "${JAVA_FLAGS[@]}" -cp "${BASELINE_CLASSPATH}" "${BASELINE_CLASS}" 0
  "${WORK}/answer.json")
# The floor of any graphql-java server of this schema: the baseline, which also parses the SDL
# and builds an executable schema before it says it is listening (and executes nothing).
FLOOR=("${BASELINE[@]}" --build-schema)

section "Log-in, and the mock's answer, captured once for the baseline"
record "cd \$WORK/servers  # an empty folder; the paths below are relative to the repository"
start_server mock-capture "${MOCK[@]}"
# Every request carries the token of one login, as a real client's would. The mock derives its
# token keys from its seed, so the token stays valid in the mock's later processes (for the
# token's lifetime, an hour by default); the baseline gets the same header and ignores it.
BENCH_AUTHORIZATION=""
record curl -H "'Content-Type: application/json'" --data-binary "@${WORK}/login.json" \
  "${SERVER_URL}"
check_answer "${WORK}/login.json" "${WORK}/login-answer.json"
BENCH_AUTHORIZATION="JWT $(python3 -c '
import json, sys
print(json.load(open(sys.argv[1]))["data"]["obtainKrakenToken"]["token"])
' "${WORK}/login-answer.json")"
export BENCH_AUTHORIZATION
record export BENCH_AUTHORIZATION="'JWT <data.obtainKrakenToken.token>'" \
  "  # sent as the Authorization header of every request below"
check_answer "${WORK}/same-request.json" "${WORK}/answer.json"
sed "s/__ACCOUNT_NUMBER__/A-0000BEEF/" "${BENCH_TEMPLATE_FILE}" >"${WORK}/other-request.json"
check_answer "${WORK}/other-request.json" "${WORK}/other-answer.json"
stop_server
echo "answer: $(wc -c <"${WORK}/answer.json") bytes" >&2

VARIANTS=(baseline floor mock)
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
    floor) COMMAND=("${FLOOR[@]}") ;;
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
wait_quiet
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

# RSS and heap of the running server, after its load.
memory() {
  local name="$1"
  record ps -o rss= -p "<${name} pid>"
  ps -o rss= -p "${SERVER_PID}" | tr -d ' ' >"${ATTEMPT}/rss-kb-${name}.txt"
  jcmd "${SERVER_PID}" GC.heap_info >"${ATTEMPT}/heap-${name}.txt" 2>&1 || true
  echo "RSS of ${name}: $(cat "${ATTEMPT}/rss-kb-${name}.txt") kB" >&2
  # Once the load is over, as a sidecar between two test runs: the server gives memory back when
  # it has seen no request for a few seconds.
  record sleep "${IDLE_SECONDS}"
  sleep "${IDLE_SECONDS}"
  record ps -o rss= -p "<${name} pid>"
  ps -o rss= -p "${SERVER_PID}" | tr -d ' ' >"${ATTEMPT}/rss-idle-kb-${name}.txt"
  echo "RSS of ${name} after ${IDLE_SECONDS} s idle: $(cat "${ATTEMPT}/rss-idle-kb-${name}.txt") kB" >&2
}

baseline_load() {
  start_server baseline "${BASELINE[@]}"
  check_answer "${WORK}/same-request.json" "${WORK}/baseline-answer.json"
  load baseline "${BENCH_DIR}/same-request.lua"
  memory baseline
  stop_server
}

mock_load() {
  start_server mock "${MOCK[@]}"
  check_answer "${WORK}/same-request.json" "${WORK}/mock-answer.json"
  load mock-same "${BENCH_DIR}/same-request.lua"
  load mock-different "${BENCH_DIR}/different-requests.lua" "${MEASURED_FIRST_NUMBER}"
  if ((STEADY_WARMUP_SECONDS > 0)); then
    WARMUP_SECONDS="${STEADY_WARMUP_SECONDS}" load mock-different-steady \
      "${BENCH_DIR}/different-requests.lua" "${STEADY_FIRST_NUMBER}" "${STEADY_WARMUP_FIRST_NUMBER}"
  fi
  memory mock
  stop_server
}

section "Load: baseline"
phase baseline_load

section "Load: mock"
phase mock_load

if [[ "${PROFILE}" == 1 ]]; then
  section "Profiles: start-up phases and JFR"
  wait_quiet
  for variant in mock baseline; do
    variant_command "${variant}"
    PHASES=("${COMMAND[0]}" "-Xlog:class+load:file=${WORK}/classes-${variant}.log:uptime"
      "${COMMAND[@]:1}")
    record "${PHASES[@]}"
    cold_start "phases-${variant}" "${PHASES[@]}"
  done
  python3 "${BENCH_DIR}/startup_phases.py" "${WORK}/classes-mock.log" \
    "${WORK}/cold/phases-mock.jsonl" dev.krakenmock.server.cli.Main \
    "scenario registry=dev.krakenmock.server.scenario." \
    "reference parser (contract)=dev.krakenmock.schema.reference." \
    "JSON Schema validator=com.networknt.schema." \
    "engine=dev.krakenmock.server.engine." \
    "graphql-java SDL parser=graphql.parser." \
    "graphql-java schema generator=graphql.schema.idl." \
    "Datafaker=net.datafaker." \
    "Jetty server=org.eclipse.jetty.server." \
    "HTTP layer=dev.krakenmock.server.http." >"${WORK}/phases-mock.md"
  python3 "${BENCH_DIR}/startup_phases.py" "${WORK}/classes-baseline.log" \
    "${WORK}/cold/phases-baseline.jsonl" "${BASELINE_CLASS}" \
    "Jetty server=org.eclipse.jetty.server." >"${WORK}/phases-baseline.md"

  STARTUP_JFR=(java "${JAVA_FLAGS[@]}"
    "-XX:StartFlightRecording=filename=${WORK}/startup.jfr,settings=profile" "${MOCK_ARGS[@]}")
  record "${STARTUP_JFR[@]}"
  cold_start startup-profile "${STARTUP_JFR[@]}"

  wait_quiet
  start_server mock-profile "${MOCK[@]}"
  profile_script=(-s "${BENCH_DIR}/different-requests.lua" "${SERVER_URL}" --)
  # Warm up first, so that the recording shows the steady state rather than the JIT at work.
  profile_warmup=(wrk "-t${THREADS}" "-c${CONNECTIONS}"
    "-d$((WARMUP_SECONDS + STEADY_WARMUP_SECONDS))s"
    "${profile_script[@]}" "${WARMUP_FIRST_NUMBER}")
  record "${profile_warmup[@]}"
  timeout $((WARMUP_SECONDS + STEADY_WARMUP_SECONDS + 30)) "${profile_warmup[@]}" >/dev/null
  profile_load=(wrk "-t${THREADS}" "-c${CONNECTIONS}" "-d${PROFILE_SECONDS}s"
    "${profile_script[@]}" "${PROFILE_FIRST_NUMBER}")
  record jcmd "<mock pid>" JFR.start name=load settings=profile
  jcmd "${SERVER_PID}" JFR.start name=load settings=profile >/dev/null
  record "${profile_load[@]}"
  timeout $((PROFILE_SECONDS + 30)) "${profile_load[@]}" >"${WORK}/logs/profile-load.txt"
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
  commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  if ! git diff --quiet HEAD -- mock-server/src/main schema/src/main 2>/dev/null; then
    commit+=" (with uncommitted changes)"
  fi
  echo "commit=${commit}"
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
  echo "steady_warmup=${STEADY_WARMUP_SECONDS}"
  echo "idle_seconds=${IDLE_SECONDS}"
  echo "connections=${CONNECTIONS}"
  echo "threads=${THREADS}"
} >"${WORK}/meta.txt"
python3 "${BENCH_DIR}/report.py" "${WORK}" >"${WORK}/results.md" || {
  cat "${WORK}/results.md"
  die "some measurement is missing"
}
if [[ "${PROFILE}" == 1 ]]; then
  {
    echo
    echo "## Start-up phases (\`-Xlog:class+load\`, one extra cold start each)"
    echo
    echo "Mock:"
    echo
    cat "${WORK}/phases-mock.md"
    echo
    echo "Baseline:"
    echo
    cat "${WORK}/phases-baseline.md"
    echo
    cat "${WORK}/profile-startup.md" "${WORK}/profile-load.md"
  } >>"${WORK}/results.md"
fi
cp "${WORK}/results.md" "${RESULTS_FILE}"
cat "${RESULTS_FILE}"
echo >&2
echo "written to ${RESULTS_FILE}; raw outputs in ${WORK}" >&2
