#!/usr/bin/env bash
# Stops what up.sh started: exactly the processes whose PIDs are in deploy/local/run/ (SIGTERM, then SIGKILL after
# 20 s), services first, then the store, then Kafka. Never kills by name. Data stays where it is.
set -euo pipefail
# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

GRACE_SECONDS=${NIANBAO_STOP_TIMEOUT:-20}

# Stops the named components together: SIGTERM, wait up to GRACE_SECONDS, SIGKILL what is left; removes pid files.
stop_group() {
  local name pid pids="" names=""
  for name in "$@"; do
    if pid=$(running_pid "$name"); then
      kill -TERM "$pid" 2>/dev/null || true
      pids="$pids $pid"
      names="$names $name"
    elif [[ -f $(pid_file "$name") ]]; then
      log "$name: not running (stale pid file removed)"
      rm -f "$(pid_file "$name")"
    fi
  done
  [[ -n $pids ]] || return 0
  local started deadline alive killed=0
  started=$(now_ms)
  deadline=$((SECONDS + GRACE_SECONDS))
  while :; do
    alive=""
    for pid in $pids; do
      if kill -0 "$pid" 2>/dev/null; then alive="$alive $pid"; fi
    done
    [[ -n $alive ]] || break
    if ((SECONDS >= deadline)); then
      if ((killed)); then
        log "WARNING: still alive after SIGKILL:$alive"
        break
      fi
      log "still running after ${GRACE_SECONDS}s, sending SIGKILL to:$alive"
      for pid in $alive; do kill -KILL "$pid" 2>/dev/null || true; done
      killed=1
      deadline=$((SECONDS + 5))
    fi
    sleep 0.2
  done
  log "stopped$names in $(($(now_ms) - started)) ms"
  for name in $names; do rm -f "$(pid_file "$name")"; done
}

if [[ ! -d $RUN_DIR ]]; then
  log "nothing to stop ($RUN_DIR does not exist)"
  exit 0
fi

# shellcheck disable=SC2086
stop_group $SERVICES
stop_group store
stop_group kafka

# any other pid file left in run/ (a component this version of the scripts does not know)
for file in "$RUN_DIR"/*.pid; do
  [[ -e $file ]] || continue
  stop_group "$(basename "$file" .pid)"
done
log "done"
