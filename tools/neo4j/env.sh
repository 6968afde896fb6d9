# Shared paths and settings of the test Neo4j; sourced by the other scripts.
NEO4J_TOOLS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$NEO4J_TOOLS_DIR/../.." && pwd)"
NEO4J_VERSION=3.1.1
NEO4J_INSTALL_ROOT="$REPO_ROOT/.tools/neo4j"
NEO4J_HOME="$NEO4J_INSTALL_ROOT/neo4j-community-$NEO4J_VERSION"
NEO4J_BOLT_PORT=17687
NEO4J_HTTP_PORT=17474
NEO4J_USER=neo4j
NEO4J_PASSWORD=kg-test-password
NEO4J_BOLT_URI="bolt://127.0.0.1:$NEO4J_BOLT_PORT"
NEO4J_HTTP_URI="http://127.0.0.1:$NEO4J_HTTP_PORT"
export NEO4J_HOME
