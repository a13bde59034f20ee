#!/usr/bin/env bash
# The foundation's own e2e tests (boot, TLS, health, hot swap) on the program tree and jlink runtime exactly as the
# packages install them (the staged /usr/lib/parley), so a
# module missing from packaging/common/runtime-modules fails here and not on a customer's server. Runs after
# install-test.sh (which leaves the staged runtime in packaging/target/work/stage). Usage: packaging/test/runtime-e2e.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
program=$PWD/packaging/target/work/stage/usr/lib/parley
runtime=$program/runtime
[ -x "$runtime/bin/java" ] || { echo "no packaged runtime at $runtime: run packaging/build.sh first" >&2; exit 2; }
echo "== foundation e2e on the packaged runtime: $("$runtime/bin/java" -version 2>&1 | head -1)"
mvn -B -ntp -Djdk.internal.httpclient.disableHostnameVerification=true verify -DskipUnitTests=true \
    -pl platform/e2e -Dit.test='FoundationIT,TlsIT,HealthIT,LifecycleIT' \
    -Dparley.dist.dir="$program" -Dparley.java.home="$runtime"
