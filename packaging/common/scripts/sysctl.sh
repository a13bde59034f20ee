# Applies the UDP buffer sizes now on a machine run by systemd (a container has no say over them; they apply at
# the next boot anyway).
if [ -d /run/systemd/system ]; then
    systemd-sysctl /usr/lib/sysctl.d/60-parley.conf || true
fi
