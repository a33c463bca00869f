#!/usr/bin/env bash
# Renames this template into your plugin: ./rename.sh <plugin-id> <java.package> <ClassPrefix>
# e.g. ./rename.sh acme-express com.acme.kuajing Acme  (plugin id, Java package, class names, artifactId).
# The TCK fixtures stay where they are (tck/carrier/): their golden requests and signatures do not name the plugin.
set -euo pipefail
id=$1 package=$2 prefix=$3
[[ $id =~ ^[a-z0-9][a-z0-9-]{1,62}$ ]] || { echo "plugin id: lower-case letters, digits, dashes" >&2; exit 1; }
cd "$(dirname "$0")"
for kind in main test; do
  from=src/$kind/java/com/example/carrier
  to=src/$kind/java/${package//.//}
  [[ -d $from ]] || continue
  mkdir -p "$to"
  for file in "$from"/*.java; do
    mv "$file" "$to/$(basename "$file" | sed "s/^Example/$prefix/; s/^SimulatedExample/Simulated$prefix/")"
  done
  rmdir -p "$from" 2>/dev/null || true
done
services=src/main/resources/META-INF/services/io.kuajing.plugin.CarrierPlugin
grep -rl -e 'com\.example\.carrier' -e 'Example' src/main/java src/test/java "$services" | xargs sed -i \
  -e "s/com\.example\.carrier/$package/g" -e "s/SimulatedExampleService/Simulated${prefix}Service/g" \
  -e "s/\bExample\(Carrier\|Mapper\|Form\|ContractTest\|MapperTest\)\b/$prefix\1/g" \
  -e "s/\"example-post\"/\"$id\"/g" -e "s/\"Example Post\"/\"$prefix\"/g"
sed -i "s#<artifactId>carrier-example</artifactId>#<artifactId>carrier-$id</artifactId>#" pom.xml
echo "renamed: plugin $id, package $package, classes $prefix*; now: mvn verify"
