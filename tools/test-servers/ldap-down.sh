#!/bin/sh
# Stops the test OpenLDAP that ldap-up.sh started (LDAP_DIR as there) and removes its directory; "ldap-down.sh keep"
# keeps it, so that "ldap-up.sh again" brings the same server back (a directory outage in a test).
set -eu
. "$(dirname "$0")/common.sh"
D=${LDAP_DIR:-/tmp/parley-test-ldap}
stop "$D/slapd.pid"
[ "${1:-}" = keep ] || rm -rf "$D"
echo "slapd down"
