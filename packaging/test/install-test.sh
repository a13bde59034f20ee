#!/usr/bin/env bash
# The package tier (tools/test.sh package). Builds both packages; checks the .rpm and installs it into a scratch
# root; lints the .deb and installs it on this machine with dpkg (as root: this tier is for disposable machines);
# checks files, owners, modes, user, conffiles and unit; starts the service the way its unit does, on free loopback
# ports, waits for health over HTTPS, signs in and creates a user and a meeting through REST; restarts it under
# strace to see that the JVM lives with the unit's system call filter and that the data survived; finally removes
# and purges the package in the exit trap and checks that nothing is left.
# Prints its figures and closes with "N passed, N failed". Usage: packaging/test/install-test.sh
set -uo pipefail
PACKAGING=$(cd "$(dirname "$0")/.." && pwd)
for part in assert unit rest rpm-root rpm-checks installed service syscalls upgrade removal; do
    # shellcheck source=/dev/null
    . "$PACKAGING/test/lib/$part.sh"
done
[ "$(id -u)" -eq 0 ] || { echo "the package tier installs a .deb: run it as root" >&2; exit 2; }

WORK=$PACKAGING/target/install-test
FIGURES=()
figure() { FIGURES+=("$1: $2"); }

finish() {
    local status=$?
    if [ -n "${UNIT_PID:-}" ] && unit_running; then unit_stop "${JVM_PID:-}"; fi
    if dpkg-query -W parley >/dev/null 2>&1; then
        echo "== remove and purge"
        check_remove
        check_purge
    fi
    rm -f "$REST_JAR"
    printf '%s\n' "${FIGURES[@]}" | tee "$WORK/figures.txt"
    summary || exit 1
    exit $status
}

if dpkg-query -W parley >/dev/null 2>&1; then
    echo "parley is installed here; this test installs and purges its own, which would delete that one's data." >&2
    echo "If it is left over from an interrupted run: dpkg --purge parley" >&2
    exit 2
fi

echo "== build"
rm -rf "$WORK" && mkdir -p "$WORK/packages"
started=$SECONDS
require "packaging/build.sh builds both packages" "$PACKAGING/build.sh" --out "$WORK/packages"
figure "build seconds" $((SECONDS - started))
DEB=$(ls "$WORK"/packages/parley_*_amd64.deb)
RPM=$(ls "$WORK"/packages/parley-*.x86_64.rpm)
figure ".deb size" "$(du -h "$DEB" | cut -f1)"
figure ".rpm size" "$(du -h "$RPM" | cut -f1)"
figure "runtime size" "$(du -sh "$PACKAGING/target/work/stage/usr/lib/parley/runtime" | cut -f1)"
trap finish EXIT
trap 'exit 143' TERM INT

echo "== rpm"
check_rpm_query
check_rpm_root

echo "== deb"
check "lintian finds no error or warning" lintian --fail-on error,warning "$DEB"
started=$SECONDS
require "dpkg installs the package" bash -c 'dpkg --install "$1" > "$2" 2>&1' _ "$DEB" "$WORK/dpkg.log"
install_seconds=$((SECONDS - started))
check "postinst says where the admin password is" grep -q /var/lib/parley/initial-admin-password "$WORK/dpkg.log"
check_layout
check_user
check_conffiles
check_runtime_modules
check_unit

echo "== service"
configure_for_test
started=$SECONDS
unit_start "$WORK/console.log"
JVM_PID=$UNIT_PID
require "the service is healthy over HTTPS" await_health
health_seconds=$((SECONDS - started))
figure "install-to-health seconds" \
    "$((install_seconds + health_seconds)) (dpkg $install_seconds, start to health $health_seconds)"
check_sandbox "$UNIT_PID"
check_rest
check_parleyctl
settings=$(find /etc/parley -type f -exec md5sum {} + | sort)
unit_stop
check "SIGTERM stops it with 143, a success for the unit" test "$UNIT_STATUS" -eq 143
check "the service left /etc/parley as it was" test "$settings" = "$(find /etc/parley -type f -exec md5sum {} + | sort)"

echo "== restart under strace"
check_restart_syscalls

echo "== upgrade"
check_backup_key
check_upgrade
check_rpm_upgrade "$(ls "$WORK"/packages-next/parley-*.x86_64.rpm)"

echo "== failed start"
check_failed_start
