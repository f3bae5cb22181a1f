# What the scripts that run the packaged service beside the emulator share (benchmarks/run.sh,
# chaos/run.sh, scripts/aot-cache.sh): sourced, not run.

# The emulator's demo tenant, whose token endpoint and keys the service is pointed at.
TENANT=partner-commerce-demo

# A port nobody listens on, from $1 up.
free_port() {
  local port=$1
  while ss -ltnH "sport = :$port" | grep -q .; do port=$((port + 1)); done
  echo "$port"
}

# Waits until $1 answers 2xx, at most $2 seconds.
wait_http() {
  for _ in $(seq 1 $(($2 * 10))); do curl -fs -o /dev/null "$1" && return 0; sleep 0.1; done
  echo "Nothing answered at $1 within $2 s" >&2
  return 1
}

# Appends to the array named $1 the settings that point the packaged service (production profile)
# at the emulator $2 as Partner Center and as its callers' token issuer, with the demo partner's
# App+User credentials, and at the PostgreSQL database of JDBC URL $3 (user postgres, trust).
service_settings() {
  local -n settings=$1
  local emulator=$2 jdbc_url=$3
  settings+=(
    -Dquarkus.datasource.jdbc.url="$jdbc_url" -Dquarkus.datasource.username=postgres
    -Dpartnercommerce.auth.issuer="$emulator/$TENANT/v2.0"
    -Dpartnercommerce.auth.jwks-url="$emulator/$TENANT/discovery/v2.0/keys"
    -Dpartnercommerce.partner-center.url="$emulator"
    -Dpartnercommerce.partner-center.token-url="$emulator/$TENANT/oauth2/v2.0/token"
    -Dpartnercommerce.partner-center.client-id=demo-partner
    -Dpartnercommerce.partner-center.client-secret=demo-partner-secret
    -Dpartnercommerce.partner-center.auth=app-user
    -Dpartnercommerce.partner-center.refresh-token=demo-partner-refresh-token
    -Dpartnercommerce.partner.partner-id=1234567
  )
}
