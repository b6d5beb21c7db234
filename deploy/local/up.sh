#!/usr/bin/env bash
# Starts the whole nianbao pipeline on this machine, without Docker: a Kafka 4.1.1 broker (KRaft, from Maven jars),
# the MongoDB-compatible store, the topics and the four services; then publishes samples/ and prints the results.
# Needs only Java 17 and Maven. Safe to run again: what is already running is left alone, data is kept.
#
# Usage: up.sh               everything
#        up.sh --infra-only  only Kafka, the topics and the store (to run the services from an IDE or quarkus:dev)
#
# Environment:
#   NIANBAO_DATA_DIR         where Kafka, the store and the logs keep their data (default deploy/local/data)
#   NIANBAO_SKIP_BUILD=1     do not run `mvn -B -DskipTests install` first
#   MONGODB_URI              use this MongoDB instead of starting the local store
#   NIANBAO_STORE            file (default: the local store keeps its data in an H2 file across restarts) or memory
#                            (several times faster, for load tests; its data is gone when the store stops)
#   NIANBAO_PARTITIONS       partitions per topic when topics are created (default 2)
#   NIANBAO_SAMPLES_DIR      the report files to publish (default samples/)
#   NIANBAO_START_TIMEOUT    seconds each component may take to become ready (default 120)
#   NIANBAO_PUBLISH_TIMEOUT  seconds to wait for the published reports to be done (default 120)
set -euo pipefail
# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

DATA_DIR=${NIANBAO_DATA_DIR:-$LOCAL_DIR/data}
mkdir -p "$DATA_DIR" "$RUN_DIR"
DATA_DIR=$(cd "$DATA_DIR" && pwd)
LOG_DIR=$DATA_DIR/logs
mkdir -p "$LOG_DIR"
START_TIMEOUT=${NIANBAO_START_TIMEOUT:-120}
STORE_KIND=${NIANBAO_STORE:-file}
[[ $STORE_KIND == file || $STORE_KIND == memory ]] || die "NIANBAO_STORE must be file or memory, not '$STORE_KIND'"
SAMPLES_DIR=${NIANBAO_SAMPLES_DIR:-$NIANBAO_ROOT/samples}
KAFKA_LIB=$LIB_DIR/kafka

export KAFKA_BOOTSTRAP_SERVERS=localhost:9092
if [[ -n ${MONGODB_URI:-} ]]; then
  LOCAL_STORE=0
else
  LOCAL_STORE=1
  export MONGODB_URI=mongodb://localhost:27017
fi

command -v "$JAVA" >/dev/null || die "java not found: install Java 17 or set JAVA_HOME"

# Scanned reports are read with Tesseract (chi_sim and eng): installed from the system's packages when missing; where
# that cannot be done the stack still starts, and ingest-service rejects a scanned file saying OCR is not installed.
# shellcheck source=../system-packages.sh
source "$NIANBAO_ROOT/deploy/system-packages.sh"
if ! ensure_system_packages "${OCR_PACKAGES[@]}"; then
  log "warning: Tesseract with chi_sim is not installed, so scanned reports will be rejected (no text layer)"
fi

# Uploads need a write token. Without NIANBAO_WRITE_TOKEN, one is generated once and kept with the data.
TOKEN_FILE=$DATA_DIR/write-token
if [[ -z ${NIANBAO_WRITE_TOKEN:-} ]]; then
  if [[ ! -s $TOKEN_FILE ]]; then
    mkdir -p "$DATA_DIR"
    (umask 077 && od -An -N24 -tx1 /dev/urandom | tr -d ' \n' > "$TOKEN_FILE")
  fi
  NIANBAO_WRITE_TOKEN=$(cat "$TOKEN_FILE")
fi
export NIANBAO_WRITE_TOKEN

# Fails clearly if <port> is taken by a process up.sh did not start.
require_free_port() {
  if port_open "$1"; then
    die "port $1 (for $2) is already in use by another process, not one started by up.sh; free it and run up.sh again"
  fi
}

# Starts <name> in the background with its output appended to <log>, cwd the data dir; records its PID.
start_process() {
  local name=$1 logfile=$2
  shift 2
  printf '\n===== %s: starting %s =====\n' "$(date '+%Y-%m-%d %H:%M:%S')" "$name" >>"$logfile"
  (cd "$DATA_DIR" && exec nohup "$@" >>"$logfile" 2>&1 </dev/null) &
  echo $! >"$(pid_file "$name")"
}

# Starts service <name> under supervise.sh (restarted when its JVM exits after an OutOfMemoryError) and waits for
# the JVM's PID in its pid file.
start_supervised() {
  local name=$1 logfile=$2
  shift 2
  printf '\n===== %s: starting %s =====\n' "$(date '+%Y-%m-%d %H:%M:%S')" "$name" >>"$logfile"
  rm -f "$(pid_file "$name")"
  (cd "$DATA_DIR" && exec nohup "$LOCAL_DIR/supervise.sh" "$(pid_file "$name")" "$logfile" "$@" >>"$logfile" 2>&1 </dev/null) &
  local tries=0
  until [[ -s $(pid_file "$name") ]] || ((tries++ > 50)); do sleep 0.1; done
}

# Waits until <check...> succeeds; fails pointing at <log> if <name> dies or <seconds> pass.
wait_for() {
  local name=$1 seconds=$2 logfile=$3
  shift 3
  local deadline=$((SECONDS + seconds))
  until "$@"; do
    if ! running_pid "$name" >/dev/null; then
      tail -n 25 "$logfile" >&2 || true
      die "$name stopped while starting; its log is $logfile (last lines above)"
    fi
    if ((SECONDS >= deadline)); then
      tail -n 25 "$logfile" >&2 || true
      die "$name not ready after ${seconds}s; its log is $logfile (last lines above)"
    fi
    sleep 0.5
  done
}

# True when <service> (still our process) answers 200 on /q/health/ready. Called through wait_for.
# shellcheck disable=SC2317
is_ready() { running_pid "$1" >/dev/null && [[ $(http_status "$(port_of "$1")" /q/health/ready) == 200 ]]; }

any_service_running() {
  local svc
  for svc in $SERVICES; do
    if running_pid "$svc" >/dev/null; then return 0; fi
  done
  return 1
}

build() {
  if [[ ${NIANBAO_SKIP_BUILD:-0} == 1 ]]; then
    log "NIANBAO_SKIP_BUILD=1: not building"
  elif any_service_running; then
    log "services from an earlier up.sh are running: not rebuilding under them (run down.sh first to pick up changes)"
  else
    log "building: mvn -B -q -DskipTests install"
    local started
    started=$(now_ms)
    (cd "$NIANBAO_ROOT" && mvn -B -q -DskipTests install) || die "the build failed (output above)"
    log "built in $((($(now_ms) - started) / 1000)) s"
  fi
  [[ -f $TOOLS_JAR ]] || die "$TOOLS_JAR is missing: build the project (unset NIANBAO_SKIP_BUILD)"
}

fetch_kafka() {
  if [[ -f $KAFKA_LIB/kafka_2.13-4.1.1.jar ]]; then
    return
  fi
  log "fetching the Kafka 4.1.1 broker jars with Maven into $KAFKA_LIB"
  mvn -B -q -f "$LOCAL_DIR/kafka/pom.xml" dependency:copy-dependencies || die "could not fetch the Kafka jars"
}

# the broker's JVM: -Xmx256m like every process of the stack, logging per kafka/log4j2.properties
KAFKA_JAVA=("$JAVA" -Xmx256m -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError -Djava.awt.headless=true
  -Dlog4j2.configurationFile="$LOCAL_DIR/kafka/log4j2.properties" -cp "$KAFKA_LIB/*")

start_kafka() {
  local pid
  if pid=$(running_pid kafka); then
    log "kafka already running (pid $pid)"
    return
  fi
  require_free_port 9092 kafka
  require_free_port 9093 "the kafka controller"
  local dir=$DATA_DIR/kafka config=$DATA_DIR/kafka/server.properties logfile=$LOG_DIR/kafka.log
  mkdir -p "$dir/logs"
  { cat "$LOCAL_DIR/kafka/server.properties"; echo "log.dirs=$dir/logs"; } >"$config"
  if [[ -f $dir/logs/meta.properties ]]; then
    log "kafka storage in $dir/logs is formatted already: keeping its data"
  else
    local cluster_id
    cluster_id=$("${KAFKA_JAVA[@]}" kafka.tools.StorageTool random-uuid 2>>"$logfile" | tail -n 1)
    "${KAFKA_JAVA[@]}" kafka.tools.StorageTool format -t "$cluster_id" -c "$config" >>"$logfile" 2>&1 \
      || die "formatting the kafka storage failed; see $logfile"
    log "formatted kafka storage in $dir/logs (cluster id $cluster_id)"
  fi
  local started
  started=$(now_ms)
  start_process kafka "$logfile" "${KAFKA_JAVA[@]}" kafka.Kafka "$config"
  wait_for kafka "$START_TIMEOUT" "$logfile" port_open 9092
  log "kafka listening on localhost:9092 after $(($(now_ms) - started)) ms (pid $(running_pid kafka))"
}

create_topics() {
  local started
  started=$(now_ms)
  "$JAVA" -Xmx128m -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$TOOLS_CP" nianbao.tools.CreateTopics \
    || die "creating the topics failed (output above); the broker log is $LOG_DIR/kafka.log"
  log "topics ready after $(($(now_ms) - started)) ms (including JVM start)"
}

start_store() {
  if [[ $LOCAL_STORE == 0 ]]; then
    log "MONGODB_URI is set: the services use $MONGODB_URI, no local store"
    return
  fi
  local pid
  if pid=$(running_pid store); then
    log "store already running (pid $pid)"
    return
  fi
  require_free_port 27017 store
  local logfile=$LOG_DIR/store.log started
  started=$(now_ms)
  # in memory the store holds every document as Java objects: it needs a heap that grows with the reports
  local where=$DATA_DIR/store/nianbao.h2 heap=-Xmx256m
  if [[ $STORE_KIND == memory ]]; then
    where=--memory heap=-Xmx4g
  fi
  start_process store "$logfile" "$JAVA" "$heap" \
    -Dorg.slf4j.simpleLogger.log.de.bwaldvogel.mongo.wire.MongoWireProtocolHandler=warn \
    -cp "$TOOLS_CP" nianbao.tools.StoreServer "$where" 127.0.0.1 27017
  echo "$STORE_KIND" > "$RUN_DIR/store.kind"
  wait_for store "$START_TIMEOUT" "$logfile" port_open 27017
  log "store ($STORE_KIND) listening on $MONGODB_URI after $(($(now_ms) - started)) ms (pid $(running_pid store))"
}

start_services() {
  local svc pid port jar
  for svc in $SERVICES; do
    if pid=$(running_pid "$svc"); then
      log "$svc already running (pid $pid)"
      continue
    fi
    port=$(port_of "$svc")
    require_free_port "$port" "$svc"
    jar=$NIANBAO_ROOT/$svc/target/quarkus-app/quarkus-run.jar
    [[ -f $jar ]] || die "$jar is missing: build the project (unset NIANBAO_SKIP_BUILD)"
    start_supervised "$svc" "$LOG_DIR/$svc.log" "$JAVA" -Xmx256m -XX:+ExitOnOutOfMemoryError \
      -Dquarkus.http.host=127.0.0.1 -jar "$jar"
  done
  local started
  started=$(now_ms)
  for svc in $SERVICES; do
    wait_for "$svc" "$START_TIMEOUT" "$LOG_DIR/$svc.log" is_ready "$svc"
    log "$svc ready on http://localhost:$(port_of "$svc") (pid $(running_pid "$svc"), $(($(now_ms) - started)) ms)"
  done
}

publish_samples() {
  if [[ ! -d $SAMPLES_DIR ]] || [[ -z $(ls -A "$SAMPLES_DIR" 2>/dev/null) ]]; then
    log "no files in $SAMPLES_DIR: nothing to publish"
    return 0
  fi
  log "publishing every file in $SAMPLES_DIR onto report-files"
  "$JAVA" -Xmx256m -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$TOOLS_CP" nianbao.tools.PublishSamples \
    --query-url http://localhost:8080 --timeout "${NIANBAO_PUBLISH_TIMEOUT:-120}" "$SAMPLES_DIR"
}

print_urls() {
  local svc
  echo
  log "the stack is running (stop it with deploy/local/down.sh; data stays in $DATA_DIR)"
  log "  reports:     http://localhost:8080/reports"
  for svc in $SERVICES; do
    log "  swagger-ui:  http://localhost:$(port_of "$svc")/q/swagger-ui   ($svc)"
  done
  log "  kafka:       localhost:9092   store: $MONGODB_URI"
  log "  uploads:     curl -H 'Authorization: Bearer $NIANBAO_WRITE_TOKEN' --data-binary @report.txt 'http://localhost:8081/reports?fileName=report.txt'"
  log "  logs:        $LOG_DIR"
}

INFRA_ONLY=0
case ${1:-} in
  "") ;;
  --infra-only) INFRA_ONLY=1 ;;
  *) die "unknown argument $1 (usage: up.sh [--infra-only])" ;;
esac

build
fetch_kafka
start_kafka
create_topics
start_store
if ((INFRA_ONLY)); then
  log "infrastructure running: kafka localhost:9092, store $MONGODB_URI (stop with deploy/local/down.sh)"
  exit 0
fi
start_services
status=0
publish_samples || status=$?
print_urls
if ((status != 0)); then
  log "publishing the samples did not finish (exit $status); see the output above and the logs in $LOG_DIR"
fi
exit "$status"
