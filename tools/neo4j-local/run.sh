#!/usr/bin/env bash
# Build (if needed) and run the embedded Neo4j: Bolt on loopback, auth off.
# Arguments are passed to the launcher: --port N --host ADDR --data DIR --pagecache SIZE
# Environment: NEO4J_LOCAL_PORT, NEO4J_LOCAL_HOST, NEO4J_LOCAL_DATA, NEO4J_LOCAL_PAGECACHE,
#              NEO4J_LOCAL_HEAP (default 512m), NEO4J_LOCAL_JAVA_OPTS (extra JVM flags).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$here/target/neo4j-local.jar"

command -v java >/dev/null 2>&1 || { echo "neo4j-local: java not found (Java 17+ required)" >&2; exit 1; }

stale() {
  [[ ! -f "$jar" || ! -d "$here/target/lib" ]] ||
    [[ -n "$(find "$here/pom.xml" "$here/src" -newer "$jar" -print -quit)" ]]
}
if stale; then
  command -v mvn >/dev/null 2>&1 || { echo "neo4j-local: mvn not found (Maven 3.8+ required to build)" >&2; exit 1; }
  mkdir -p "$here/target"
  # Serialise concurrent builds (e.g. several test runners starting at once).
  if command -v flock >/dev/null 2>&1; then
    exec 9>"$here/target/.build.lock"
    flock 9
  fi
  if stale; then
    echo "neo4j-local: building (mvn package)..." >&2
    (cd "$here" && mvn -q -B package -DskipTests) >&2
  fi
  if command -v flock >/dev/null 2>&1; then
    exec 9>&-
  fi
fi

heap="${NEO4J_LOCAL_HEAP:-512m}"
# Java 17: without these add-opens Neo4j logs "Reflection access to java.nio.DirectByteBuffer is not
# available, using fallback mode" and "Unable to advise ... Incorrect file descriptor" (page cache and
# transaction logs fall back to slower paths). They are the ones Neo4j's own launcher passes.
# An explicit -Xms silences the JvmChecker "initial heap memory has not been configured" warning.
jvm_opts=(
  "-Xms${heap}" "-Xmx${heap}"
  -XX:+UseG1GC
  -XX:+ExitOnOutOfMemoryError
  -XX:-OmitStackTraceInFastThrow
  -Djdk.nio.maxCachedBufferSize=1024
  -Dio.netty.tryReflectionSetAccessible=true
  -Dfile.encoding=UTF-8
  --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
)
# shellcheck disable=SC2206  # word splitting of user-supplied extra options is intended
extra=(${NEO4J_LOCAL_JAVA_OPTS:-})

exec java "${jvm_opts[@]}" "${extra[@]}" -jar "$jar" "$@"
