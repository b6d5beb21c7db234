#!/usr/bin/env bash
# The crash test: for each component, publishes 500 reports, kills that component with SIGKILL halfway,
# restarts it, and checks that all 500 end in query-service exactly once with the right status. Each run goes to
# bench/RESULTS.md (## Crash test). Needs the local stack running (deploy/local/up.sh) with the file-backed store
# (its default) when the store is among the components. Takes about a minute per component.
#
#   deploy/local/crashtest.sh                        # query-service ingest-service parser-service validation-service kafka store
#   deploy/local/crashtest.sh parser-service store   # only these
set -euo pipefail
# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"

COMPONENTS=${*:-"query-service ingest-service parser-service validation-service kafka store"}
[[ $(http_status "$(port_of query-service)" /q/health/ready) == 200 ]] || die "the local stack is not running: deploy/local/up.sh first"
[[ -f $HARNESS_JAR ]] || die "$HARNESS_JAR is missing: build the project (mvn -B -DskipTests install)"
STORE_KIND=$(cat "$RUN_DIR/store.kind" 2>/dev/null || echo file)
if [[ " $COMPONENTS " == *" store "* ]]; then
  [[ -z ${MONGODB_URI:-} ]] || die "MONGODB_URI is set: the store is not one up.sh started, so the crash test cannot kill it"
  [[ $STORE_KIND == file ]] || die "the store runs in memory (NIANBAO_STORE=memory), which keeps nothing across a restart: start the stack with the file-backed store (down.sh, then up.sh without NIANBAO_STORE) to crash-test the store"
fi
COMMIT=$(git -C "$NIANBAO_ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)

failed=""
seed=11
for component in $COMPONENTS; do
  log "crash test: SIGKILL $component halfway through 500 reports"
  running_pid "$component" >/dev/null || die "$component is not running (no live process in $(pid_file "$component"))"
  kill_cmd="kill -9 \$(cat '$(pid_file "$component")')"
  # up.sh starts only what is not running, the store again with the kind it had; an empty samples directory means it
  # publishes nothing
  restart_cmd="NIANBAO_SKIP_BUILD=1 NIANBAO_STORE=$STORE_KIND NIANBAO_SAMPLES_DIR=/nonexistent '$LOCAL_DIR/up.sh' >/dev/null"
  if "$JAVA" -Xmx256m -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$HARNESS_CP" nianbao.harness.CrashTest \
      --reports 500 --seed "$seed" --kill "$kill_cmd" --restart "$restart_cmd" --component "$component" \
      --results "$NIANBAO_ROOT/bench/RESULTS.md" --commit "$COMMIT"; then
    log "crash test $component: passed"
  else
    log "crash test $component: FAILED"
    failed="$failed $component"
  fi
  seed=$((seed + 1))
done
[[ -z $failed ]] || die "crash test failed for:$failed"
log "crash test passed for: $COMPONENTS"
