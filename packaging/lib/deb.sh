# The .deb: the staged tree plus DEBIAN/ (control, conffiles, md5sums, maintainer scripts), built with dpkg-deb.
# Sourced by packaging/build.sh.

# build_deb STAGE WORK OUT VERSION REVISION COMPRESSION(fast|small): prints the .deb's path.
build_deb() {
    local stage=$1 work=$2 out=$3 version=$4 revision=$5 compression=$6
    local root=$work/deb deb="$out/parley_${version}-${revision}_amd64.deb"
    rm -rf "$root"
    cp -al "$stage" "$root"
    mkdir -p "$root/DEBIAN" "$root/usr/share/lintian/overrides"
    install -m 0644 "$PACKAGING/debian/lintian-overrides" "$root/usr/share/lintian/overrides/parley"
    debian_changelog "$version-$revision" | gzip -9n > "$root/usr/share/doc/parley/changelog.Debian.gz"
    sed -e "s/@VERSION@/$version-$revision/" -e "s/@INSTALLED_SIZE@/$(du -sk --exclude=DEBIAN "$root" | cut -f1)/" \
        -e "s/@DEPENDS@/$(libc_depends "$root")/" "$PACKAGING/debian/control.in" > "$root/DEBIAN/control"
    (cd "$root" && find etc -type f | sed 's:^:/:' | sort) > "$root/DEBIAN/conffiles"
    (cd "$root" && find usr -type f -print0 | sort -z | xargs -0 md5sum) > "$root/DEBIAN/md5sums"
    fill "$PACKAGING/debian/postinst.in" > "$root/DEBIAN/postinst"
    fill "$PACKAGING/debian/preinst.in" > "$root/DEBIAN/preinst"
    cp "$PACKAGING/debian/prerm" "$PACKAGING/debian/postrm" "$root/DEBIAN/"
    chmod 0755 "$root/DEBIAN/preinst" "$root/DEBIAN/postinst" "$root/DEBIAN/prerm" "$root/DEBIAN/postrm"
    chmod 0644 "$root/DEBIAN/control" "$root/DEBIAN/conffiles" "$root/DEBIAN/md5sums"
    local format
    format=$([ "$compression" = small ] && echo "-Zxz -z6" || echo "-Zgzip -z1")
    # shellcheck disable=SC2086 # two options in one word on purpose
    dpkg-deb --root-owner-group $format --build "$root" "$deb" >/dev/null
    echo "$deb"
}

# The libc6 dependency of the runtime's ELF files: the newest GLIBC_ symbol version they need.
libc_depends() {
    local newest
    newest=$(find "$1/usr/lib/parley/runtime" -type f \( -name '*.so' -o -perm -u+x \) -exec objdump -T {} + \
        2>/dev/null | grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -n1)
    echo "libc6 (>= ${newest:-2.17})"
}

debian_changelog() {
    cat <<EOT
parley ($1) unstable; urgency=medium

  * Built by packaging/build.sh; the project's history is its changelog.

 -- Parley maintainers <maintainers@parley.example.org>  $(date -R -d "@${SOURCE_DATE_EPOCH:-$(date +%s)}")
EOT
}
