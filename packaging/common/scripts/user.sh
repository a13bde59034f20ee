# Creates the parley system user and group as its sysusers.d line says (put in below by packaging/build.sh):
# through systemd-sysusers where the machine has it, else with useradd (a container or chroot without systemd).
if ! getent passwd parley >/dev/null; then
    if command -v systemd-sysusers >/dev/null 2>&1; then
        echo '@SYSUSERS@' | systemd-sysusers --replace=/usr/lib/sysusers.d/parley.conf -
    else
        getent group parley >/dev/null || groupadd --system parley
        useradd --system --gid parley --home-dir /var/lib/parley --no-create-home --shell /usr/sbin/nologin \
            --comment "Parley video meeting appliance" parley
    fi
fi
