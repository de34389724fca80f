#!/usr/bin/env bash
# Linux installers from the app image that Maven's `package` profile made:
#   installers.sh JPACKAGE_DIR VERSION DESCRIPTION OUTPUT_TIMESTAMP
# JPACKAGE_DIR is target/jpackage (image/timeline inside it); the packages go to JPACKAGE_DIR/installers.
# Run from the project folder (the jpackage option files name paths relative to it).
# Needs the JDK's jpackage ($JAVA_HOME), fakeroot and dpkg-deb for the .deb, rpmbuild for the .rpm
# (skipped with a note when absent): packaging/linux/install-build-deps.sh installs them.
set -euo pipefail
dir=$(cd "$1" && pwd)
version=$2
description=$3
timestamp=$4
jpackage="${JAVA_HOME:?set JAVA_HOME to the JDK}/bin/jpackage"
img="$dir/image/timeline"
out="$dir/installers"

missing=()
command -v fakeroot >/dev/null || missing+=(fakeroot)
command -v dpkg-deb >/dev/null || missing+=(dpkg)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installers.sh: missing ${missing[*]}: run packaging/linux/install-build-deps.sh as root" >&2
  exit 1
fi

# One fixed time for the jar in the archive and in the packages (see appcds.sh): the build's own
# reproducible timestamp (project.build.outputTimestamp), or a second ago if that lies in the future.
epoch=$(date -d "$timestamp" +%s 2>/dev/null || echo 0)
now=$(date +%s)
if [ "$epoch" -le 0 ] || [ "$epoch" -ge "$now" ]; then epoch=$((now - 1)); fi

bash packaging/linux/appcds.sh "$img" "$epoch"

mkdir -p "$out"
rm -f "$out"/*.deb "$out"/*.rpm
common=(@packaging/jpackage/common.jpackage @packaging/linux/installer.jpackage
        --app-image "$img" --app-version "$version" --description "$description" --dest "$out")

# dpkg-deb clamps every file's time to SOURCE_DATE_EPOCH, so the installed jar matches the archive.
start=$(date +%s)
SOURCE_DATE_EPOCH=$epoch "$jpackage" "${common[@]}" @packaging/linux/deb.jpackage
echo "installers.sh: $(basename "$out"/*.deb) $(( $(stat -c %s "$out"/*.deb) / 1024 )) KiB in $(( $(date +%s) - start )) s"

if command -v rpmbuild >/dev/null; then
  # rpmbuild clamps file times only when told to, through a macro; a private HOME carries it.
  rpmhome=$(mktemp -d)
  trap 'rm -rf "$rpmhome"' EXIT
  printf '%%clamp_mtime_to_source_date_epoch 1\n%%use_source_date_epoch_as_buildtime 1\n' > "$rpmhome/.rpmmacros"
  start=$(date +%s)
  HOME=$rpmhome SOURCE_DATE_EPOCH=$epoch "$jpackage" "${common[@]}" @packaging/linux/rpm.jpackage
  echo "installers.sh: $(basename "$out"/*.rpm) $(( $(stat -c %s "$out"/*.rpm) / 1024 )) KiB in $(( $(date +%s) - start )) s"
else
  echo "installers.sh: no rpmbuild here, so no .rpm (apt-get install rpm, or install-build-deps.sh)"
fi
