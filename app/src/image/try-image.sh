#!/bin/bash
# Runs the image the `image` profile built, without Docker, and waits for it to be healthy: its layers unpacked in
# order into a temporary root, its entrypoint started there as the image's user, in mount and PID namespaces of its
# own (unshare), with /proc, a minimal /dev and a fresh /tmp, on the host's network; then stopped.
#
#   app/src/image/try-image.sh [image.tar] [port]     default: app/target/tianping-image.tar, 8080
#
# Needs root, util-linux's unshare, jq and curl. TIMEOUT (seconds, default 600) bounds the wait for health UP;
# KEEP=1 leaves the container running (Ctrl-C stops it). Prints the seconds from start to UP.
set -euo pipefail

image=$(realpath "${1:-app/target/tianping-image.tar}")
port=${2:-8080}
timeout=${TIMEOUT:-600}
if curl -s -o /dev/null "http://localhost:$port/"; then
    echo "something already answers on port $port: give another as the second argument" >&2
    exit 1
fi

work=$(mktemp -d)
root=$work/root
pid= failed=
stop() {
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        # the entrypoint is PID 1 of its namespace: TERM lets the application close its database and search node;
        # when it exits the kernel kills whatever is left in the namespace
        child=$(cat "/proc/$pid/task/$pid/children" 2>/dev/null || true)
        kill -TERM ${child:-$pid} 2>/dev/null || true
        for _ in $(seq 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
        kill -KILL "$pid" 2>/dev/null || true
        status=0; wait "$pid" 2>/dev/null || status=$?
        echo "stopped (exit status $status); last lines of its console:" >&2
        tail -n 3 "$work/console.log" | cut -c 1-200 >&2
    fi
    # the mounts were in the container's namespace only: they went with it
    if [ -n "$failed" ]; then echo "its files are kept in $root" >&2; else rm -rf "$work"; fi
}
trap stop EXIT
trap 'exit 130' INT TERM

# the image: manifest.json names the config and the layers, bottom first (gzipped or not: tar detects it)
mkdir "$work/image" "$root"
tar -C "$work/image" --warning=no-unknown-keyword -xf "$image"
config=$work/image/$(jq -r '.[0].Config' "$work/image/manifest.json")
jq -r '.[0].Layers[]' "$work/image/manifest.json" | while read -r layer; do
    # whiteouts: .wh.NAME deletes NAME of the layers below, .wh..wh..opq empties its directory of them
    tar -tf "$work/image/$layer" --warning=no-unknown-keyword | { grep '\(^\|/\)\.wh\.' || true; } |
    while read -r whiteout; do
        dir=$(dirname "$whiteout") name=$(basename "$whiteout")
        if [ "$name" = .wh..wh..opq ]; then
            find "$root/$dir" -mindepth 1 -maxdepth 1 -exec rm -rf {} +
        else
            rm -rf "${root:?}/$dir/${name#.wh.}"
        fi
    done
    tar -C "$root" --numeric-owner --warning=no-unknown-keyword -xpf "$work/image/$layer" --exclude='.wh.*'
done

# the config: the command, its environment, working directory and user (a name from the image's /etc/passwd,
# or uid[:gid]), as `docker run` would take them
mapfile -t command < <(jq -r '(.config.Entrypoint // []) + (.config.Cmd // []) | .[]' "$config")
mapfile -t environment < <(jq -r '.config.Env // [] | .[]' "$config")
workdir=$(jq -r '.config.WorkingDir // "/" | if . == "" then "/" else . end' "$config")
user=$(jq -r '.config.User // "0" | if . == "" then "0" else . end' "$config")
name=${user%%:*}
entry=$(awk -F: -v u="$name" '$1 == u || $3 == u' "$root/etc/passwd" | head -n 1)
uid=$(echo "${entry:-$name:x:$name:0:::}" | cut -d : -f 3)
gid=$(echo "${entry:-$name:x:$name:0:::}" | cut -d : -f 4)
[ "$user" = "${user#*:}" ] || gid=${user#*:}
home=$(echo "$entry" | cut -d : -f 6)
environment+=("HOME=${home:-/}" "HOSTNAME=$(hostname)" "SERVER_PORT=$port")

# what Docker gives a container: a small /dev, a fresh /tmp, and the host's name resolution
mkdir -p "$root/dev" "$root/proc" "$root/sys" "$root/tmp" "$root/etc"
touch "$root/etc/hosts" "$root/etc/resolv.conf"
setup='
    root=$1 workdir=$2 uid=$3 gid=$4; shift 4
    mount --bind "$root" "$root" # a mount point, as a container root is: Java finds file stores in /proc/mounts
    mount -t tmpfs -o mode=755,nosuid tmpfs "$root/dev"
    for node in null zero full random urandom tty; do
        touch "$root/dev/$node"; mount --bind "/dev/$node" "$root/dev/$node"
    done
    mkdir "$root/dev/shm"; mount -t tmpfs -o mode=1777,nosuid,nodev tmpfs "$root/dev/shm"
    ln -s /proc/self/fd "$root/dev/fd"; ln -s /proc/self/fd/0 "$root/dev/stdin"
    ln -s /proc/self/fd/1 "$root/dev/stdout"; ln -s /proc/self/fd/2 "$root/dev/stderr"
    mount -t tmpfs -o mode=1777,nosuid,nodev tmpfs "$root/tmp"
    mount --bind /etc/hosts "$root/etc/hosts"; mount --bind /etc/resolv.conf "$root/etc/resolv.conf"
    exec unshare --pid --fork --mount-proc --root="$root" --wd="$workdir" --setgid="$gid" --setuid="$uid" -- "$@"'
echo "running ${command[*]} as $user ($uid:$gid) in $workdir; log: $work/console.log" >&2
started=$(date +%s%N)
env -i "${environment[@]}" unshare --mount --propagation private \
    sh -c "$setup" sh "$root" "$workdir" "$uid" "$gid" "${command[@]}" > "$work/console.log" 2>&1 &
pid=$!

until curl -s "http://localhost:$port/actuator/health" | grep -q '"status":"UP"'; do
    if ! kill -0 "$pid" 2>/dev/null || (( $(date +%s%N) - started > timeout * 1000000000 )); then
        tail -n 40 "$work/console.log" >&2
        failed=1
        echo "not UP on http://localhost:$port/actuator/health (it exited, or ${timeout} s passed)" >&2
        exit 1
    fi
    sleep 1
done
elapsed=$(( ($(date +%s%N) - started) / 100000000 ))
printf 'UP after %d.%d s: %s\n' $((elapsed / 10)) $((elapsed % 10)) \
    "$(curl -s "http://localhost:$port/actuator/health")"
if [ "${KEEP:-0}" = 1 ]; then
    echo "running on http://localhost:$port (Ctrl-C stops it)" >&2
    wait "$pid" || true
fi
