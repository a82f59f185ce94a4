#!/usr/bin/env bash
# Builds the Docker image testshard-example/postgres:15 from Debian bookworm's own packages, for
# machines where no container registry can be reached. Real projects write `image: postgres:16`
# and never need this.
#
#   build.sh           build unless an image built from the same inputs exists (quiet then)
#   build.sh --force   build again, reusing the cached root file system
#
# How: `debootstrap --variant=minbase --include=postgresql-15 bookworm` into a directory, strip
# what a server never reads (docs, man pages, translations, apt lists, Perl, LLVM), pack it as a
# tarball cached under ~/.cache/testshard/, add docker-entrypoint.sh and `docker import` it. The
# image carries the label dev.testshard.example=true (not dev.testshard=true: `testshard clean`
# removes that) and dev.testshard.example.inputs=<hash of this script and the entry point>; a run
# with an unchanged hash does nothing. The downloaded packages are cached too, so changing only
# the stripping or the entry point costs no download.
#
# Environment: DEBIAN_MIRROR (default: the bookworm mirror of /etc/apt/sources.list*, else
# deb.debian.org), XDG_CACHE_HOME. Needs root for debootstrap (cold builds only).
set -euo pipefail

readonly image=testshard-example/postgres:15
readonly suite=bookworm
readonly packages=postgresql-15
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
readonly here
readonly cache="${XDG_CACHE_HOME:-$HOME/.cache}/testshard"

log() { echo "postgres-image: $*" >&2; }

force=false
case "${1:-}" in
  "") ;;
  --force) force=true ;;
  *) log "usage: build.sh [--force]"; exit 2 ;;
esac

inputs="$(cat "$here/build.sh" "$here/docker-entrypoint.sh" | sha256sum | cut -c1-16)"
current="$(docker image inspect --format '{{ index .Config.Labels "dev.testshard.example.inputs" }}' \
  "$image" 2>/dev/null || true)"
if [ "$current" = "$inputs" ] && ! $force; then
  exit 0
fi

# Removes from the root file system what the server never reads. Part of the rootfs cache key.
strip_rootfs() {
  local root="$1"
  rm -rf "$root"/usr/share/doc/* "$root"/usr/share/man/* "$root"/usr/share/info/* \
    "$root"/usr/share/locale/* "$root"/usr/share/lintian "$root"/usr/share/bash-completion \
    "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/* "$root"/var/cache/debconf/*-old \
    "$root"/var/log/* "$root"/tmp/*
  # The cluster Debian's postinst creates (/etc/postgresql/15/main, /var/lib/postgresql/15/main):
  # the entry point runs initdb into PGDATA on first start instead.
  rm -rf "$root"/etc/postgresql/15 "$root"/var/lib/postgresql/15
  # LLVM and its Z3 (~140 MB) serve only JIT compilation, which the entry point turns off;
  # without the provider library PostgreSQL would disable JIT by itself anyway.
  rm -f "$root"/usr/lib/x86_64-linux-gnu/libLLVM-* "$root"/usr/lib/x86_64-linux-gnu/libz3.so* \
    "$root"/usr/lib/postgresql/15/lib/llvmjit*
  rm -rf "$root"/usr/lib/postgresql/15/lib/bitcode
  # Full Perl (~50 MB) serves only Debian's cluster wrappers (pg_ctlcluster, the /usr/bin/psql
  # wrapper); PATH puts the real binaries first. perl-base stays (essential), as do the libraries
  # the server links. Locale sources serve only locale-gen; C.UTF-8 is compiled in libc-bin.
  rm -rf "$root"/usr/share/perl "$root"/usr/lib/x86_64-linux-gnu/perl \
    "$root"/usr/lib/x86_64-linux-gnu/libperl.so* "$root"/usr/share/i18n
  # The data directory and the socket directory belong to the user the container runs as.
  # chroot: the user `postgres` of the image, not of the host.
  chroot "$root" install -d -o postgres -g postgres -m 0700 /var/lib/postgresql/data
  chroot "$root" install -d -o postgres -g postgres -m 2775 /var/run/postgresql
}

mirror() {
  if [ -n "${DEBIAN_MIRROR:-}" ]; then
    echo "$DEBIAN_MIRROR"
    return
  fi
  # One-line ("deb URI bookworm ...") and deb822 ("URIs:" + "Suites:") sources; the first entry
  # whose suites include bookworm itself (not bookworm-security).
  local found
  found="$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources \
    2>/dev/null | awk -v suite="$suite" '
      /^deb[ \t]/ {
        sub(/\[[^]]*\]/, ""); if ($3 == suite) { print $2; exit } }
      /^URIs:/ { uri = $2 }
      /^Suites:/ { for (i = 2; i <= NF; i++) if ($i == suite && uri != "") { print uri; exit } }
      /^[ \t]*$/ { uri = "" }')"
  echo "${found:-http://deb.debian.org/debian}"
}

started=$(date +%s)
mkdir -p "$cache"
exec 9>"$cache/postgres-image.lock"
flock 9 # two builds at once (two checkouts, two CI jobs) take turns

debs_key="$(printf '%s\n' "$suite" "$packages" minbase | sha256sum | cut -c1-16)"
rootfs_key="$(printf '%s\n' "$debs_key" "$(declare -f strip_rootfs)" | sha256sum | cut -c1-16)"
debs="$cache/postgres-debs-$debs_key.tgz"
rootfs="$cache/postgres-rootfs-$rootfs_key.tar"
work="$(mktemp -d "$cache/postgres-build.XXXXXX")"
trap 'rm -rf "$work"' EXIT

if [ ! -s "$rootfs" ]; then
  if [ "$(id -u)" != 0 ]; then
    log "debootstrap needs root; run this script as root once (the result is cached in $cache)"
    exit 1
  fi
  if ! command -v debootstrap >/dev/null 2>&1; then
    log "installing debootstrap"
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq debootstrap \
      >/dev/null
  fi
  if [ ! -s "$debs" ]; then
    source="$(mirror)"
    log "downloading $suite minbase + $packages from $source"
    debootstrap --variant=minbase --include="$packages" --make-tarball="$work/debs.tgz" \
      "$suite" "$work/download" "$source" >"$work/debootstrap.log" 2>&1 \
      || { tail -n 20 "$work/debootstrap.log" >&2; exit 1; }
    mv "$work/debs.tgz" "$debs"
    find "$cache" -maxdepth 1 -name 'postgres-debs-*.tgz' ! -name "${debs##*/}" -delete
  fi
  log "installing the packages into a root file system"
  debootstrap --variant=minbase --include="$packages" --unpack-tarball="$debs" \
    "$suite" "$work/rootfs" "$(mirror)" >"$work/debootstrap.log" 2>&1 \
    || { tail -n 20 "$work/debootstrap.log" >&2; exit 1; }
  strip_rootfs "$work/rootfs"
  tar --numeric-owner -C "$work/rootfs" -cf "$work/rootfs.tar" .
  rm -rf "$work/rootfs"
  mv "$work/rootfs.tar" "$rootfs"
  find "$cache" -maxdepth 1 -name 'postgres-rootfs-*.tar' ! -name "${rootfs##*/}" -delete
fi

# The cached tarball plus the entry point, appended as root-owned usr/local/bin/docker-entrypoint.sh.
cp "$rootfs" "$work/image.tar"
tar --owner=0 --group=0 --mode=0755 -C "$here" --transform 's,^,./usr/local/bin/,' \
  -rf "$work/image.tar" docker-entrypoint.sh

previous="$(docker image inspect --format '{{.Id}}' "$image" 2>/dev/null || true)"
docker import \
  --change 'ENV PATH=/usr/lib/postgresql/15/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  --change 'ENV LANG=C.UTF-8' \
  --change 'ENV PGDATA=/var/lib/postgresql/data' \
  --change 'USER postgres' \
  --change 'WORKDIR /var/lib/postgresql' \
  --change 'EXPOSE 5432' \
  --change 'ENTRYPOINT ["docker-entrypoint.sh"]' \
  --change 'CMD ["postgres"]' \
  --change 'LABEL dev.testshard.example=true' \
  --change "LABEL dev.testshard.example.inputs=$inputs" \
  "$work/image.tar" "$image" >/dev/null
now="$(docker image inspect --format '{{.Id}}' "$image")"
if [ -n "$previous" ] && [ "$previous" != "$now" ]; then
  docker image rm "$previous" >/dev/null 2>&1 || true # still used by a container: leave it
fi
size="$(docker image inspect --format '{{.Size}}' "$image")"
log "built $image ($((size / 1000000)) MB) in $(($(date +%s) - started)) s"
