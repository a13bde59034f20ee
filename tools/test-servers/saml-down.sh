#!/bin/sh
# Stops the test SimpleSAMLphp IdP that saml-up.sh started (SAML_DIR as there) and removes its directory.
set -eu
. "$(dirname "$0")/common.sh"
D=${SAML_DIR:-/tmp/parley-test-idp}
stop "$D/php.pid"
rm -rf "$D"
echo "IdP down"
