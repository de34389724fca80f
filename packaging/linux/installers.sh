#!/usr/bin/env bash
# Linux installers from the app image that Maven's `package` profile made:
#   installers.sh JPACKAGE_DIR VERSION DESCRIPTION
# JPACKAGE_DIR is target/jpackage (image/timeline inside it); the packages go to JPACKAGE_DIR/installers.
# Run from the project folder (the jpackage option files name paths relative to it).
# Needs the JDK's jpackage ($JAVA_HOME), fakeroot and dpkg-deb for the .deb, and rpmbuild for the
# .rpm (skipped with a note when absent): packaging/linux/install-build-deps.sh installs them.
set -euo pipefail
dir=$(cd "$1" && pwd)
version=$2
description=$3
jpackage="${JAVA_HOME:?set JAVA_HOME to the JDK}/bin/jpackage"
out="$dir/installers"

missing=()
command -v fakeroot >/dev/null || missing+=(fakeroot)
command -v dpkg-deb >/dev/null || missing+=(dpkg)
command -v strip >/dev/null || missing+=(binutils)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installers.sh: missing ${missing[*]}: run packaging/linux/install-build-deps.sh as root" >&2
  exit 1
fi

mkdir -p "$out"
rm -f "$out"/*.deb "$out"/*.rpm
common=(@packaging/jpackage/common.jpackage @packaging/linux/installer.jpackage
        --app-image "$dir/image/timeline" --app-version "$version" --description "$description" --dest "$out")

# Debian and Fedora ship binaries stripped (dh_strip, brp-strip); the runtime's, JavaFX's and
# jpackage's come with their symbol tables (4.5 MB of the installed size; lintian:
# unstripped-binary-or-object). The dynamic symbols, which JNI looks up, stay.
find "$dir/image/timeline" -type f -print0 | while IFS= read -r -d '' f; do
  if [ "$(head -c 4 "$f" | tr -d '\000')" = $'\x7fELF' ]; then strip --strip-unneeded "$f"; fi
done

start=$(date +%s)
"$jpackage" "${common[@]}" @packaging/linux/deb.jpackage
echo "installers.sh: $(basename "$out"/*.deb): $(( $(stat -c %s "$out"/*.deb) / 1024 )) KiB, made in $(( $(date +%s) - start )) s"

if command -v rpmbuild >/dev/null; then
  start=$(date +%s)
  "$jpackage" "${common[@]}" @packaging/linux/rpm.jpackage
  echo "installers.sh: $(basename "$out"/*.rpm): $(( $(stat -c %s "$out"/*.rpm) / 1024 )) KiB, made in $(( $(date +%s) - start )) s"
else
  echo "installers.sh: no rpmbuild here, so no .rpm (packaging/linux/install-build-deps.sh installs it)"
fi
