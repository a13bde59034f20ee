# Shared by packaging/build.sh and its steps: where things are, the package version, messages.
# Sourced, not run. Expects PACKAGING (the packaging/ folder) to be set.

REPO=$(cd "$PACKAGING/.." && pwd)
DIST=${PARLEY_DIST:-$REPO/platform/target/parley}
COMMON=$PACKAGING/common

say() { echo "packaging: $*" >&2; }
die() { say "$*"; exit 1; }

# The Maven project version as a package version: 0.1.0-SNAPSHOT becomes 0.1.0~dev, which dpkg and rpm both
# sort before the release 0.1.0.
project_version() {
    local version
    version=$(sed -n '/<parent>/,/<\/parent>/d; s:.*<version>\([^<]*\)</version>.*:\1:p' "$REPO/pom.xml" | head -n1)
    [ -n "$version" ] || die "no <version> in $REPO/pom.xml"
    echo "${version/-SNAPSHOT/~dev}"
}

# Size of a file or folder for the report, e.g. "48M".
size_of() { du -sh "$1" | cut -f1; }
