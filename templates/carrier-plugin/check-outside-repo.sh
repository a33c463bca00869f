#!/usr/bin/env bash
# Proves the plugin author's path outside the repository, and times it:
#   1. install the plugin BOM, API and TCK (the one command of docs/plugins/carrier.md);
#   2. copy this template to a temporary folder outside the repository and `mvn verify` it (TCK passes first time);
#   3. rename it (./rename.sh) and verify again: the signed fixtures still hold;
#   4. re-record the golden files in one run, and verify they did not change.
# Run from the repository root: templates/carrier-plugin/check-outside-repo.sh
# The installs go to a private local repository chained to ~/.m2 (read-only tail), so ~/.m2 gets no SNAPSHOTs.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
repo=(-Dmaven.repo.local="$work/repo" -Dmaven.repo.local.tail="$HOME/.m2/repository")
mvn=("$root/mvnw" -B -q ${MAVEN_OFFLINE:+-o} "${repo[@]}")
t0=$(date +%s)
(cd "$root" && "${mvn[@]}" install -pl plugins/plugin-bom,plugins/plugin-tck -am -DskipTests)
t1=$(date +%s)
cp -r "$root/templates/carrier-plugin" "$work/my-carrier"
(cd "$work/my-carrier" && "${mvn[@]}" -f pom.xml verify)
ls "$work/my-carrier/target/"carrier-example-*.jar >/dev/null
t2=$(date +%s)
(cd "$work/my-carrier" && ./rename.sh acme-express com.acme.kuajing Acme >/dev/null && "${mvn[@]}" -f pom.xml verify)
ls "$work/my-carrier/target/"carrier-acme-express-*.jar >/dev/null
t3=$(date +%s)
(cd "$work/my-carrier" && cp -r src/test/resources/tck "$work/tck-before" \
  && "${mvn[@]}" -f pom.xml verify -Dkuajing.tck.record-golden=true && diff -r "$work/tck-before" src/test/resources/tck)
t4=$(date +%s)
echo "install BOM+API+TCK: $((t1 - t0)) s; template verify (TCK): $((t2 - t1)) s; renamed verify: $((t3 - t2)) s;" \
     "golden files re-recorded in one run, unchanged: $((t4 - t3)) s; total $((t4 - t0)) s"
