#!/usr/bin/env bash
# Builds Parley's packages from the assembled distribution (platform/target/parley), each carrying a jlink runtime:
#   packaging/target/parley_<version>-<revision>_amd64.deb and packaging/target/parley-<version>-<revision>.x86_64.rpm
# Usage: packaging/build.sh [--release] [--version V] [--revision R] [--out DIR]
#   --release    small packages for publishing (xz); without it, fast compression for tests
#   --version    package version (default: the Maven project version, -SNAPSHOT as ~dev)
#   --revision   Debian revision and RPM release (default 1)
#   --out        folder for the packages (default packaging/target)
# Builds the distribution first (mvn install, tests skipped) when there is none. Needs dpkg-deb, rpmbuild, objdump
# and a JDK with jlink (tools/setup.sh installs them). Prints the packages and their sizes.
set -euo pipefail
# A failing step inside $(...) must stop the build too, not leave a package path for a package never made.
shopt -s inherit_errexit
PACKAGING=$(cd "$(dirname "$0")" && pwd)
for part in common runtime stage deb rpm; do
    # shellcheck source=/dev/null
    . "$PACKAGING/lib/$part.sh"
done

compression=fast
version=$(project_version)
revision=1
out=$PACKAGING/target
while [ $# -gt 0 ]; do
    case $1 in
        --release) compression=small ;;
        --version) version=$2; shift ;;
        --revision) revision=$2; shift ;;
        --out) out=$2; shift ;;
        *) die "unknown option $1 (see the head of $0)" ;;
    esac
    shift
done
for tool in dpkg-deb rpmbuild objdump strip; do
    command -v "$tool" >/dev/null || die "$tool is missing: run tools/setup.sh test (Debian: apt-get install dpkg-dev rpm binutils)"
done
work=$PACKAGING/target/work
mkdir -p "$work" "$out"
out=$(cd "$out" && pwd)

if [ ! -f "$DIST/bin/parley-launcher.jar" ]; then
    say "no distribution yet: building it (mvn install, tests skipped)"
    (cd "$REPO" && mvn -B -q -ntp -DskipTests install)
fi
started=$SECONDS
link_runtime "$(find_jdk)" "$work/runtime-$compression" "$compression"
stage_tree "$work/stage" "$work/runtime-$compression"
# The package version, which parleyctl names in backups and compares on restore (a newer backup is refused).
printf '%s\n' "$version" > "$work/stage/usr/lib/parley/VERSION"
deb=$(build_deb "$work/stage" "$work" "$out" "$version" "$revision" "$compression")
rpm=$(build_rpm "$work/stage" "$work" "$out" "$version" "$revision" "$compression")
say "runtime $(size_of "$work/stage/usr/lib/parley/runtime"), installed $(size_of "$work/stage")"
say "$deb ($(size_of "$deb"))"
say "$rpm ($(size_of "$rpm"))"
say "built in $((SECONDS - started)) s"
