# Shared helpers of benchmarks/load/run.sh and benchmarks/scale/run.sh (sourced, not run).
# Servers are Release builds published into $KG_WORK, listen on 127.0.0.1 only, and are stopped by their pid.

KG_REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
KG_SCENARIOS="$KG_REPO/benchmarks/load/scenarios"
KG_PIDS=()
# Servers and wrk run at a higher priority (as root) so that other work on a shared machine disturbs them less.
KG_NICE=${KG_NICE:-$([ "$(id -u)" = 0 ] && echo -10 || echo 0)}

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

ensure_tools() {
  if ! command -v wrk >/dev/null; then
    log "installing wrk (Debian package)"
    apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
  fi
  command -v jq >/dev/null || apt-get install -y jq >/dev/null
}

# publish PROJECT OUTDIR: a Release build of a project into its own folder (immune to other builds of bin/).
publish() {
  log "publishing $(basename "$1") (Release) -> $2"
  dotnet publish "$1" -c Release -o "$2" --nologo -v quiet -p:TreatWarningsAsErrors=true >"$2.publish.log" 2>&1 \
    || { cat "$2.publish.log" >&2; return 1; }
}

# scenario_file NAME: the .graphql file of a scenario (the flagship is the GraphiQL example, one source).
scenario_file() {
  if [ "$1" = flagship ]; then echo "$KG_REPO/ui/graphiql/examples/flagship.graphql"; else echo "$KG_SCENARIOS/$1.graphql"; fi
}

# body_file NAME DIR: writes the JSON POST body of a scenario, prints its path.
body_file() {
  local out="$2/$1.body.json"
  jq -Rs '{query: .}' <"$(scenario_file "$1")" >"$out"
  echo "$out"
}

# service_environment DATAFILE: the settings every measured run of the service gets. One client sends everything,
# so the per-client rate limit is off; the response cache is off unless KG_CACHE says otherwise (memory, redis:
# then REDIS_CONNECTION is read), since the figures that matter are uncached; the durable embedded store writes
# its SQLite file to DATAFILE (fresh per run).
service_environment() {
  echo "KnowledgeGraph__Limits__RateLimitPermits=0" "KnowledgeGraph__Limits__MaxConcurrentRequestsPerClient=0" "KnowledgeGraph__Cache__Mode=${KG_CACHE:-Off}" \
       "KnowledgeGraph__DataFile=$1"
}

# start_server LOGFILE DIR CMD...: starts CMD in DIR in the background; sets KG_LAST_PID and records it in KG_PIDS
# (stopped on exit). DIR is the app's folder: ASP.NET Core reads appsettings.json from the working directory (the
# content root), as in the container (WORKDIR /app); from elsewhere the service would log every request.
# Not to be called in $(...): the pid would be recorded in a subshell.
start_server() {
  local logfile="$1" dir="$2"; shift 2
  local url
  url=$(printf '%s\n' "$@" | grep -m1 '^http://127.0.0.1:') || true
  if [ -n "$url" ] && curl -s -o /dev/null -m 2 "$url"; then
    log "$url is already in use: stop that server first"; return 1
  fi
  (cd "$dir" && exec nice -n "$KG_NICE" "$@") >"$logfile" 2>&1 &
  KG_LAST_PID=$!
  KG_PIDS+=("$KG_LAST_PID")
}

# wait_ready URL PID TIMEOUT_S: polls URL until it answers 200; fails if the process dies or time runs out.
wait_ready() {
  local deadline=$(( $(date +%s) + $3 ))
  until curl -fs -o /dev/null "$1"; do
    kill -0 "$2" 2>/dev/null || { log "server $2 exited before it was ready"; return 1; }
    [ "$(date +%s)" -lt "$deadline" ] || { log "server $2 not ready after $3 s"; return 1; }
    sleep 0.05
  done
}

stop_server() {
  kill "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}

stop_all() {
  local pid
  for pid in "${KG_PIDS[@]}"; do stop_server "$pid"; done
  KG_PIDS=()
# Servers and wrk run at a higher priority (as root) so that other work on a shared machine disturbs them less.
KG_NICE=${KG_NICE:-$([ "$(id -u)" = 0 ] && echo -10 || echo 0)}
}

# rss_mib PID: resident set size from /proc, in MiB.
rss_mib() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

# post URL BODYFILE SCENARIO OUTFILE: one GraphQL POST; prints the HTTP status.
post() {
  curl -s -o "$4" -w '%{http_code}' -X POST "$1" \
    -H 'Content-Type: application/json' -H 'Accept: application/graphql-response+json' \
    -H "X-KG-Scenario: $3" --data-binary "@$2"
}

# has_root_field URL FIELD: whether the service's Query type has FIELD (introspection).
has_root_field() {
  curl -s -X POST "$1" -H 'Content-Type: application/json' \
    --data '{"query":"{ __schema { queryType { fields { name } } } }"}' \
    | jq -e --arg f "$2" '.data.__schema.queryType.fields | map(.name) | index($f) != null' >/dev/null
}

# required_field NAME: the root field a scenario needs (its "# requires-field:" line), empty when none.
required_field() { sed -n 's/^# requires-field: *//p' "$(scenario_file "$1")" | head -1; }

# run_wrk URL SCENARIO BODYFILE SECONDS CONNECTIONS: prints "rps p50_us p99_us requests non2xx socket_errors".
run_wrk() {
  KG_BODY_FILE="$3" KG_SCENARIO="$2" nice -n "$KG_NICE" wrk -t1 -c"$5" -d"${4}s" --latency -s "$KG_REPO/benchmarks/load/post.lua" "$1" \
    | sed -n 's/^KG_RESULT //p'
}

ms() { awk -v us="$1" 'BEGIN { printf "%.2f", us / 1000 }'; }
