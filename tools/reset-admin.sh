#!/usr/bin/env bash
# Break-glass from source: gives the admin account a new one-time password (in var/lib/initial-admin-password),
# ends its sessions and tokens, and audits it (at once if Parley runs, else at its next start). It is
# `parleyctl admin reset` of the built distribution, which does the work offline when Parley is stopped:
#   tools/reset-admin.sh                       # the tree run from source (platform/target/parley)
#   PARLEY_HOME=/usr/lib/parley PARLEY_VAR_LIB=/var/lib/parley tools/reset-admin.sh
# For PostgreSQL with Parley stopped also set PARLEY_DB_URL, PARLEY_DB_USER, PARLEY_DB_PASSWORD.
set -euo pipefail
cd "$(dirname "$0")/.."
export PARLEY_HOME=${PARLEY_HOME:-$PWD/platform/target/parley}
[ -x "$PARLEY_HOME/bin/parleyctl" ] || { echo "no distribution at $PARLEY_HOME: build it first (tools/run.sh or mvn install)" >&2; exit 1; }
exec "$PARLEY_HOME/bin/parleyctl" admin reset "$@"
