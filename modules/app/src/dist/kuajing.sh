#!/bin/sh
# Starts Kuajing as `java -jar kuajing.jar` does, with what makes it start faster and stay smaller (docs/performance.md,
# "Memory and start"). Arguments go to the app (`sh kuajing.sh demo`), JVM options in JAVA_OPTS, the environment in
# MICRONAUT_ENVIRONMENTS (`MICRONAUT_ENVIRONMENTS=dev sh kuajing.sh`); JAVA_HOME picks the JDK (else `java` on PATH).
# - A class-data archive: the first run records the classes it loaded when it stops (Ctrl-C or SIGTERM); later runs map
#   them instead of loading, verifying and linking them from the JAR again. An archive older than the JAR is recorded
#   again. It names the JAR by its absolute path, so after moving the folder, delete it.
#   - JDK 25 or later: an AOT cache (kuajing.aot, JEP 483/514/515), which also keeps the classes linked and the
#     methods' execution profiles, so the JIT compiles the hot start-up code sooner.
#   - JDK 17 to 24: AppCDS (kuajing.jsa); JDK 17 has no -XX:+AutoCreateSharedArchive, hence the two flags.
# - Serial GC and a small initial heap (-Xms64m, grown as the live data needs, no cap): the JVM's default initial heap
#   is 1/64 of the machine's memory (384 MB on 24 GB), and young collections cycle through all of it, so it ends up
#   resident; one collector thread suits this 2-core, few-hundred-MB process and keeps less resident than G1.
set -f  # JAVA_OPTS and the log selectors below are split into words, never expanded as file names
here=$(cd "$(dirname "$0")" && pwd)
java=java
[ -n "${JAVA_HOME:-}" ] && java="$JAVA_HOME/bin/java"
# The JDK's feature release from its `release` file (JAVA_VERSION="25.0.3"), which costs no JVM start; unknown
# (no such file) counts as 17.
jdk=$(dirname "$(dirname "$(readlink -f "$(command -v "$java")")")")
feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$jdk/release" 2>/dev/null)
if [ "${feature:-0}" -ge 25 ]; then
  archive="$here/kuajing.aot"; use=AOTCache; record=AOTCacheOutput; off='-Xlog:aot*=off -Xlog:cds*=off'
else
  archive="$here/kuajing.jsa"; use=SharedArchiveFile; record=ArchiveClassesAtExit; off='-Xlog:cds*=off'
fi
cds="-XX:$use=$archive"
quiet=
if ! [ "$archive" -nt "$here/kuajing.jar" ]; then
  rm -f "$archive"
  cds="-XX:$record=$archive"
  # The classes an archive cannot keep (generated proxies, JFR events, old bytecode) would be listed one warning each.
  quiet=$off
fi
# shellcheck disable=SC2086
exec "$java" $cds $quiet -XX:+UseSerialGC -Xms64m $JAVA_OPTS -jar "$here/kuajing.jar" "$@"
