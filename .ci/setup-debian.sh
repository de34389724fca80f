#!/usr/bin/env bash
# Makes a Debian 12 machine ready for .ci/run from nothing but the base system (as debootstrap leaves
# it): installs, as root, only the Debian packages that are missing. Nothing else is downloaded here;
# the Maven wrapper fetches Maven and Maven fetches the build's own dependencies.
set -euo pipefail
[ "$(id -u)" -eq 0 ] || { echo "setup-debian.sh: run as root (CI does)" >&2; exit 1; }
packages=(
  # The JDK the build runs on, when the machine has none (jpackage and jlink are in the headless JDK).
  $(command -v javac >/dev/null || echo openjdk-17-jdk-headless)
  ca-certificates
  # The installers: packaging/linux/install-build-deps.sh says why.
  fakeroot binutils rpm
  # The tests and the smoke test start JavaFX headless (Monocle, no GTK): its text needs Pango,
  # FontConfig, FreeType and a font, its glass library libX11. GTK itself is left for the .deb to pull
  # in (the install test).
  libpangoft2-1.0-0 libx11-6 fontconfig fonts-dejavu-core
  # The smoke test: the package's own linter, and the menu entry's validator.
  lintian desktop-file-utils
  # The install test (packaging/linux/install-test.sh): dpkg-shlibdeps, a virtual display, a window
  # list and a screenshot, xdg-mime's MIME lookup, and the menu folder a desktop would have.
  dpkg-dev xvfb x11-utils x11-apps netpbm libfile-mimeinfo-perl lxmenu-data
  # The exports are checked by other people's JavaScript (src/test/js, docs/exports.md): Node.js 18 or
  # later and npm, when the machine has none (this kind's machines have Node.js 20).
  $(command -v node >/dev/null || echo nodejs)
  $(command -v npm >/dev/null || echo npm)
)
missing=()
for p in "${packages[@]}"; do
  [ "$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null)" = installed ] || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then echo "setup-debian.sh: nothing to install"; exit 0; fi
export DEBIAN_FRONTEND=noninteractive
start=$(date +%s)
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "setup-debian.sh: installed ${missing[*]} ($(( $(date +%s) - start )) s)"
