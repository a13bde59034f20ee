#!/usr/bin/env bash
# Builds Parley (skipping tests) and starts it in the foreground on the embedded defaults:
# HTTPS on 8443, HTTP (redirect only) on 8080, embedded Derby, state under platform/target/parley/var.
# Stop with Ctrl+C. Environment: PARLEY_* roots and PARLEY_JAVA_OPTS as in platform/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh build
echo "Building Parley (tests skipped; 'tools/test.sh' runs them)..."
mvn -B -q -ntp -DskipTests install
exec platform/target/parley/bin/parley
