#!/usr/bin/env bash
# The store outage test: publishes 2,000 reports at 25 reports/s, stops the local store (SIGTERM, the file-backed
# store of up.sh) halfway, starts it again 30 s later while publishing goes on, touches no service, and checks that
# all 2,000 end in query-service exactly once and right, none REJECTED, nothing dead-lettered, no service restarted.
# The result goes to bench/RESULTS.md (## Store outage test). Needs the local stack running with the file-backed
# store, its default (deploy/local/up.sh). Takes about two minutes.
#
#   deploy/local/outagetest.sh [reports (2000)] [outage seconds (30)] [rate in reports/s (25)]
set -euo pipefail
# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"

REPORTS=${1:-2000}
OUTAGE=${2:-30}
RATE=${3:-25}
[[ $(http_status "$(port_of query-service)" /q/health/ready) == 200 ]] || die "the local stack is not running: deploy/local/up.sh first"
[[ -f $HARNESS_JAR ]] || die "$HARNESS_JAR is missing: build the project (mvn -B -DskipTests install)"
[[ -z ${MONGODB_URI:-} ]] || die "MONGODB_URI is set: the store is not one up.sh started, so the outage test cannot stop it"
running_pid store >/dev/null || die "the local store is not running (no live process in $(pid_file store))"
[[ $(cat "$RUN_DIR/store.kind" 2>/dev/null || echo file) == file ]] || die "the store runs in memory (NIANBAO_STORE=memory), which keeps nothing across a restart: start the stack with the file-backed store (down.sh, then up.sh without NIANBAO_STORE)"
COMMIT=$(git -C "$NIANBAO_ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)

# stop: SIGTERM to exactly the store's PID, then wait until it has exited (the H2 file closed)
stop_cmd="pid=\$(cat '$(pid_file store)'); kill -TERM \$pid; while kill -0 \$pid 2>/dev/null; do sleep 0.1; done; echo 'store stopped'"
# start: up.sh starts only what is not running (the store; services are left alone), publishing nothing
start_cmd="NIANBAO_SKIP_BUILD=1 NIANBAO_STORE=file NIANBAO_SAMPLES_DIR=/nonexistent '$LOCAL_DIR/up.sh' >/dev/null && echo 'store started'"
log "outage test: $REPORTS reports at $RATE/s, the store stopped for ${OUTAGE}s halfway"
"$JAVA" -Xmx256m -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$HARNESS_CP" nianbao.harness.OutageTest \
  --reports "$REPORTS" --rate "$RATE" --outage "$OUTAGE" --stop "$stop_cmd" --start "$start_cmd" --run-dir "$RUN_DIR" \
  --results "$NIANBAO_ROOT/bench/RESULTS.md" --store "the local store: mongo-java-server, file backend" --commit "$COMMIT" \
  || die "outage test FAILED (figures above and in bench/RESULTS.md)"
log "outage test passed"
