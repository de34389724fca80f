#!/usr/bin/env bash
# Installs, on Debian or Ubuntu, what `./mvnw -Ppackage verify` needs besides a JDK 17+:
# fakeroot (jpackage runs dpkg-deb under it), binutils (strip, for the packaged binaries) and rpm
# (rpmbuild, for the .rpm; optional).
# Only what is missing; needs root (or sudo). The Maven build itself never installs anything.
set -euo pipefail
want=()
command -v fakeroot >/dev/null || want+=(fakeroot)
command -v strip >/dev/null || want+=(binutils)
command -v rpmbuild >/dev/null || want+=(rpm)
[ ${#want[@]} -gt 0 ] || { echo "install-build-deps.sh: nothing to install"; exit 0; }
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${want[@]}"
echo "install-build-deps.sh: installed ${want[*]}"
