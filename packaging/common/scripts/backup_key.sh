# The key of the automatic pre-upgrade backups: 32 random bytes in /etc/parley/secrets/backup.key, root only, made
# once and never replaced (it opens every earlier automatic backup); not a conffile, so no package owns or removes it.
if [ ! -s /etc/parley/secrets/backup.key ]; then
    mkdir -p /etc/parley/secrets
    (umask 077 && head -c 32 /dev/urandom > /etc/parley/secrets/backup.key.new)
    chown root:root /etc/parley/secrets/backup.key.new
    mv /etc/parley/secrets/backup.key.new /etc/parley/secrets/backup.key
fi
