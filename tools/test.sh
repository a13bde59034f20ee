#!/usr/bin/env bash
# Runs the whole test suite in the tiers of ARCHITECTURE.md, each under a time limit, printing its seconds:
#   unit  build everything, plain JUnit (*Test)
#   it    bundles against real Derby and PostgreSQL, in-framework tests in a real Felix (*IT of bundles/)
#   e2e   the assembled distribution booted and driven over HTTPS (*IT of platform/e2e)
#   package  the .deb and .rpm built, linted, installed and run as their unit says (packaging/test, as root), then
#            the foundation's e2e tests on the jlink runtime the packages ship
# Usage: tools/test.sh [tier ...]   (default: all tiers)
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh test
mvn_=(mvn -B -ntp -Djdk.internal.httpclient.disableHostnameVerification=true)
bundles=$(ls -d bundles/*/ | sed 's:/$::' | paste -sd, -)
tiers=("$@"); [ ${#tiers[@]} -gt 0 ] || tiers=(unit it e2e package)
summary=()
run_tier() { # name, minutes, command...
  local name=$1 minutes=$2; shift 2
  local start=$SECONDS status=0
  echo "=== tier $name (limit $minutes min) ==="
  timeout --kill-after=30 "${minutes}m" "$@" || status=$?
  local took=$((SECONDS - start))
  summary+=("tier $name: ${took}s, exit $status")
  echo "=== tier $name: ${took}s, exit $status ==="
  return $status
}
failed=0
for tier in "${tiers[@]}"; do
  case $tier in
    unit) run_tier unit 25 "${mvn_[@]}" install -DskipITs || failed=1 ;;
    it)   run_tier it 15 "${mvn_[@]}" verify -DskipUnitTests=true -pl "$bundles" || failed=1 ;;
    e2e)  run_tier e2e 30 "${mvn_[@]}" verify -DskipUnitTests=true -pl platform/e2e || failed=1 ;;
    package) run_tier package 12 bash -c 'packaging/test/install-test.sh && packaging/test/runtime-e2e.sh' || failed=1 ;;
    *) echo "unknown tier $tier (unit, it, e2e, package)" >&2; exit 2 ;;
  esac
  [ $failed -eq 0 ] || break
done
printf '%s\n' "${summary[@]}"
exit $failed
