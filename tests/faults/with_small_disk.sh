#!/bin/sh
# Runs a command with a small, private disk: a size-limited tmpfs mounted in a mount namespace of
# its own (so nothing outside this command sees it), its path in $CDS_SMALL_DISK. The fault tests
# fill it to see what the studio does when the disk is full.
#
#   with_small_disk.sh SIZE_KIB COMMAND [ARGS...]
#
# Exits 77 (ctest's SKIP_RETURN_CODE) with a sentence when this machine allows no such mount
# (no unshare, or neither root nor unprivileged user namespaces).
set -eu
if [ "$#" -lt 2 ]; then
  echo "usage: with_small_disk.sh SIZE_KIB COMMAND [ARGS...]" >&2
  exit 2
fi
size_kib=$1
shift
if [ "${CDS_SMALL_DISK_INSIDE:-}" != 1 ]; then
  if ! command -v unshare >/dev/null 2>&1; then
    echo "skipped: unshare (util-linux) is not installed, so no private tmpfs can be mounted"
    exit 77
  fi
  # As root a mount namespace is enough; otherwise map ourselves to root in a user namespace.
  flags="--mount"
  [ "$(id -u)" = 0 ] || flags="--mount --map-root-user"
  if ! unshare $flags true 2>/dev/null; then
    echo "skipped: this machine allows no private mount namespace (unshare $flags failed)"
    exit 77
  fi
  CDS_SMALL_DISK_INSIDE=1 exec unshare $flags sh "$0" "$size_kib" "$@"
fi
disk=$(mktemp -d "${TMPDIR:-/tmp}/cds-small-disk.XXXXXX")
if ! mount -t tmpfs -o "size=${size_kib}k,mode=0777" cds-small-disk "$disk" 2>/dev/null; then
  echo "skipped: cannot mount a tmpfs here"
  rmdir "$disk"
  exit 77
fi
export CDS_SMALL_DISK="$disk"
status=0
"$@" || status=$?
umount "$disk" 2>/dev/null || true
rmdir "$disk" 2>/dev/null || true
exit "$status"
