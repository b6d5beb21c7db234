#!/usr/bin/env bash
# The pipeline load test against the local stack: publishes synthetic reports onto report-files, measures
# throughput and publish → validated latency until every report is queryable, then the same reports through a bare
# pipe on the same broker (four hops of consume-and-produce with no work), and adds both figures and their ratio to
# bench/RESULTS.md. Starts the stack first if it is not running (deploy/local/up.sh, with NIANBAO_STORE=memory
# unless set: the H2 file backend of the local store is the bottleneck, see bench/RESULTS.md). Start from an
# empty stack (deploy/local/down.sh; rm -r deploy/local/data) so that no earlier backlog is measured too.
#
#   deploy/local/loadtest.sh [reports (20000)] [rate in reports/s, 0 = as fast as possible (0)] [label]
#   deploy/local/loadtest.sh 6000 100 "steady latency"
set -euo pipefail
# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"

REPORTS=${1:-20000}
RATE=${2:-0}
LABEL=${3:-}

if [[ $(http_status "$(port_of query-service)" /q/health/ready) != 200 ]]; then
  log "the local stack is not running: starting it with the store in memory (NIANBAO_STORE=${NIANBAO_STORE:-memory})"
  NIANBAO_STORE=${NIANBAO_STORE:-memory} "$LOCAL_DIR/up.sh"
fi
[[ -f $HARNESS_JAR ]] || die "$HARNESS_JAR is missing: build the project (mvn -B -DskipTests install)"
STORE="MongoDB at ${MONGODB_URI:-}"
if [[ -z ${MONGODB_URI:-} ]]; then
  STORE="the local store: mongo-java-server, $(cat "$RUN_DIR/store.kind" 2>/dev/null || echo file) backend"
fi
log "load test: $REPORTS reports, rate ${RATE:-0} (0 = as fast as possible)"
COMMIT=$(git -C "$NIANBAO_ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
args=(--reports "$REPORTS" --rate "$RATE" --results "$NIANBAO_ROOT/bench/RESULTS.md" --store "$STORE" --commit "$COMMIT")
[[ -n $LABEL ]] && args+=(--label "$LABEL")
# the harness is no service (not held to 256 MiB): its producers buffer whole runs, and the bare pipe runs in it too
"$JAVA" -Xmx1g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$HARNESS_CP" nianbao.harness.LoadTest "${args[@]}"
