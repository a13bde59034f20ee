# The .rpm: packaging/rpm/parley.spec over the staged tree, built with rpmbuild. Sourced by packaging/build.sh.

# build_rpm STAGE WORK OUT VERSION RELEASE COMPRESSION(fast|small): prints the .rpm's path.
build_rpm() {
    local stage=$1 work=$2 out=$3 version=$4 release=$5 compression=$6
    local top=$work/rpm fragments=$work/rpm-scripts payload private
    rm -rf "$top" "$fragments"
    mkdir -p "$top" "$fragments"
    for script in "$COMMON"/scripts/*.sh; do
        fill "$script" > "$fragments/$(basename "$script")"
    done
    payload=$([ "$compression" = small ] && echo w6T0.xzdio || echo w1.gzdio)
    # The runtime's own libraries (libjvm.so, ...) are no dependency of the package.
    private=$(find "$stage/usr/lib/parley/runtime" -name '*.so' -printf '%f\n' | sed 's/\.so$//' | sort -u |
        paste -sd'|' -)
    rpmbuild -bb --quiet --target x86_64-linux \
        --define "_topdir $top" --define "_rpmdir $out" \
        --define "_build_name_fmt %%{NAME}-%%{VERSION}-%%{RELEASE}.%%{ARCH}.rpm" \
        --define "_binary_payload $payload" --define "stage $stage" --define "fragments $fragments" \
        --define "pkg_version $version" --define "pkg_release $release" --define "private_libs $private" \
        --define "changelog_date $(LC_ALL=C date -u -d "@${SOURCE_DATE_EPOCH:-$(date +%s)}" '+%a %b %d %Y')" \
        "$PACKAGING/rpm/parley.spec" >&2
    echo "$out/parley-$version-$release.x86_64.rpm"
}
