#!/usr/bin/env bash
# Installs what a fresh Debian machine lacks for building (build) or testing (test) Parley, and starts the
# services the tests need. Idempotent: re-running does nothing when all is there.
set -euo pipefail
what=${1:-test}
need=()
command -v java >/dev/null || need+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null || need+=(maven)
if [ "$what" = test ]; then
  command -v openssl >/dev/null || need+=(openssl)
  command -v psql >/dev/null || need+=(postgresql-client)
  # BrowserSignInIT (platform/e2e) drives Debian's Chromium through its ChromeDriver.
  command -v chromium >/dev/null || need+=(chromium)
  command -v chromedriver >/dev/null || need+=(chromium-driver)
  # MeetingFirefoxIT drives Debian's Firefox ESR over WebDriver BiDi (no geckodriver: Debian has none).
  command -v firefox-esr >/dev/null || need+=(firefox-esr)
  # The package tier (packaging/test/install-test.sh) builds, lints, installs and runs the .deb and .rpm.
  for tool in rpmbuild:rpm rpmlint:rpmlint lintian:lintian objdump:binutils systemd-analyze:systemd strace:strace jq:jq ss:iproute2 ps:procps \
      curl:curl; do
    command -v "${tool%%:*}" >/dev/null || need+=("${tool#*:}")
  done
fi
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]}..."
  if [ "$(id -u)" -ne 0 ]; then echo "run as root, or install: ${need[*]}" >&2; exit 1; fi
  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${need[@]}"
fi
if [ "$what" = test ]; then
  # The e2e tests of directory and SAML sign-in run slapd and SimpleSAMLphp (tools/test-servers/README.md).
  sh "$(dirname "$0")/test-servers/install.sh"
fi
# The web pages are built with the machine's own Node.js and npm (Vite 7 needs Node.js 20.19 or newer).
if ! node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)' 2>/dev/null \
    || ! command -v npm >/dev/null; then
  echo "Node.js 20.19 or newer with npm is needed to build Parley's web pages (found: $(node --version 2>/dev/null || echo none))." >&2
  exit 1
fi
if [ "$what" = test ]; then
  # The it and e2e tiers use the PostgreSQL server on 127.0.0.1:5432 (database test, user postgres).
  if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
    if command -v pg_ctlcluster >/dev/null && [ -d /etc/postgresql ]; then
      echo "Starting PostgreSQL..."
      pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start || true
    fi
    for _ in $(seq 50); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 0.2; done
    pg_isready -h 127.0.0.1 -p 5432 || { echo "PostgreSQL is not reachable on 127.0.0.1:5432" >&2; exit 1; }
  fi
fi
