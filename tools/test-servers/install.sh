#!/bin/sh
# Installs the Debian packages the test servers need, without starting any daemon from package scripts.
# Idempotent and quick when all is there (tools/setup.sh test runs it every time).
set -eu
PACKAGES="slapd ldap-utils simplesamlphp php-cli php-xml xmlsec1 openssl curl"
missing=""
for p in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" -ne 0 ]; then echo "run as root, or install:$missing" >&2; exit 1; fi
echo "Installing$missing..."
apt-get update -q
# simplesamlphp pulls in apache2, which would otherwise start listening on *:80.
[ -e /usr/sbin/policy-rc.d ] || { printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d; chmod +x /usr/sbin/policy-rc.d; }
# slapd: no package database (dc=nodomain) and no start on ldap:/// port 389.
echo "slapd slapd/no_configuration boolean true" | debconf-set-selections
# shellcheck disable=SC2086 # one word per package
DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing
