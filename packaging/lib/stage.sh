# The staged tree: every file both packages install, at its installed path (packaging/README.md, "Layout").
# Sourced by packaging/build.sh.

# stage_tree ROOT RUNTIME: lays out ROOT from the distribution, the runtime and packaging/common.
stage_tree() {
    local root=$1 runtime=$2 program=$1/usr/lib/parley
    [ -f "$DIST/bin/parley-launcher.jar" ] || die "no distribution at $DIST (mvn install builds it)"
    rm -rf "$root"
    mkdir -p "$program"
    cp -a "$DIST/bin" "$DIST/boot" "$DIST/bundle" "$DIST/conf" "$program/"
    cp -a "$runtime" "$program/runtime"
    put "$root" "$COMMON/parley.service" usr/lib/systemd/system/parley.service
    put "$root" "$COMMON/sysusers.conf" usr/lib/sysusers.d/parley.conf
    put "$root" "$COMMON/tmpfiles.conf" usr/lib/tmpfiles.d/parley.conf
    put "$root" "$COMMON/sysctl.conf" usr/lib/sysctl.d/60-parley.conf
    put "$root" "$COMMON/firewalld.xml" usr/lib/firewalld/services/parley.xml
    put "$root" "$COMMON/ufw-profile" etc/ufw/applications.d/parley
    put "$root" "$COMMON/default-parley" etc/default/parley
    put "$root" "$COMMON/conf.d/org.parley.http.FrontDoor.cfg" etc/parley/conf.d/org.parley.http.FrontDoor.cfg
    put "$root" "$COMMON/README" usr/share/doc/parley/README
    put "$root" "$COMMON/copyright" usr/share/doc/parley/copyright
    mkdir -p "$root/etc/parley/secrets" "$root/usr/bin"
    ln -s ../lib/parley/bin/parleyctl "$root/usr/bin/parleyctl"
    normalize_modes "$root"
}

put() { install -D -m 0644 "$2" "$1/$3"; }

# Files root-owned and world-readable unless they are programs; the secrets folder closed to others.
normalize_modes() {
    local root=$1
    chmod -R u+rwX,go+rX,go-w "$root"
    chmod 0755 "$root/usr/lib/parley/bin/parley" "$root/usr/lib/parley/bin/parleyctl"
    chmod 0750 "$root/etc/parley/secrets"
}

# fill TEMPLATE: the template with each @NAME@ line replaced by the fragment packaging/common/scripts/name.sh
# (lower case), and @SYSUSERS@ by the sysusers.d line.
fill() {
    local line sysusers
    sysusers=$(grep -v '^#' "$COMMON/sysusers.conf")
    while IFS= read -r line; do
        case $line in
            @[A-Z]*@) cat "$COMMON/scripts/$(echo "$line" | tr -d '@' | tr '[:upper:]' '[:lower:]').sh" ;;
            *) printf '%s\n' "$line" ;;
        esac
    done < "$1" | sed "s|@SYSUSERS@|$sysusers|"
}
