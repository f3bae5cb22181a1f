#!/usr/bin/env bash
# Partner Commerce chaos run: two service instances (the packaged jar, production profile) on one PostgreSQL
# database of a private cluster, in front of one emulator with a state file, all on 127.0.0.1; concurrent clients,
# a seeded nemesis, a recorded history and a checker of the exactly-once invariants. See chaos/README.md.
#
#   chaos/run.sh                    the full run: 10 minutes of nemesis, then settle, resolve, check (<= 20 minutes)
#   CHAOS_QUICK=1 chaos/run.sh      a smoke run: 60 s of nemesis (<= 3 minutes in all)
#   CHAOS_SOAK=1 chaos/run.sh       the soak: 10 minutes of journeys at 40/s (twice the benchmarks' reference rate), no
#                                   faults; resident memory and heap after GC sampled, their slopes reported
#
# Settings (environment): CHAOS_SEED (1), CHAOS_CLIENTS (16), CHAOS_DURATION (600; quick 60 seconds of nemesis),
# CHAOS_SETTLE (120; quick 45: the bound on settling), CHAOS_NEMESIS (1; 0: no faults), CHAOS_PG_RESTARTS (2; quick 1),
# CHAOS_PG_PORT (5439: the private cluster "15 chaos", created if missing, restarted by the nemesis),
# CHAOS_BUILD (1; 0 uses the jars already built), CHAOS_THINK_MS (100: a client's pause between journeys),
# CHAOS_BLOCK_ALLOWANCE_MS (30000: how long past the end of its fault a key may stay blocked: the lease 10 s and abandoned-after 15 s set here, a recovery run, backoff).
# Maven: MAVEN_ARGS as Maven 3.9 takes them, e.g. MAVEN_ARGS="-o -Dmaven.repo.local=/root/.m2-chaos/repository".
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
# shellcheck source=SCRIPTDIR/../scripts/lib/packaged-service.sh
. "$ROOT/scripts/lib/packaged-service.sh"
CHAOS="$ROOT/chaos"
QUICK=${CHAOS_QUICK:-0}
SOAK=${CHAOS_SOAK:-0}
SEED=${CHAOS_SEED:-1}
CLIENTS=${CHAOS_CLIENTS:-16}
if [ "$QUICK" = 1 ]; then
  DURATION=${CHAOS_DURATION:-60}; SETTLE=${CHAOS_SETTLE:-45}; PG_RESTARTS=${CHAOS_PG_RESTARTS:-1}
else
  DURATION=${CHAOS_DURATION:-600}; SETTLE=${CHAOS_SETTLE:-120}; PG_RESTARTS=${CHAOS_PG_RESTARTS:-2}
fi
NEMESIS=${CHAOS_NEMESIS:-1}
SOAK_RATE=0
if [ "$SOAK" = 1 ]; then
  # twice the benchmarks' reference rate (20 journeys/s), no faults
  NEMESIS=0; PG_RESTARTS=0; SOAK_RATE=${CHAOS_SOAK_RATE:-40}
fi
PG_VERSION=${CHAOS_PG_VERSION:-15}
PG_CLUSTER=chaos
PG_PORT=${CHAOS_PG_PORT:-5439}
DB=partner_commerce_chaos
PG="-h 127.0.0.1 -p $PG_PORT -U postgres"
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
WORK="$CHAOS/target/run-$STAMP"
mkdir -p "$WORK" "$CHAOS/results"
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }

# --- a JDK 21+
java_major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'; }
if [ -z "${JAVA_HOME:-}" ] || [ "$(java_major "$JAVA_HOME/bin/java")" -lt 21 ] 2>/dev/null; then
  JAVA_HOME=""; best=0
  for candidate in /usr/lib/jvm/* /opt/java/*; do
    [ -x "$candidate/bin/javac" ] || continue
    major=$(java_major "$candidate/bin/java")
    if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best" ]; then best=$major; JAVA_HOME=$candidate; fi
  done
fi
[ -n "$JAVA_HOME" ] || { echo "The chaos run needs a JDK 21 or newer." >&2; exit 1; }
export JAVA_HOME
JAVA="$JAVA_HOME/bin/java"

# --- processes started here, stopped on any exit
PIDS=()
stop_pid() {
  local pid=$1
  kill -TERM "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
}
cleanup() {
  local pid f
  for pid in "${PIDS[@]}"; do stop_pid "$pid"; done
  # the service instances the harness started (it stops them itself; this is for a harness killed hard)
  for f in "$WORK"/service-*.pid; do
    [ -f "$f" ] || continue
    pid=$(cat "$f")
    if [ -n "$pid" ] && { tr '\0' ' ' < "/proc/$pid/cmdline"; } 2>/dev/null | grep -q "chaos.instance"; then stop_pid "$pid"; fi
  done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- build
SERVICE_JAR="$ROOT/bootstrap/target/quarkus-app/quarkus-run.jar"
if [ "${CHAOS_BUILD:-1}" = 0 ] && [ -f "$SERVICE_JAR" ] && [ -d "$CHAOS/target/classes" ] \
    && ls "$ROOT"/partnercenter-emulator/target/partnercenter-emulator-*-standalone.jar > /dev/null 2>&1; then
  log "CHAOS_BUILD=0: using the jars and classes already built"
else
  log "Building the service, the emulator and the harness"
  # The harness is not a module of the main build (./mvnw verify never builds or runs it): the service and the
  # emulator are installed first, then the harness is built on its own.
  ./mvnw -B -q --no-transfer-progress install -DskipTests -pl bootstrap,partnercenter-emulator -am
  ./mvnw -B -q --no-transfer-progress -f chaos/pom.xml package -DskipTests
fi
EMULATOR_JAR=$(ls "$ROOT"/partnercenter-emulator/target/partnercenter-emulator-*-standalone.jar | head -1)

# --- the private PostgreSQL cluster (never the shared one on 5432): created if missing, started, a fresh database
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$PG_VERSION $PG_CLUSTER"; then
  log "Creating the PostgreSQL cluster $PG_VERSION/$PG_CLUSTER on port $PG_PORT (trust, loopback)"
  pg_createcluster "$PG_VERSION" "$PG_CLUSTER" --port "$PG_PORT" -- --auth=trust > "$WORK/pg-create.log" 2>&1
  echo "listen_addresses = '127.0.0.1'" >> "/etc/postgresql/$PG_VERSION/$PG_CLUSTER/postgresql.conf"
fi
pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" "$PG_CLUSTER" start 2>/dev/null || true
for _ in $(seq 1 30); do pg_isready $PG -q && break; sleep 1; done
pg_isready $PG
dropdb $PG --if-exists "$DB"
createdb $PG "$DB"

# --- the emulator, with a state file
EMU_PORT=$(free_port 18389)
E="http://127.0.0.1:$EMU_PORT"
# The state file lets the emulator outlive a restart; the soak restarts nothing, and rewriting a state that grows with
# every purchase would make the emulator, not the service, the slowest part of a long soak.
STATE_FILE=(--state-file "$WORK/partner-center-state.json")
[ "$SOAK" = 1 ] && STATE_FILE=()
"$JAVA" -jar "$EMULATOR_JAR" --port "$EMU_PORT" --host 127.0.0.1 "${STATE_FILE[@]}" \
  --provisioning-delay PT5S --max-cart-lines 50 > "$WORK/emulator.log" 2>&1 &
PIDS+=($!)
wait_http "$E/$TENANT/v2.0/.well-known/openid-configuration" 30
PORT_A=$(free_port 18380)
PORT_B=$(free_port $((PORT_A + 1)))
log "Emulator on $E; service instances will listen on 127.0.0.1:$PORT_A and :$PORT_B; PostgreSQL $PG_VERSION/$PG_CLUSTER on $PG_PORT"

SERVICE_CMD=(
  "$JAVA" -Xmx512m -XX:+UseG1GC -Dchaos.instance={port}
  -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port={port}
  -Dpartnercommerce.api.rate-limit.enabled=false
  -Dpartnercommerce.checkout.lease=PT10S
  -Dpartnercommerce.checkout.recovery-every=2s
  -Dpartnercommerce.checkout.recovery-delay=2s
  -Dpartnercommerce.idempotency.abandoned-after=PT15S
)
service_settings SERVICE_CMD "$E" "jdbc:postgresql://127.0.0.1:$PG_PORT/$DB"
SERVICE_CMD+=(-jar "$SERVICE_JAR")

GIT_COMMIT="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet 2>/dev/null || echo '+changes')"
NEMESIS_BOOL=true; [ "$NEMESIS" = 1 ] || NEMESIS_BOOL=false
[ "$SOAK" = 1 ] && log "Soak: $SOAK_RATE journeys/s for $DURATION s, no faults"
log "Chaos run: seed $SEED, $CLIENTS clients, $DURATION s, settle bound $SETTLE s, nemesis $NEMESIS_BOOL, $PG_RESTARTS PostgreSQL restart(s); raw files in $WORK"
set +e
"$JAVA" -cp "$CHAOS/target/classes:$CHAOS/target/lib/*" \
  -Dchaos.seed="$SEED" -Dchaos.clients="$CLIENTS" -Dchaos.durationSeconds="$DURATION" -Dchaos.settleSeconds="$SETTLE" \
  -Dchaos.nemesis="$NEMESIS_BOOL" -Dchaos.soakRate="$SOAK_RATE" -Dchaos.pgRestarts="$PG_RESTARTS" -Dchaos.quick="$([ "$QUICK" = 1 ] && echo true || echo false)" \
  -Dchaos.thinkMillis="${CHAOS_THINK_MS:-100}" -Dchaos.blockAllowanceMillis="${CHAOS_BLOCK_ALLOWANCE_MS:-30000}" \
  -Dchaos.emulatorUrl="$E" -Dchaos.tenant="$TENANT" \
  -Dchaos.jdbcUrl="jdbc:postgresql://127.0.0.1:$PG_PORT/$DB" -Dchaos.jdbcUser=postgres \
  -Dchaos.pgRestartCommand="pg_ctlcluster --skip-systemctl-redirect $PG_VERSION $PG_CLUSTER restart" \
  -Dchaos.workDir="$WORK" -Dchaos.resultsDir="$CHAOS/results" -Dchaos.portA="$PORT_A" -Dchaos.portB="$PORT_B" \
  -Dchaos.gitCommit="$GIT_COMMIT" \
  org.partnercommerce.chaos.Chaos -- "${SERVICE_CMD[@]}" 2>&1 | tee "$WORK/chaos.log"
STATUS=${PIPESTATUS[0]}
set -e
log "Raw files: $WORK (history.jsonl, result.json, violations.txt, service-a.log, service-b.log, emulator.log)"
exit "$STATUS"
