# shellcheck shell=bash disable=SC2034  # the variables here are used by the scripts that source this file
# Shared by up.sh and down.sh (sourced, not run): where things are, pid files, process and port checks.
# Works with the bash 3.2 of macOS too: no associative arrays.

NIANBAO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
LOCAL_DIR=$NIANBAO_ROOT/deploy/local
RUN_DIR=$LOCAL_DIR/run
LIB_DIR=$LOCAL_DIR/lib
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
# the local stack's tools (store, topics, publishing: deploy/local-tools) and the harnesses (deploy/load-harness)
TOOLS_JAR=$NIANBAO_ROOT/deploy/local-tools/target/local-tools-1.0.0-SNAPSHOT.jar
TOOLS_CP="$TOOLS_JAR:$NIANBAO_ROOT/deploy/local-tools/target/lib/*"
HARNESS_JAR=$NIANBAO_ROOT/deploy/load-harness/target/load-harness-1.0.0-SNAPSHOT.jar
HARNESS_CP="$HARNESS_JAR:$NIANBAO_ROOT/deploy/load-harness/target/lib/*"

# start order; down.sh stops them first, then the store, then Kafka
SERVICES="query-service ingest-service parser-service validation-service"

log() { printf '[nianbao] %s\n' "$*"; }
die() { printf '[nianbao] ERROR: %s\n' "$*" >&2; exit 1; }

port_of() {
  case $1 in
    query-service) echo 8080 ;;
    ingest-service) echo 8081 ;;
    parser-service) echo 8082 ;;
    validation-service) echo 8083 ;;
    kafka) echo 9092 ;;
    store) echo 27017 ;;
    *) die "unknown component $1" ;;
  esac
}

pid_file() { printf '%s/%s.pid' "$RUN_DIR" "$1"; }

# Text that the command line of our process <name> contains: guards against a PID the OS has reused since.
marker() {
  case $1 in
    kafka) echo "kafka.Kafka" ;;
    store) echo "nianbao.tools.StoreServer" ;;
    *-service) echo "$1/target/quarkus-app/quarkus-run.jar" ;;
    *) echo "java" ;;
  esac
}

# Prints the PID of <name> if its pid file names a live process started by up.sh; fails otherwise.
running_pid() {
  local file pid
  file=$(pid_file "$1")
  [[ -f $file ]] || return 1
  pid=$(<"$file")
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  ps -p "$pid" -o args= 2>/dev/null | grep -qF -- "$(marker "$1")" || return 1
  echo "$pid"
}

# True if something accepts connections on 127.0.0.1:<port>.
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Prints the HTTP status of GET <path> on 127.0.0.1:<port>, or nothing (no curl needed).
http_status() {
  (
    exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
    printf 'GET %s HTTP/1.1\r\nHost: localhost:%s\r\nConnection: close\r\n\r\n' "$2" "$1" >&3
    IFS=' ' read -r -t 5 _ code _ <&3 && printf '%s' "$code"
  ) 2>/dev/null || true
}

# Milliseconds since the epoch where bash 5 has EPOCHREALTIME, whole seconds otherwise.
now_ms() {
  if [[ -n ${EPOCHREALTIME:-} ]]; then
    local micros=${EPOCHREALTIME//[!0-9]/}
    echo $((micros / 1000))
  else
    echo $(($(date +%s) * 1000))
  fi
}
