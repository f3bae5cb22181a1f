#!/usr/bin/env bash
# Partner Commerce benchmarks: builds what it needs, runs everything on this machine, prints one
# table and writes the figures to benchmarks/results/<timestamp>.json and latest.json.
# See benchmarks/README.md. Every address used is on 127.0.0.1; every process started is stopped.
#
#   benchmarks/run.sh                  everything (about 25 minutes on 2 cores)
#   BENCH_QUICK=1 benchmarks/run.sh    a smoke run: every phase, tiny load, a minute or two
#   BENCH_ONLY="journey growth" ...    some phases only: pgbench startup journey commits growth carts reconciliation jmh
#
# Settings (environment): BENCH_STEP_SECONDS (30), BENCH_REFERENCE_RATE (20 journeys/s),
# BENCH_START_RATE (40), BENCH_MAX_RATE (2000), BENCH_MAX_P99_MS (500), BENCH_MAX_ERROR_PCT (1),
# BENCH_SIZES ("1000 10000 100000 1000000"), BENCH_STARTUP_RUNS (5), BENCH_DB (partner_commerce_bench),
# BENCH_SERVICE_HEAP (512m: the service's -Xmx, as the Kubernetes manifest sets it; "" for the JVM's default),
# BENCH_RECONCILIATION_SIZES ("1000 10000 100000 1000000": the invoice lines reconciled),
# BENCH_BUILD (1; 0 skips the Maven build when the service, emulator and benchmark jars are there already).
# Maven: the script's ./mvnw calls take MAVEN_ARGS as Maven 3.9 does, e.g. MAVEN_ARGS="-Dmaven.repo.local=/path".
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
# shellcheck source=SCRIPTDIR/../scripts/lib/packaged-service.sh
. "$ROOT/scripts/lib/packaged-service.sh"
BENCH="$ROOT/benchmarks"

QUICK=${BENCH_QUICK:-0}
ONLY=${BENCH_ONLY:-"pgbench startup journey commits growth carts reconciliation jmh"}
if [ "$QUICK" = 1 ]; then
  STEP_SECONDS=${BENCH_STEP_SECONDS:-5}
  REFERENCE_RATE=${BENCH_REFERENCE_RATE:-5}
  START_RATE=${BENCH_START_RATE:-8}
  MAX_RATE=${BENCH_MAX_RATE:-12}
  SIZES=${BENCH_SIZES:-"1000 10000"}
  RECONCILIATION_SIZES=${BENCH_RECONCILIATION_SIZES:-"1000 10000"}
  STARTUP_RUNS=${BENCH_STARTUP_RUNS:-2}
  PGBENCH_SECONDS=5; PGBENCH_SCALE=1
  PROBE_WARMUP=20; PROBE_REQUESTS=50; CART_REQUESTS=10
  WARMUP_SECONDS=5; JMH_ARGS="-f 1 -wi 1 -i 1 -w 200ms -r 200ms"
else
  STEP_SECONDS=${BENCH_STEP_SECONDS:-30}
  REFERENCE_RATE=${BENCH_REFERENCE_RATE:-20}
  START_RATE=${BENCH_START_RATE:-40}
  MAX_RATE=${BENCH_MAX_RATE:-2000}
  SIZES=${BENCH_SIZES:-"1000 10000 100000 1000000"}
  RECONCILIATION_SIZES=${BENCH_RECONCILIATION_SIZES:-"1000 10000 100000 1000000"}
  STARTUP_RUNS=${BENCH_STARTUP_RUNS:-5}
  PGBENCH_SECONDS=30; PGBENCH_SCALE=10
  PROBE_WARMUP=300; PROBE_REQUESTS=1000; CART_REQUESTS=200
  WARMUP_SECONDS=90; JMH_ARGS="-f 1 -wi 3 -i 5 -w 1s -r 1s"
fi
MAX_P99_MS=${BENCH_MAX_P99_MS:-500}
SERVICE_HEAP=${BENCH_SERVICE_HEAP-512m}
MAX_ERROR_PCT=${BENCH_MAX_ERROR_PCT:-1}
DB=${BENCH_DB:-partner_commerce_bench}
PGBENCH_DB=${DB}_pgbench
PG="-h 127.0.0.1 -p 5432 -U postgres"
JOURNEY_CUSTOMERS_NOTE="d6bf25b7 28045616 932c4101 ebd8b4c2 (US)"
GROWTH_CUSTOMER=c501c3c4-d776-40ef-9ecf-9cefb59442c1
CART_CUSTOMER=94cd6638-11b6-4323-8c9f-6ae3088adc59

STAMP=$(date -u +%Y%m%dT%H%M%SZ)
WORK="$BENCH/target/run-$STAMP"
mkdir -p "$WORK" "$BENCH/results"
log() { printf '\n[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }
wants() { case " $ONLY " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }

# ---------------------------------------------------------------------------------------------
# Tools: a JDK 21+, psql/pgbench, curl
java_major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'; }
if [ -z "${JAVA_HOME:-}" ] || [ "$(java_major "$JAVA_HOME/bin/java")" -lt 21 ] 2>/dev/null; then
  JAVA_HOME=""
  best=0
  for candidate in /usr/lib/jvm/* /opt/java/*; do
    [ -x "$candidate/bin/javac" ] || continue
    major=$(java_major "$candidate/bin/java")
    if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best" ]; then best=$major; JAVA_HOME=$candidate; fi
  done
fi
[ -n "$JAVA_HOME" ] || { echo "The benchmarks need a JDK 21 or newer." >&2; exit 1; }
export JAVA_HOME
JAVA="$JAVA_HOME/bin/java"
need_apt() { # command package
  command -v "$1" >/dev/null && return 0
  echo "Installing $2 (for $1)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
}
need_apt curl curl
need_apt psql postgresql-client
need_apt pgbench postgresql-client
need_apt bc bc
if ! pg_isready $PG -q 2>/dev/null; then
  for version in $(ls /etc/postgresql 2>/dev/null); do pg_ctlcluster --skip-systemctl-redirect "$version" main start || true; done
  for _ in $(seq 1 30); do pg_isready $PG -q && break; sleep 1; done
  pg_isready $PG
fi

# ---------------------------------------------------------------------------------------------
# Processes this script starts, stopped on any exit
PIDS=()
stop_pid() {
  local pid=$1
  kill -TERM "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
}
cleanup() {
  local pid
  for pid in "${PIDS[@]}"; do stop_pid "$pid"; done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------------------------------------
log "Building the service, the emulator and the benchmarks (JDK $(java_major "$JAVA"), $JAVA_HOME)"
# install, not package: the later single-module calls (-pl benchmarks, -pl bootstrap -o) resolve
# the project's own modules from the local repository, which a fresh machine does not have yet.
SERVICE_JAR="$ROOT/bootstrap/target/quarkus-app/quarkus-run.jar"
if [ "${BENCH_BUILD:-1}" = 0 ] && [ -f "$SERVICE_JAR" ] && [ -d "$BENCH/target/classes" ] \
    && ls "$ROOT"/partnercenter-emulator/target/partnercenter-emulator-*-standalone.jar > /dev/null 2>&1; then
  echo "  BENCH_BUILD=0: using the jars and classes already built"
else
  ./mvnw -B -q --no-transfer-progress install -DskipTests -pl bootstrap,benchmarks -am
  ./mvnw -B -q --no-transfer-progress -pl benchmarks test-compile dependency:resolve-plugins # Gatling's plugin, for the offline runs below
fi
EMULATOR_JAR=$(ls "$ROOT"/partnercenter-emulator/target/partnercenter-emulator-*-standalone.jar | head -1)
TOOLS_CP="$BENCH/target/classes:$BENCH/target/lib/*"
tool() { "$JAVA" -cp "$TOOLS_CP" "org.partnercommerce.benchmarks.tools.$@"; }

# ---------------------------------------------------------------------------------------------
# The machine, as it is now
other_jvms() { pgrep -f 'surefire|failsafe|plexus-classworlds' | grep -v "^$$\$" | wc -l; }
{
  echo "timestamp=$STAMP"
  echo "quick=$QUICK"
  echo "cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)"
  echo "cores=$(nproc)"
  echo "memory=$(free -h | awk '/^Mem:/ {print $2}')"
  echo "kernel=$(uname -r)"
  echo "os=$(. /etc/os-release && echo "$PRETTY_NAME")"
  echo "java=$("$JAVA" -version 2>&1 | head -1)"
  echo "postgresql=$(psql $PG -d postgres -Atc 'show server_version')"
  echo "pgSettings=shared_buffers $(psql $PG -d postgres -Atc 'show shared_buffers'), synchronous_commit $(psql $PG -d postgres -Atc 'show synchronous_commit'), max_connections $(psql $PG -d postgres -Atc 'show max_connections')"
  [ -z "$SERVICE_HEAP" ] || echo "serviceHeap=$SERVICE_HEAP"
  echo "gitCommit=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$ROOT" diff --quiet 2>/dev/null || echo '+changes')"
  echo "loadAverageAtStart=$(cut -d' ' -f1-3 /proc/loadavg)"
  echo "otherBuildJvmsAtStart=$(other_jvms)"
  echo "phases=$ONLY"
} > "$WORK/machine.properties"
cat "$WORK/machine.properties"

# CPU accounting: clock ticks of one process, of all PostgreSQL processes, of the whole machine
TICK=$(getconf CLK_TCK)
ticks_of() { awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
postgres_ticks() {
  local total=0 pid
  for pid in $(pgrep -u postgres -x postgres || true); do total=$((total + $(ticks_of "$pid"))); done
  echo "$total"
}
# the JIT compiler threads' share of a JVM's ticks (C1 and C2 compiler threads)
compiler_ticks() {
  local total=0 task
  for task in /proc/"$1"/task/*; do
    case "$(cat "$task/comm" 2>/dev/null)" in C1\ Compiler*|C2\ Compiler*) total=$((total + $(ticks_of_task "$task"))) ;; esac
  done
  echo "$total"
}
ticks_of_task() { awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "$1/stat" 2>/dev/null || echo 0; }
machine_busy_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat; }
status_kb() { awk -v f="$2:" '$1 == f { print $2 }' "/proc/$1/status"; }
commits() { psql $PG -d postgres -Atc "select xact_commit from pg_stat_database where datname = '$DB'"; }
# xids(): the next transaction id the cluster will assign. Only a transaction that writes is given one, so its
# advance counts write transactions (committed or not), where xact_commit also counts those that only read.
xids() { psql $PG -d postgres -Atc "select pg_snapshot_xmax(pg_current_snapshot())"; }
# index and sequential scans, rows inserted, updated, deleted in the service's tables
table_ops() { psql $PG -d "$DB" -Atc "select coalesce(sum(seq_scan + coalesce(idx_scan, 0)), 0), coalesce(sum(n_tup_ins), 0),
  coalesce(sum(n_tup_upd), 0), coalesce(sum(n_tup_del), 0) from pg_stat_user_tables" | tr '|' ' '; }
ops_per() { # "before" "after" n -> "scans=.. inserted=.. updated=.. deleted=.."
  local -a b=($1) a=($2)
  printf 'scans %s, rows inserted %s, updated %s, deleted %s' "$(echo "(${a[0]} - ${b[0]}) / $3" | bc -l | cut -c1-4)" \
    "$(echo "(${a[1]} - ${b[1]}) / $3" | bc -l | cut -c1-4)" "$(echo "(${a[2]} - ${b[2]}) / $3" | bc -l | cut -c1-4)" \
    "$(echo "(${a[3]} - ${b[3]}) / $3" | bc -l | cut -c1-4)"
}

# ---------------------------------------------------------------------------------------------
if wants pgbench; then
  log "pgbench: TPC-B-like, scale $PGBENCH_SCALE, 8 clients, $PGBENCH_SECONDS s, on database $PGBENCH_DB"
  dropdb $PG --if-exists "$PGBENCH_DB"
  createdb $PG "$PGBENCH_DB"
  pgbench $PG -i -q -s "$PGBENCH_SCALE" "$PGBENCH_DB" > "$WORK/pgbench-init.txt" 2>&1
  pgbench $PG -c 8 -j 2 -T "$PGBENCH_SECONDS" "$PGBENCH_DB" > "$WORK/pgbench.txt" 2>&1
  pgbench $PG -c 8 -j 2 -T "$PGBENCH_SECONDS" -N "$PGBENCH_DB" > "$WORK/pgbench-simple-update.txt" 2>&1
  # one client: the latency of one small durable write transaction (three statements and a commit, fsync included)
  pgbench $PG -c 1 -j 1 -T "$PGBENCH_SECONDS" -N "$PGBENCH_DB" > "$WORK/pgbench-one-client.txt" 2>&1
  grep -E '^(tps|latency average)' "$WORK/pgbench.txt" "$WORK/pgbench-simple-update.txt" "$WORK/pgbench-one-client.txt" || true
  dropdb $PG --if-exists "$PGBENCH_DB"
fi

# ---------------------------------------------------------------------------------------------
# The emulators: A is the service's Partner Center, B the baseline the journey is sent to directly.
EMULATOR_OPTIONS=(--max-cart-lines 500)
start_emulator() { # name port
  "$JAVA" -jar "$EMULATOR_JAR" --port "$2" "${EMULATOR_OPTIONS[@]}" > "$WORK/$1.log" 2>&1 &
  PIDS+=($!)
  eval "${1}_PID=$!"
  wait_http "http://127.0.0.1:$2/$TENANT/v2.0/.well-known/openid-configuration" 30
}
EMU_A_PORT=$(free_port 18089)
start_emulator emulator_a "$EMU_A_PORT"
EMU_B_PORT=$(free_port $((EMU_A_PORT + 1)))
E_A="http://127.0.0.1:$EMU_A_PORT"
E_B="http://127.0.0.1:$EMU_B_PORT"

SERVICE_PORT=$(free_port 18080)
S="http://127.0.0.1:$SERVICE_PORT"
SERVICE_ARGS=(
  -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$SERVICE_PORT"
  # One load generator is one caller: the per-caller rate limit would measure itself, not the service.
  -Dpartnercommerce.api.rate-limit.enabled=false
)
service_settings SERVICE_ARGS "$E_A" "jdbc:postgresql://127.0.0.1:5432/$DB"
[ -z "$SERVICE_HEAP" ] || SERVICE_ARGS=("-Xmx$SERVICE_HEAP" "${SERVICE_ARGS[@]}")
SERVICE_CMD=("$JAVA" "${SERVICE_ARGS[@]}" -jar "$SERVICE_JAR")
SCOPE_SERVICE="partner-commerce/.default"
SCOPE_PC="https://api.partnercenter.microsoft.com/.default"

log "A fresh database $DB"
dropdb $PG --if-exists "$DB"
createdb $PG "$DB"

# ---------------------------------------------------------------------------------------------
if wants startup; then
  log "Start-up: time to the first successful API call and RSS after it, $STARTUP_RUNS starts (a first one migrates the schema and is not counted)"
  tool StartupProbe --runs "$STARTUP_RUNS" --unmeasured-first true \
    --probe-url "$S/v1/customers/$GROWTH_CUSTOMER/orders?size=1" \
    --token-url "$E_A/$TENANT/oauth2/v2.0/token" --scope "$SCOPE_SERVICE" \
    --log-dir "$WORK/startup-logs" --out "$WORK/startup.json" -- "${SERVICE_CMD[@]}"
fi

if wants startup && [ "$QUICK" != 1 ]; then
  if [ "$(java_major "$JAVA")" -ge 25 ]; then
    AOT_DIR="$ROOT/bootstrap/target/aot"
    log "Start-up again from a JDK AOT cache: the aot-jar package (in $AOT_DIR), scripts/aot-cache.sh's training run (20 journeys), then $STARTUP_RUNS starts with -XX:AOTCache"
    ./mvnw -B -q --no-transfer-progress -o package -DskipTests -pl bootstrap \
      -Dquarkus.package.jar.type=aot-jar -Dquarkus.package.output-directory=aot > "$WORK/aot-build.log" 2>&1
    AOT_OUTPUT=aot AOT_PACKAGE=0 AOT_JOURNEYS=20 JAVA_HOME="$JAVA_HOME" "$ROOT/scripts/aot-cache.sh" > "$WORK/aot-training.log" 2>&1 || true
    if [ -f "$AOT_DIR/app.aot" ]; then
      echo "  AOT cache: $(du -h "$AOT_DIR/app.aot" | cut -f1)"
      tool StartupProbe --runs "$STARTUP_RUNS" --unmeasured-first false --dir "$AOT_DIR" \
        --probe-url "$S/v1/customers/$GROWTH_CUSTOMER/orders?size=1" \
        --token-url "$E_A/$TENANT/oauth2/v2.0/token" --scope "$SCOPE_SERVICE" \
        --log-dir "$WORK/startup-aot-logs" --out "$WORK/startup-aot.json" -- \
        "$JAVA" -XX:AOTCache=app.aot "${SERVICE_ARGS[@]}" -jar quarkus-run.jar
    else
      echo "  no AOT cache was written; see $WORK/aot-training.log and $AOT_DIR/aot-training.log"
    fi
  else
    echo "  the AOT cache needs a JDK 25 or newer; skipped"
  fi
fi

# ---------------------------------------------------------------------------------------------
SERVICE_PID=""
start_service() {
  "${SERVICE_CMD[@]}" > "$WORK/service.log" 2>&1 &
  SERVICE_PID=$!
  PIDS+=("$SERVICE_PID")
  wait_http "$S/q/health/ready" 90
}
if wants journey || wants commits || wants growth || wants carts; then
  log "Starting the service on $S (Partner Center: emulator A on $E_A)"
  start_service
  start_emulator emulator_b "$EMU_B_PORT"
  log "Baseline: emulator B on $E_B"
fi

GATLING_DIR="$BENCH/target/gatling"
STEPS="$WORK/steps.tsv"
printf 'label\ttarget\trate\tseconds\treport\tserviceCpuS\tserviceJitCpuS\temulatorCpuS\tpostgresCpuS\tmachineBusyS\twallS\tserviceRssKb\tserviceHwmKb\tcommits\totherBuildJvms\tverdict\n' > "$STEPS"

gatling_runs() { (ls -d "$GATLING_DIR"/purchasejourney-* 2>/dev/null || true) | wc -l; }

# run_journey label target rate seconds ramp-seconds -> appends a row to steps.tsv, echoes the verdict
run_journey() {
  local label=$1 target=$2 rate=$3 seconds=$4 ramp=$5 api token_url emu_pid
  if [ "$target" = service ]; then api=$S; emu_pid=$emulator_a_PID; else api=$E_B; emu_pid=$emulator_b_PID; fi
  token_url="$E_A/$TENANT/oauth2/v2.0/token"
  [ "$target" = service ] || token_url="$E_B/$TENANT/oauth2/v2.0/token"
  local svc_pid=${SERVICE_PID:-0}
  [ "$target" = service ] || svc_pid=0
  local c0 s0 j0 e0 p0 m0 t0 c1 s1 j1 e1 p1 m1 t1 before_runs report
  before_runs=$(gatling_runs)
  c0=$(commits); s0=$( [ "$svc_pid" != 0 ] && ticks_of "$svc_pid" || echo 0); j0=$( [ "$svc_pid" != 0 ] && compiler_ticks "$svc_pid" || echo 0); e0=$(ticks_of "$emu_pid"); p0=$(postgres_ticks); m0=$(machine_busy_ticks); t0=$(date +%s.%N)
  if [ "$target" = service ] && [[ "$label" == saturation* ]]; then
    "$JAVA_HOME/bin/jcmd" "$SERVICE_PID" JFR.start name="$label" settings=default > /dev/null 2>&1 || true
  fi
  ./mvnw -B -q --no-transfer-progress -o -pl benchmarks io.gatling:gatling-maven-plugin:test \
    -Dgatling.simulationClass=org.partnercommerce.benchmarks.gatling.PurchaseJourney \
    -Djourney.target="$target" -Djourney.apiUrl="$api" -Djourney.tokenUrl="$token_url" \
    -Djourney.rate="$rate" -Djourney.seconds="$seconds" -Djourney.rampSeconds="$ramp" \
    > "$WORK/gatling-$label.log" 2>&1 || echo "(gatling exited $? for $label; see $WORK/gatling-$label.log)" >&2
  if [ "$target" = service ] && [[ "$label" == saturation* ]]; then
    "$JAVA_HOME/bin/jcmd" "$SERVICE_PID" JFR.stop name="$label" filename="$WORK/jfr/service-$label.jfr" > /dev/null 2>&1 || true
  fi
  t1=$(date +%s.%N); c1=$(commits); s1=$( [ "$svc_pid" != 0 ] && ticks_of "$svc_pid" || echo 0); j1=$( [ "$svc_pid" != 0 ] && compiler_ticks "$svc_pid" || echo 0); e1=$(ticks_of "$emu_pid"); p1=$(postgres_ticks); m1=$(machine_busy_ticks)
  report=$( (ls -td "$GATLING_DIR"/purchasejourney-* 2>/dev/null || true) | head -1)
  if [ "$(gatling_runs)" -le "$before_runs" ]; then report=none; fi
  local verdict=none rss=0 hwm=0
  if [ "$report" != none ]; then verdict=$(tool Report judge "$report/index.html" "$MAX_ERROR_PCT" "$MAX_P99_MS"); fi
  if [ "$svc_pid" != 0 ]; then rss=$(status_kb "$svc_pid" VmRSS); hwm=$(status_kb "$svc_pid" VmHWM); fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$target" "$rate" "$seconds" "$report" \
    "$(echo "($s1 - $s0) / $TICK" | bc -l)" "$(echo "($j1 - $j0) / $TICK" | bc -l)" "$(echo "($e1 - $e0) / $TICK" | bc -l)" "$(echo "($p1 - $p0) / $TICK" | bc -l)" \
    "$(echo "($m1 - $m0) / $TICK" | bc -l)" "$(echo "$t1 - $t0" | bc -l)" "$rss" "$hwm" "$((c1 - c0))" "$(other_jvms)" "$verdict" >> "$STEPS"
  echo "$verdict"
}

# saturate target: rates x1.5 from START_RATE until a step fails, then two bisections
saturate() {
  local target=$1 rate=$START_RATE pass=0 fail=0 verdict
  while [ "$rate" -le "$MAX_RATE" ]; do
    verdict=$(run_journey "saturation-$target-$rate" "$target" "$rate" "$STEP_SECONDS" 0)
    echo "  $target at $rate journeys/s: $verdict"
    if [[ "$verdict" == PASS* ]]; then pass=$rate; rate=$((rate * 3 / 2)); else fail=$rate; break; fi
  done
  [ "$fail" -gt 0 ] || return 0
  for _ in 1 2; do
    [ "$pass" -gt 0 ] || pass=$REFERENCE_RATE
    rate=$(echo "sqrt($pass * $fail)" | bc)
    [ "$rate" -gt "$pass" ] && [ "$rate" -lt "$fail" ] || break
    verdict=$(run_journey "saturation-$target-$rate" "$target" "$rate" "$STEP_SECONDS" 0)
    echo "  $target at $rate journeys/s: $verdict"
    if [[ "$verdict" == PASS* ]]; then pass=$rate; else fail=$rate; fi
  done
}

# per_call_commits: how many transactions PostgreSQL commits for one create cart, one checkout, one get order,
# and how many of them write
per_call_commits() {
  local token cart_ids=() order_ids=() c0 c1 c2 c3 o0 o1 o2 o3 x0 x1 x2 x3 i id body n=20 customer=d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d
  token=$(curl -fs "$E_A/$TENANT/oauth2/v2.0/token" -d grant_type=client_credentials -d client_id=demo-partner \
    -d client_secret=demo-partner-secret -d scope="$SCOPE_SERVICE" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
  body='{"lineItems":[{"catalogItemId":"CFQ7TTC0LFLZ:0002:CFQ7TTC0K4TS","quantity":5,"billingCycle":"monthly","termDuration":"P1M"},{"catalogItemId":"CFQ7TTC0LF8S:0001:CFQ7TTC0VZW5","quantity":10,"billingCycle":"monthly","termDuration":"P1Y"},{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"billingCycle":"monthly","termDuration":"P1M"}]}'
  sleep 11; c0=$(commits); o0=$(table_ops); x0=$(xids)
  for i in $(seq 1 $n); do
    id=$(curl -fs -H "Authorization: Bearer $token" -H "Content-Type: application/json" -H "Idempotency-Key: commits-cart-$STAMP-$i" \
      "$S/v1/customers/$customer/carts" -d "$body" | sed -E 's/^\{"id":"([^"]+)".*/\1/')
    cart_ids+=("$id")
  done
  sleep 11; c1=$(commits); o1=$(table_ops); x1=$(xids)
  for id in "${cart_ids[@]}"; do
    order_ids+=("$(curl -fs -X POST -H "Authorization: Bearer $token" -H "Idempotency-Key: commits-checkout-$STAMP-$id" \
      "$S/v1/customers/$customer/carts/$id/checkout" | sed -E 's/^\{"orders":\[\{"id":"([^"]+)".*/\1/')")
  done
  sleep 11; c2=$(commits); o2=$(table_ops); x2=$(xids)
  for id in "${order_ids[@]}"; do curl -fs -o /dev/null -H "Authorization: Bearer $token" "$S/v1/customers/$customer/orders/$id"; done
  sleep 11; c3=$(commits); o3=$(table_ops); x3=$(xids)
  printf 'createCart=%s\ncheckout=%s\ngetOrder=%s\n' "$(echo "($c1 - $c0) / $n" | bc -l)" "$(echo "($c2 - $c1) / $n" | bc -l)" \
    "$(echo "($c3 - $c2) / $n" | bc -l)" | tee "$WORK/commits-per-call.properties"
  printf 'createCart=%s\ncheckout=%s\ngetOrder=%s\n' "$(ops_per "$o0" "$o1" $n)" "$(ops_per "$o1" "$o2" $n)" "$(ops_per "$o2" "$o3" $n)" \
    | tee "$WORK/table-ops-per-call.properties"
  printf 'createCart=%s\ncheckout=%s\ngetOrder=%s\n' "$(echo "($x1 - $x0) / $n" | bc -l)" "$(echo "($x2 - $x1) / $n" | bc -l)" \
    "$(echo "($x3 - $x2) / $n" | bc -l)" | tee "$WORK/writes-per-call.properties"
}

if wants journey; then
  mkdir -p "$WORK/jfr"
  log "Purchase journey: warm-up of both targets (ramp to $REFERENCE_RATE/s, not counted)"
  run_journey warmup-service service "$REFERENCE_RATE" "$WARMUP_SECONDS" "$WARMUP_SECONDS" > /dev/null
  run_journey warmup-emulator emulator "$REFERENCE_RATE" "$WARMUP_SECONDS" "$WARMUP_SECONDS" > /dev/null
  log "Purchase journey at the reference rate, $REFERENCE_RATE journeys/s for $STEP_SECONDS s: service, then baseline"
  sleep 11   # PostgreSQL publishes a backend's commit count within 10 s of its last transaction
  echo "  service: $(run_journey reference-service service "$REFERENCE_RATE" "$STEP_SECONDS" 0)"
  sleep 11
  echo "  service commits counted again after the counters settled: $(commits)" > "$WORK/commits-settled.txt"
  echo "  baseline: $(run_journey reference-emulator emulator "$REFERENCE_RATE" "$STEP_SECONDS" 0)"
  log "Saturation of the service: open arrivals stepped from $START_RATE journeys/s (x1.5), $STEP_SECONDS s a step; a step holds while errors < $MAX_ERROR_PCT % and every call's p99 < $MAX_P99_MS ms"
  saturate service
  log "Saturation of the baseline (the emulator alone)"
  saturate emulator
  for jfr in "$WORK"/jfr/*.jfr; do
    [ -f "$jfr" ] || continue
    tool JfrSummary "$jfr" "${jfr%.jfr}.summary.json" > /dev/null || true
    "$JAVA_HOME/bin/jfr" view --width 160 hot-methods "$jfr" > "${jfr%.jfr}.hot-methods.txt" 2>&1 || true
    "$JAVA_HOME/bin/jfr" view --width 160 gc-pauses "$jfr" > "${jfr%.jfr}.gc-pauses.txt" 2>&1 || true
    "$JAVA_HOME/bin/jfr" view --width 160 allocation-by-site "$jfr" > "${jfr%.jfr}.allocation.txt" 2>&1 || true
  done
fi

if wants commits; then
  log "Commits per call: 20 carts created, checked out and read one at a time, the commit counter read between (after it settles)"
  per_call_commits
fi

# ---------------------------------------------------------------------------------------------
if wants growth; then
  log "Growth: a customer's order history of $SIZES orders (and as many for 1000 other customers)"
  have=0
  for size in $SIZES; do
    t0=$(date +%s.%N)
    psql $PG -d "$DB" -q -v customer="$GROWTH_CUSTOMER" -v from=$((have + 1)) -v upto="$size" -f "$BENCH/sql/grow-orders.sql"
    psql $PG -d "$DB" -q -c "vacuum analyze orders" -c "vacuum analyze order_line_items"
    # write the bulk load out now, so that the checkpointer's writing of it is not timed below
    psql $PG -d "$DB" -q -c "checkpoint"
    have=$size
    echo "  $size orders stored for the customer ($(echo "$(date +%s.%N) - $t0" | bc -l | cut -c1-5) s to add and analyse); $(psql $PG -d "$DB" -Atc "select count(*) from orders") orders in all"
    # a deep page: the continuation token of the page that ends 50 orders before the oldest one, i.e. the last page
    plain=$(psql $PG -d "$DB" -Atc "select to_char(creation_date at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') || '|' || id
      from orders where customer_id = '$GROWTH_CUSTOMER' order by creation_date desc, id desc offset $((size - 51)) limit 1")
    cursor=$(printf '%s' "$plain" | base64 -w0 | tr '+/' '-_' | tr -d '=')
    middle=$(printf 'g%011d' $((size / 2)))
    common=(--token-url "$E_A/$TENANT/oauth2/v2.0/token" --scope "$SCOPE_SERVICE" --warmup "$PROBE_WARMUP" --requests "$PROBE_REQUESTS" --out "$WORK/growth.jsonl")
    tool HttpTimer --label "first-page@$size" --url "$S/v1/customers/$GROWTH_CUSTOMER/orders?size=50" "${common[@]}"
    tool HttpTimer --label "deep-page@$size" --url "$S/v1/customers/$GROWTH_CUSTOMER/orders?size=50" --header "MS-ContinuationToken: $cursor" "${common[@]}"
    tool HttpTimer --label "get-order@$size" --url "$S/v1/customers/$GROWTH_CUSTOMER/orders/$middle" "${common[@]}"
    psql $PG -d "$DB" -c "explain (analyze, buffers, costs off)
      select id from orders where customer_id = '$GROWTH_CUSTOMER'
        and creation_date <= (select creation_date from orders where id = '$middle')
        and (creation_date < (select creation_date from orders where id = '$middle') or id < '$middle')
      order by creation_date desc, id desc limit 51" > "$WORK/growth-plan-$size.txt" 2>&1 || true
  done
  psql $PG -d "$DB" -Atc "select pg_size_pretty(pg_total_relation_size('orders')) || ' orders, ' || pg_size_pretty(pg_total_relation_size('order_line_items')) || ' order lines'" > "$WORK/growth-size.txt"
fi

# ---------------------------------------------------------------------------------------------
if wants carts; then
  log "Carts of 1, 10, 100 and 200 lines (the API's maximum) created over HTTP: service, then the emulator alone"
  ITEMS=("CFQ7TTC0LFLZ:0002:CFQ7TTC0K4TS|P1M" "CFQ7TTC0LF8S:0001:CFQ7TTC0VZW5|P1Y" "CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P|P1M")
  for lines in 1 10 100 200; do
    body="$WORK/cart-$lines.json"
    {
      printf '{"lineItems":['
      for i in $(seq 0 $((lines - 1))); do
        item=${ITEMS[$((i % 3))]}
        [ "$i" = 0 ] || printf ','
        printf '{"catalogItemId":"%s","quantity":%d,"billingCycle":"monthly","termDuration":"%s"}' "${item%|*}" $((1 + i % 7)) "${item#*|}"
      done
      printf ']}'
    } > "$body"
    tool HttpTimer --label "cart-service@$lines" --method POST --url "$S/v1/customers/$CART_CUSTOMER/carts" --body-file "$body" \
      --fresh-header Idempotency-Key --expect 201 --token-url "$E_A/$TENANT/oauth2/v2.0/token" --scope "$SCOPE_SERVICE" \
      --warmup 20 --requests "$CART_REQUESTS" --out "$WORK/carts.jsonl"
    tool HttpTimer --label "cart-emulator@$lines" --method POST --url "$E_B/v1/customers/$CART_CUSTOMER/carts" --body-file "$body" \
      --fresh-header MS-RequestId --expect 201 --token-url "$E_B/$TENANT/oauth2/v2.0/token" --scope "$SCOPE_PC" \
      --warmup 20 --requests "$CART_REQUESTS" --out "$WORK/carts.jsonl"
  done
fi

if [ -n "$SERVICE_PID" ]; then
  echo "serviceRssKbAtEnd=$(status_kb "$SERVICE_PID" VmRSS)" >> "$WORK/machine.properties"
  echo "serviceHwmKbAtEnd=$(status_kb "$SERVICE_PID" VmHWM)" >> "$WORK/machine.properties"
fi

# ---------------------------------------------------------------------------------------------
if wants reconciliation; then
  # A service of its own, fresh, on a database of its own with no orders: what it holds is then the
  # reconciliation's alone, not the journey's or the growth phase's history (the orders of the billing
  # period are read whole, which is another figure than the lines').
  RECON_DB=${DB}_reconciliation
  if [ -n "$SERVICE_PID" ]; then stop_pid "$SERVICE_PID"; SERVICE_PID=""; fi
  dropdb $PG --if-exists "$RECON_DB"
  createdb $PG "$RECON_DB"
  RECON_CMD=()
  for arg in "${SERVICE_CMD[@]}"; do
    case "$arg" in -Dquarkus.datasource.jdbc.url=*) arg="-Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:5432/$RECON_DB" ;; esac
    RECON_CMD+=("$arg")
  done
  "${RECON_CMD[@]}" > "$WORK/reconciliation-service.log" 2>&1 &
  RECON_PID=$!
  PIDS+=("$RECON_PID")
  wait_http "$S/q/health/ready" 90
  RECON_CUSTOMER=d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d
  recon_probe() { # lines formats out
    tool ReconciliationProbe --lines "$1" --formats "$2" --out "$3" --service-url "$S" --emulator-url "$E_A" \
      --token-url "$E_A/$TENANT/oauth2/v2.0/token" --scope "$SCOPE_SERVICE" --customer "$RECON_CUSTOMER" --currency USD \
      --service-pid "$RECON_PID" --emulator-pid "$emulator_a_PID" --clk-tck "$TICK" --jcmd "$JAVA_HOME/bin/jcmd" \
      --series-dir "$WORK/reconciliation-rss"
  }
  # the heap's generations (capacity and use, KiB) every second, for reading the RSS against: jstat reads the JVM's
  # performance counters, no safepoint
  "$JAVA_HOME/bin/jstat" -gc -t "$RECON_PID" 1000 > "$WORK/reconciliation-jstat.txt" 2>&1 &
  JSTAT_PID=$!
  PIDS+=("$JSTAT_PID")
  largest=$(printf '%s\n' $RECONCILIATION_SIZES | sort -n | tail -1)
  warm=$(( largest < 10000 ? largest : 10000 ))
  log "Reconciliation: a fresh service (-Xmx${SERVICE_HEAP:-default}) on database $RECON_DB; warm-up: $warm lines as JSON and CSV, not counted"
  recon_probe "$warm" json,csv "$WORK/reconciliation-warmup.jsonl" > /dev/null
  for lines in $(printf '%s\n' $RECONCILIATION_SIZES | sort -n); do
    log "Reconciliation of an invoice of $lines lines (generated by emulator A), as JSON and as CSV; VmRSS every 100 ms"
    t0=$(date +%s)
    recon_probe "$lines" json,csv "$WORK/reconciliation.jsonl" | sed 's/^/  /' || echo "  (the probe failed for $lines lines)"
    echo "  ($(( $(date +%s) - t0 )) s with the GCs and heap reads around each request)"
  done
  echo "reconciliationServiceHwmKb=$(status_kb "$RECON_PID" VmHWM)" >> "$WORK/machine.properties"
  grep -E 'OutOfMemory|ERROR' "$WORK/reconciliation-service.log" | head -5 || true
  stop_pid "$JSTAT_PID"
  stop_pid "$RECON_PID"
  dropdb $PG --if-exists "$RECON_DB"
fi
log "Stopping the service and the emulators"
cleanup
PIDS=()

# ---------------------------------------------------------------------------------------------
if wants jmh; then
  log "JMH: CartDraft.validate with 1, 10, 100, 500 lines ($JMH_ARGS)"
  "$JAVA" -cp "$TOOLS_CP" org.openjdk.jmh.Main CartValidationBenchmark $JMH_ARGS -rf json -rff "$WORK/jmh.json" > "$WORK/jmh.txt" 2>&1
  tail -12 "$WORK/jmh.txt"
fi

echo "loadAverageAtEnd=$(cut -d' ' -f1-3 /proc/loadavg)" >> "$WORK/machine.properties"
echo "otherBuildJvmsAtEnd=$(other_jvms)" >> "$WORK/machine.properties"
echo "settings=step ${STEP_SECONDS}s, reference ${REFERENCE_RATE}/s, ladder from ${START_RATE}/s x1.5, p99 bound ${MAX_P99_MS} ms, error bound ${MAX_ERROR_PCT} %, journey customers ${JOURNEY_CUSTOMERS_NOTE}" >> "$WORK/machine.properties"

log "Report"
tool Report write "$WORK" "$BENCH/results/$STAMP.json" "$BENCH/results/latest.json" "$BENCH/README.md"
echo
echo "Raw figures, logs, JFR recordings: $WORK"
echo "Gatling HTML reports: $(awk -F'\t' 'NR > 1 && $5 != "none" { print $5 "/index.html" }' "$STEPS" | tr '\n' ' ')"
