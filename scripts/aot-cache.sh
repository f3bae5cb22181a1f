#!/usr/bin/env bash
# Makes the JDK's AOT cache of the packaged service (JDK 25+): packages it as aot-jar, starts it
# once with -XX:AOTCacheOutput against the emulator and a throw-away PostgreSQL database, sends it
# a few purchase journeys, and stops it; the JDK writes the cache as the service exits. Then run:
#
#   cd bootstrap/target/<output> && java -XX:AOTCache=app.aot -jar quarkus-run.jar
#
# It never talks to Partner Center: the training buys, from the emulator.
#
# Environment: JAVA_HOME (a JDK 25+; else the newest under /usr/lib/jvm), AOT_OUTPUT (the package's
# folder under bootstrap/target, default quarkus-app), AOT_JOURNEYS (20), AOT_PACKAGE (1; 0 uses
# the aot-jar package already there), AOT_PG (psql/createdb options, default -h 127.0.0.1 -p 5432
# -U postgres, trust authentication), AOT_JAVA_OPTIONS (the service's JVM options while it trains,
# default -Xmx512m -XX:+UseG1GC: the production settings, so that it trains with the heap and the
# collector the cache will be used with), AOT_APP (the aot-jar package to train, default bootstrap/target/$AOT_OUTPUT; the
# JVM image trains its own copy, in the folder it runs from) and AOT_EMULATOR_JAR (the standalone
# emulator, default the one under partnercenter-emulator/target). Uses the database
# partner_commerce_aot_training (created and dropped) and free ports on 127.0.0.1; stops what it
# started, on any exit.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
# shellcheck source=SCRIPTDIR/lib/packaged-service.sh
. "$ROOT/scripts/lib/packaged-service.sh"
OUTPUT=${AOT_OUTPUT:-quarkus-app}
JOURNEYS=${AOT_JOURNEYS:-20}
PG=${AOT_PG:-"-h 127.0.0.1 -p 5432 -U postgres"}
read -r -a SERVICE_JAVA_OPTIONS <<< "${AOT_JAVA_OPTIONS--Xmx512m -XX:+UseG1GC}"
DB=partner_commerce_aot_training
CUSTOMER=932c4101-dc08-461b-b4c1-75d80e905775

java_major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'; }
if [ -z "${JAVA_HOME:-}" ] || [ "$(java_major "$JAVA_HOME/bin/java")" -lt 25 ] 2>/dev/null; then
  JAVA_HOME=""
  for candidate in /usr/lib/jvm/*; do
    [ -x "$candidate/bin/java" ] && [ "$(java_major "$candidate/bin/java")" -ge 25 ] 2>/dev/null && JAVA_HOME=$candidate
  done
fi
[ -n "$JAVA_HOME" ] || { echo "The AOT cache needs a JDK 25 or newer; none was found." >&2; exit 1; }
export JAVA_HOME
JAVA="$JAVA_HOME/bin/java"

PIDS=()
cleanup() {
  local status=$? pid
  if [ "$status" != 0 ] && [ -f "${APP:-}/aot-training.log" ]; then
    echo "The training failed; the service's last lines ($APP/aot-training.log):" >&2
    tail -n 40 "$APP/aot-training.log" >&2
  fi
  for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  dropdb $PG --if-exists "$DB" 2>/dev/null || true
}
trap cleanup EXIT

if [ "${AOT_PACKAGE:-1}" = 1 ]; then
  echo "Packaging the service as aot-jar into bootstrap/target/$OUTPUT"
  ./mvnw -B -q --no-transfer-progress package -DskipTests -pl bootstrap -am \
    -Dquarkus.package.jar.type=aot-jar -Dquarkus.package.output-directory="$OUTPUT"
fi
APP=${AOT_APP:-"$ROOT/bootstrap/target/$OUTPUT"}
EMULATOR_JAR=${AOT_EMULATOR_JAR:-$(ls "$ROOT"/partnercenter-emulator/target/partnercenter-emulator-*-standalone.jar | head -1)}

EMULATOR_PORT=$(free_port 28089)
"$JAVA" -jar "$EMULATOR_JAR" --port "$EMULATOR_PORT" > "$APP/aot-training-emulator.log" 2>&1 &
PIDS+=($!)
E="http://127.0.0.1:$EMULATOR_PORT"
wait_http "$E/$TENANT/v2.0/.well-known/openid-configuration" 30
dropdb $PG --if-exists "$DB" 2>/dev/null
createdb $PG "$DB"

SERVICE_PORT=$(free_port 28080)
S="http://127.0.0.1:$SERVICE_PORT"
rm -f "$APP/app.aot"
TRAINED=(-Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$SERVICE_PORT")
service_settings TRAINED "$E" "jdbc:postgresql://127.0.0.1:5432/$DB"
(cd "$APP" && exec "$JAVA" -XX:AOTCacheOutput=app.aot ${SERVICE_JAVA_OPTIONS[@]+"${SERVICE_JAVA_OPTIONS[@]}"} \
  "${TRAINED[@]}" -jar quarkus-run.jar) > "$APP/aot-training.log" 2>&1 &
SERVICE_PID=$!
PIDS+=("$SERVICE_PID")
wait_http "$S/q/health/ready" 90

echo "Training: $JOURNEYS purchase journeys (token, catalog, cart, checkout, order, history)"
TOKEN=$(curl -fs "$E/$TENANT/oauth2/v2.0/token" -d grant_type=client_credentials -d client_id=demo-partner \
  -d client_secret=demo-partner-secret -d scope=partner-commerce/.default | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
for i in $(seq 1 "$JOURNEYS"); do
  curl -fs -o /dev/null -H "Authorization: Bearer $TOKEN" "$S/v1/products/CFQ7TTC0LH0Z/skus?country=US"
  CART=$(curl -fs -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json" -H "Idempotency-Key: training-cart-$i" \
    "$S/v1/customers/$CUSTOMER/carts" -d '{"lineItems":[{"catalogItemId":"CFQ7TTC0LFLZ:0002:CFQ7TTC0K4TS","quantity":5,
    "billingCycle":"monthly","termDuration":"P1M"}]}' | sed -E 's/^\{"id":"([^"]+)".*/\1/')
  ORDER=$(curl -fs -X POST -H "Authorization: Bearer $TOKEN" -H "Idempotency-Key: training-checkout-$i" \
    "$S/v1/customers/$CUSTOMER/carts/$CART/checkout" | sed -E 's/.*"orders":\[\{"id":"([^"]+)".*/\1/')
  curl -fs -o /dev/null -H "Authorization: Bearer $TOKEN" "$S/v1/customers/$CUSTOMER/orders/$ORDER"
  curl -fs -o /dev/null -H "Authorization: Bearer $TOKEN" "$S/v1/customers/$CUSTOMER/orders?size=1"
done

echo "Stopping the service; the JDK writes the cache as it exits"
kill -TERM "$SERVICE_PID"
wait "$SERVICE_PID" || true
[ -f "$APP/app.aot" ] || { echo "No AOT cache was written; see $APP/aot-training.log" >&2; exit 1; }
echo "AOT cache: $APP/app.aot ($(du -h "$APP/app.aot" | cut -f1)). Run: cd $APP && $JAVA -XX:AOTCache=app.aot -jar quarkus-run.jar"
