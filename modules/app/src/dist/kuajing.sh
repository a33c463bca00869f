#!/bin/sh
# Starts Kuajing as `java -jar kuajing.jar` does, with what makes it start faster and stay smaller (docs/performance.md,
# "Memory and start"). Arguments go to the app (`sh kuajing.sh demo`), JVM options in JAVA_OPTS, the environment in
# MICRONAUT_ENVIRONMENTS (`MICRONAUT_ENVIRONMENTS=dev sh kuajing.sh`).
# - AppCDS: the first run records the classes it loaded into kuajing.jsa when it stops (Ctrl-C or SIGTERM); later runs
#   map them instead of loading, verifying and linking them from the JAR again. JDK 17 has no
#   -XX:+AutoCreateSharedArchive, hence the two flags. The JVM ignores an archive of another JAR (with a warning): an
#   archive older than the JAR is recorded again. It names the JAR by its absolute path, so after moving the folder,
#   delete kuajing.jsa.
# - Serial GC and a small initial heap (-Xms64m, grown as the live data needs, no cap): the JVM's default initial heap
#   is 1/64 of the machine's memory (384 MB on 24 GB), and young collections cycle through all of it, so it ends up
#   resident; one collector thread suits this 2-core, few-hundred-MB process and keeps less resident than G1.
set -f  # JAVA_OPTS and the log selector below are split into words, never expanded as file names
here=$(cd "$(dirname "$0")" && pwd)
archive="$here/kuajing.jsa"
cds=SharedArchiveFile
quiet=
if ! [ "$archive" -nt "$here/kuajing.jar" ]; then
  rm -f "$archive"
  cds=ArchiveClassesAtExit
  # The classes CDS cannot keep (generated proxies, JFR events, old bytecode) would be listed one warning each.
  quiet='-Xlog:cds*=off'
fi
# shellcheck disable=SC2086
exec java "-XX:$cds=$archive" $quiet -XX:+UseSerialGC -Xms64m $JAVA_OPTS -jar "$here/kuajing.jar" "$@"
