#!/usr/bin/env bash
# The crash test: for each component, publishes 500 reports, kills that component with SIGKILL halfway,
# restarts it, and checks that all 500 end in query-service exactly once with the right status.
# Needs the local stack running (deploy/local/up.sh). Takes about a minute per component.
#
#   deploy/local/crashtest.sh                        # query-service ingest-service parser-service validation-service kafka
#   deploy/local/crashtest.sh parser-service kafka   # only these
set -euo pipefail
# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"

COMPONENTS=${*:-"query-service ingest-service parser-service validation-service kafka"}
[[ $(http_status "$(port_of query-service)" /q/health/ready) == 200 ]] || die "the local stack is not running: deploy/local/up.sh first"

failed=""
seed=11
for component in $COMPONENTS; do
  log "crash test: SIGKILL $component halfway through 500 reports"
  kill_cmd="kill -9 \$(cat '$(pid_file "$component")')"
  # up.sh starts only what is not running; an empty samples directory means it publishes nothing
  restart_cmd="NIANBAO_SKIP_BUILD=1 NIANBAO_SAMPLES_DIR=/nonexistent '$LOCAL_DIR/up.sh' >/dev/null"
  if "$JAVA" -Xmx256m -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$HARNESS_CP" nianbao.harness.CrashTest \
      --reports 500 --seed "$seed" --kill "$kill_cmd" --restart "$restart_cmd"; then
    log "crash test $component: passed"
  else
    log "crash test $component: FAILED"
    failed="$failed $component"
  fi
  seed=$((seed + 1))
done
[[ -z $failed ]] || die "crash test failed for:$failed"
log "crash test passed for: $COMPONENTS"
