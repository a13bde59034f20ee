# A scratch root for installing the .rpm so that its %pre/%post/%preun/%postun really run (chrooted by rpm --root),
# with the host's /usr bind-mounted read-only underneath: the package's files (and any file removed for a test) land
# in an overlay, the host's /usr is never written. Sourced by packaging/test/install-test.sh.

# rpm_root_run SCRATCH COMMANDS: runs the shell COMMANDS with $ROOT set up, in a mount namespace of their own
# (everything is unmounted when they end).
rpm_root_run() {
    local scratch=$1
    mkdir -p "$scratch"/{host-usr,upper,work,root}
    unshare --mount --propagation private -- bash -euo pipefail -c '
        scratch=$1 ROOT=$1/root
        mount --bind /usr "$scratch/host-usr"
        mount -o remount,bind,ro "$scratch/host-usr"
        mkdir -p "$ROOT"/{usr,etc,var/lib/rpm,proc,dev,run,tmp}
        mount -t overlay overlay -o "lowerdir=$scratch/host-usr,upperdir=$scratch/upper,workdir=$scratch/work" \
            "$ROOT/usr"
        mount -t proc proc "$ROOT/proc"
        mount --bind /dev "$ROOT/dev"
        for link in bin sbin lib lib64; do [ -e "$ROOT/$link" ] || ln -s "usr/$link" "$ROOT/$link"; done
        if [ ! -f "$ROOT/etc/passwd" ]; then
            echo "root:x:0:0:root:/root:/bin/sh" > "$ROOT/etc/passwd"
            echo "root:x:0:" > "$ROOT/etc/group"
            echo "root:*::0:99999:7:::" > "$ROOT/etc/shadow"
            echo "root:*::" > "$ROOT/etc/gshadow"
            cp /etc/nsswitch.conf /etc/login.defs "$ROOT/etc/"
        fi
        eval "$2"' rpm-root "$scratch" "$2"
}
