# The jlink runtime that the packages carry in /usr/lib/parley/runtime. Sourced by packaging/build.sh.
# Modules: packaging/common/runtime-modules. JDK: PARLEY_JDK, else the newest Temurin under /usr/lib/jvm (built on
# an old glibc, so its runtime runs on Debian 12, Ubuntu 22.04 and RHEL 9 alike), else the JDK of javac on PATH.

find_jdk() {
    local jdk=${PARLEY_JDK:-}
    if [ -z "$jdk" ]; then
        jdk=$(ls -d /usr/lib/jvm/temurin-*-jdk* 2>/dev/null | sort -V | tail -n1)
    fi
    if [ -z "$jdk" ]; then
        jdk=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
        say "no Temurin JDK under /usr/lib/jvm: linking with $jdk, whose runtime needs this machine's glibc or newer"
    fi
    [ -x "$jdk/bin/jlink" ] || die "no jlink in $jdk (set PARLEY_JDK to a JDK 17 or newer)"
    echo "$jdk"
}

jdk_feature() { sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release"; }

runtime_modules() { grep -v '^#' "$COMMON/runtime-modules" | grep -v '^$' | paste -sd, -; }

# link_runtime JDK OUTPUT COMPRESSION(fast|small): links the runtime unless OUTPUT already holds one made by the same
# JDK with the same options and this script (the stamp file records them).
link_runtime() {
    local jdk=$1 output=$2 compression=$3 feature modules stamp
    feature=$(jdk_feature "$jdk")
    modules=$(runtime_modules)
    local options=(--add-modules "$modules" --strip-debug --no-header-files --no-man-pages)
    # java.desktop is there for java.beans alone: its natives (AWT, fonts, images, sound) are never loaded by a
    # headless server, and would tie the packages to X11 and ALSA and embed copies of libjpeg, lcms2, freetype.
    options+=(--exclude-files="$(printf '**/lib%s.so,' awt awt_headless awt_xawt jawt fontmanager freetype \
        javajpeg lcms mlib_image splashscreen jsound | sed 's/,$//')")
    # Release packages leave the modules image uncompressed: xz then makes the package a third smaller than it can
    # from a zipped image (and the JVM starts a little faster). Test builds zip it fast to keep gzip's work small.
    if [ "$compression" = small ]; then
        options+=(--compress="$([ "$feature" -ge 21 ] && echo zip-0 || echo 0)")
    else
        options+=(--compress="$([ "$feature" -ge 21 ] && echo zip-1 || echo 2)")
    fi
    # Java 24+ warns at every start that Felix calls sun.misc.Unsafe (JEP 498); the runtime allows it quietly.
    local defaults="-Djava.awt.headless=true"
    [ "$feature" -ge 24 ] && defaults+=" --sun-misc-unsafe-memory-access=allow"
    options+=(--add-options="$defaults")
    stamp="$(sed -n 's/^JAVA_RUNTIME_VERSION=//p' "$jdk/release") $jdk ${options[*]}"
    stamp+=" $(md5sum < "$PACKAGING/lib/runtime.sh")"
    if [ -f "$output.stamp" ] && [ "$(cat "$output.stamp")" = "$stamp" ] && [ -x "$output/bin/java" ]; then
        say "runtime: reusing $output"
        return
    fi
    say "runtime: linking Java $feature from $jdk ($modules)"
    rm -rf "$output" "$output.stamp"
    "$jdk/bin/jlink" "${options[@]}" --output "$output"
    strip_elf "$output"
    echo "$stamp" > "$output.stamp"
}

# Symbols a server has no use for, removed as dh_strip does (lintian: unstripped-binary-or-object).
strip_elf() {
    local file
    find "$1" -type f | while IFS= read -r file; do
        if [ "$(od -An -tx1 -N4 "$file" | tr -d ' ')" = 7f454c46 ]; then  # the ELF magic number
            strip --strip-unneeded --remove-section=.comment --remove-section=.note "$file"
        fi
    done
}
