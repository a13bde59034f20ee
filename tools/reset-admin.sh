#!/usr/bin/env bash
# Break-glass from source: gives the admin account a new one-time password (in var/lib/initial-admin-password),
# ends its sessions and tokens, and queues an audit record Parley writes at its next start.
# Stop Parley first (the embedded database allows one process). Uses the built distribution:
#   tools/reset-admin.sh                       # the tree run from source (platform/target/parley)
#   PARLEY_HOME=/usr/lib/parley PARLEY_VAR_LIB=/var/lib/parley tools/reset-admin.sh
# For PostgreSQL also set PARLEY_DB_URL, PARLEY_DB_USER, PARLEY_DB_PASSWORD.
set -euo pipefail
cd "$(dirname "$0")/.."
home=${PARLEY_HOME:-platform/target/parley}
export PARLEY_VAR_LIB=${PARLEY_VAR_LIB:-$home/var/lib}
[ -d "$home/bundle" ] || { echo "no distribution at $home: build it first (tools/run.sh or mvn install)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The store and auth bundles carry their libraries inside (lib/*.jar); a plain class path needs them unpacked.
for bundle in "$home"/bundle/org.parley.store-*.jar "$home"/bundle/org.parley.auth-*.jar; do
  unzip -q -o "$bundle" 'lib/*' -d "$work/$(basename "$bundle" .jar)"
done
cp=$(ls "$home"/bundle/org.parley.{api,store,audit,auth}-*.jar "$home"/bundle/bcprov-*.jar "$home"/boot/slf4j-api-*.jar \
  "$home"/bundle/jackson-*.jar "$work"/*/lib/*.jar | paste -sd:)
exec java -Dslf4j.internal.verbosity=ERROR -cp "$cp" org.parley.auth.internal.breakglass.ResetAdmin
