#!/usr/bin/env bash
# The project's one test command. On a fresh clone it installs and starts everything the tests need
# (Neo4j 3.1.1, Redis, Chromium, npm packages), builds the solution once, runs every test project under
# tests/ one after the other (some tests restart Neo4j), and ends with the line
# "N passed, N failed, N skipped". Exits non-zero if a test failed or a project did not build or run.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
ROOT="$PWD"
RESULTS="$ROOT/TestResults/test-run"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

step() { printf '\n==> %s\n' "$*"; }
problems=()

started_neo4j=false
started_redis=false
stop_services() {
  if $started_neo4j; then tools/neo4j/stop.sh; started_neo4j=false; fi
  if $started_redis; then tools/redis/stop.sh; started_redis=false; fi
}
trap 'stop_services; exit 130' INT TERM

step "Neo4j"
source tools/neo4j/env.sh
if ! curl -fsS -m 2 -o /dev/null "$NEO4J_HTTP_URI" 2>/dev/null; then started_neo4j=true; fi
tools/neo4j/start.sh || problems+=("Neo4j did not start")

step "Redis"
if ! (redis-cli -p 16379 ping 2>/dev/null | grep -q PONG); then started_redis=true; fi
tools/redis/start.sh || problems+=("Redis did not start")

step "Chromium"
tools/chromium/install.sh || problems+=("chromium install")
tools/compose/install.sh || problems+=("docker-compose install")

step "networkx and igraph (export oracles)"
tools/python-oracles/install.sh || problems+=("python3-networkx/python3-igraph install")

for lock in tests/*/package-lock.json tests/*/*/package-lock.json; do
  [[ -f "$lock" ]] || continue
  step "npm ci in $(dirname "$lock")"
  (cd "$(dirname "$lock")" && npm ci --no-audit --no-fund --loglevel=error) || problems+=("npm ci $(dirname "$lock")")
done

export NEO4J_TEST_URI="$NEO4J_BOLT_URI"
export NEO4J_TEST_HTTP_URI="$NEO4J_HTTP_URI"
export NEO4J_TEST_USER="$NEO4J_USER"
export NEO4J_TEST_PASSWORD="$NEO4J_PASSWORD"
export NEO4J_TEST_HOME="$NEO4J_HOME"
export REDIS_TEST_CONNECTION="127.0.0.1:16379"

step "Build"
solution="$(ls KnowledgeGraph.sln KnowledgeGraph.slnx 2>/dev/null | head -n 1)"
if ! dotnet build "${solution:-KnowledgeGraph.sln}" -c Release -nologo -clp:ErrorsOnly; then
  problems+=("solution build")
fi

rm -rf "$RESULTS" && mkdir -p "$RESULTS"
for project in tests/*/*.Tests.csproj; do
  name="$(basename "$project" .csproj)"
  step "Test $name"
  if ! dotnet test "$project" --no-build -c Release --nologo \
      --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" \
      --results-directory "$RESULTS" --blame-hang-timeout 15m; then
    problems+=("tests of $name")
  fi
  [[ -f "$RESULTS/$name.trx" ]] || problems+=("$name produced no results")
done

# Sum the <Counters .../> of every trx file.
counter() { grep -o "<Counters [^>]*>" "$2" | grep -o " $1=\"[0-9]*\"" | grep -o "[0-9]*" || echo 0; }
passed=0 failed=0 skipped=0
for trx in "$RESULTS"/*.trx; do
  [[ -f "$trx" ]] || continue
  passed=$((passed + $(counter passed "$trx")))
  failed=$((failed + $(counter failed "$trx") + $(counter error "$trx") + $(counter timeout "$trx") + $(counter aborted "$trx")))
  skipped=$((skipped + $(counter total "$trx") - $(counter executed "$trx")))
done

stop_services
if ((${#problems[@]})); then
  printf '\nProblems: %s\n' "$(IFS=';'; echo "${problems[*]}")"
fi
echo "$passed passed, $failed failed, $skipped skipped"
((${#problems[@]} == 0 && failed == 0))
