#!/bin/sh
# Tianping's image base, made without any container registry: a Debian root filesystem from debootstrap (minbase)
# with a Java 21 runtime and a non-root user `tianping`, saved as a one-layer image in `docker save` format, which
# Jib reads as -Dtianping.image.base=tar://<file> (and `docker load` takes as it is).
#
#   app/src/image/debian-base.sh [output.tar]     default: ~/.cache/tianping/debian-base.tar, the image profile's base
#
# Needs root and debootstrap (apt-get install -y debootstrap). Environment: TIANPING_BASE_SUITE (trixie: the first
# Debian with openjdk-21), TIANPING_BASE_MIRROR (else the Debian mirror this machine's apt uses).
set -eu

out=$(realpath -m "${1:-$HOME/.cache/tianping/debian-base.tar}")
suite=${TIANPING_BASE_SUITE:-trixie}
# the first ".../debian" archive in apt's sources (one-line or deb822 format), not debian-security
sources="/etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources"
mirror=${TIANPING_BASE_MIRROR:-$(cat $sources 2>/dev/null | grep -o 'https\?://[^ ]*/debian/\?\( \|$\)' | head -n 1 |
    tr -d ' ')}
mirror=${mirror:-http://deb.debian.org/debian}
user=tianping uid=1000

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root=$work/root

echo "debootstrap $suite from $mirror" >&2
debootstrap --variant=minbase --include=openjdk-21-jre-headless "$suite" "$root" "$mirror" >&2

# the runtime user: PostgreSQL refuses root, and zonky's way around it (unshare -U) is refused by Docker's seccomp;
# its home holds ~/.tianping, the data directory, made here so a volume mounted there starts owned by the user
chroot "$root" useradd --uid $uid --user-group --create-home --home-dir /home/$user --shell /usr/sbin/nologin $user
mkdir "$root/home/$user/.tianping"
chown $uid:$uid "$root/home/$user/.tianping"

# lean: no package caches or lists (apt-get update brings them back), documentation, manuals, logs or host files
chroot "$root" apt-get clean
rm -rf "$root"/var/lib/apt/lists/* "$root"/var/cache/debconf/*-old "$root"/var/log/*.log "$root"/var/log/apt/* \
    "$root"/usr/share/doc/* "$root"/usr/share/man/* "$root"/usr/share/info/* "$root"/usr/share/locale/* \
    "$root"/etc/resolv.conf "$root"/etc/hostname "$root"/tmp/* "$root"/root/.cache
java_home=$(dirname "$(dirname "$(chroot "$root" readlink -f /usr/bin/java)")")
# the class-data archive for heaps over 32 GB (no compressed oops) only: 15 MB
rm -f "$root$java_home"/lib/server/classes_nocoops.jsa

# the layer: numeric owners, sorted and with one timestamp so the same files give the same digest
mtime=$(stat -c %Y "$root/var/lib/dpkg/status")
# (names without "./", as in images Docker saves; the kernel file systems' mount points are left empty)
(cd "$root" && tar --numeric-owner --sort=name --mtime=@"$mtime" --exclude='dev/*' --exclude='proc/*' \
    --exclude='sys/*' -cf "$work/layer.tar" $(ls -A))
layer=$(sha256sum "$work/layer.tar" | cut -d ' ' -f 1)
mkdir "$work/image" "$work/image/$layer"
mv "$work/layer.tar" "$work/image/$layer/layer.tar"

# the config: rootfs.diff_ids is the digest of the uncompressed layer (Jib trusts it, docker load checks it)
created=$(date -u -d @"$mtime" +%Y-%m-%dT%H:%M:%SZ)
cat > "$work/config.json" <<EOF
{"architecture":"amd64","os":"linux","created":"$created",
 "config":{"User":"$user","WorkingDir":"/home/$user","Cmd":["/bin/bash"],
  "Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","JAVA_HOME=$java_home","LANG=C.UTF-8"]},
 "rootfs":{"type":"layers","diff_ids":["sha256:$layer"]},
 "history":[{"created":"$created",
   "created_by":"debootstrap --variant=minbase --include=openjdk-21-jre-headless $suite; user $user"}]}
EOF
config=$(sha256sum "$work/config.json" | cut -d ' ' -f 1)
mv "$work/config.json" "$work/image/$config.json"
cat > "$work/image/manifest.json" <<EOF
[{"Config":"$config.json","RepoTags":["tianping-base:$suite"],"Layers":["$layer/layer.tar"]}]
EOF

mkdir -p "$(dirname "$out")"
(cd "$work/image" && tar -cf "$out.tmp" manifest.json "$config.json" "$layer") && mv "$out.tmp" "$out"
echo "$out: $(du -h "$out" | cut -f 1), layer sha256:$layer" >&2
