#!/usr/bin/env bash
# Runs one service's JVM for up.sh and starts it again when it exits after running out of memory: the services run
# with -XX:+ExitOnOutOfMemoryError, which exits with status 3, so a service that ran out of heap is restarted
# rather than left half-alive. Any other exit (down.sh's SIGTERM, the crash test's SIGKILL, a failed start) ends
# the supervision. The JVM's PID goes to <pid-file> at every start, so down.sh and the crash test see the JVM.
# Usage: supervise.sh <pid-file> <log-file> <command...>
set -u
pid_file=$1
log_file=$2
shift 2
restarts=0
while :; do
  "$@" >>"$log_file" 2>&1 </dev/null &
  child=$!
  echo "$child" >"$pid_file"
  wait "$child"
  status=$?
  if [[ $status != 3 ]]; then
    exit "$status"
  fi
  restarts=$((restarts + 1))
  printf '\n===== %s: the JVM ran out of memory and exited (status 3); restart %d =====\n' \
    "$(date '+%Y-%m-%d %H:%M:%S')" "$restarts" >>"$log_file"
  sleep 1
done
