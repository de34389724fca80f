#!/usr/bin/env bash
# Installs the .deb for real, as a user would, uses the installed app, and removes it again:
#   install-test.sh JPACKAGE_DIR          (as root, on Debian or Ubuntu; .ci/run runs it)
# apt-get install pulls the dependencies the package declares; the installed files' libraries all
# resolve and are those dpkg-shlibdeps names; postinst made the class-data-sharing archive; the
# launcher validates and renders the built-in model; the menu entry validates; a *.timeline.json file
# is known by its MIME type and opens in the app, whose window is shown under Xvfb and photographed;
# apt-get remove leaves nothing under /opt/sourced-timeline, and purge leaves no trace in dpkg.
# Needs: xvfb, x11-utils, x11-apps, netpbm, desktop-file-utils, libfile-mimeinfo-perl, lxmenu-data
# (a desktop's menu folder, which xdg-desktop-menu installs into) and dpkg-dev: .ci/setup-debian.sh.
# INSTALL_TEST_SCREENSHOT=FILE keeps the picture of the window.
set -uo pipefail
dir=$(cd "$1" && pwd)
here=$(cd "$(dirname "$0")/../.." && pwd)
java="${JAVA_HOME:?set JAVA_HOME to the JDK}/bin/java"
deps="$here/packaging/linux/package-deps.sh"
app=/opt/sourced-timeline
launcher="$app/bin/timeline"
desktop=/usr/share/applications/sourced-timeline-timeline.desktop
mime=application/x-sourced-timeline+json
export DEBIAN_FRONTEND=noninteractive

passed=0
failed=0
ok() { echo "ok   - $*"; passed=$((passed + 1)); }
bad() { echo "FAIL - $*"; failed=$((failed + 1)); }
check() { local what=$1; shift; if "$@"; then ok "$what"; else bad "$what"; fi; }
finish() { echo "install-test: $passed passed, $failed failed"; [ "$failed" -eq 0 ]; exit; }

[ "$(id -u)" -eq 0 ] || { echo "install-test: must run as root (it installs and removes the package)"; failed=1; finish; }
deb=$(ls "$dir"/installers/sourced-timeline_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || { echo "install-test: no .deb in $dir/installers"; failed=1; finish; }
version=$(dpkg-deb -f "$deb" Version | sed 's/-[^-]*$//')
tmp=$(mktemp -d)
xvfb_pid=""
app_pid=""
cleanup() {
  [ -z "$app_pid" ] || kill "$app_pid" 2>/dev/null
  [ -z "$xvfb_pid" ] || kill "$xvfb_pid" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT
mkdir "$tmp/home" "$tmp/cwd"
chmod 755 "$tmp"
# Like a user: another working folder, a HOME of its own.
run() { (cd "$tmp/cwd" && HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" "$launcher" "$@" >"$tmp/out" 2>"$tmp/err"); }

# A package left by an earlier run would make every check below prove nothing.
dpkg-query -W -f='${db:Status-Status}' sourced-timeline 2>/dev/null | grep -q . && apt-get purge -y -qq sourced-timeline >/dev/null 2>&1

gtk_before=$(dpkg-query -W -f='${db:Status-Status}' libgtk-3-0 2>/dev/null || true)
dpkg-query -W -f='${Package}\n' | sort >"$tmp/before"
apt-get install -y -q "$deb" >"$tmp/apt-install.log" 2>&1; rc=$?
dpkg-query -W -f='${Package}\n' | sort >"$tmp/after"
pulled=$(comm -13 "$tmp/before" "$tmp/after" | grep -vx sourced-timeline | wc -l)
check "apt-get install $(basename "$deb"): exit $rc, $pulled packages pulled in$( [ "$gtk_before" = installed ] && echo ' (libgtk-3-0 was installed already)' || { grep -qx libgtk-3-0 <(comm -13 "$tmp/before" "$tmp/after") && echo ', libgtk-3-0 among them'; })$([ $rc -eq 0 ] || { echo; tail -n 20 "$tmp/apt-install.log"; })" \
  [ $rc -eq 0 ]
[ $rc -eq 0 ] || finish
check "dpkg says sourced-timeline $version-1 is installed" \
  bash -c '[ "$(dpkg-query -W -f="\${Version} \${db:Status-Status}" sourced-timeline)" = "$1-1 installed" ]' _ "$version"

# Every library of every ELF file resolves on this machine, which has only what the package declared
# (and what was here before): the declared list is enough to run.
# ldd cannot see the runtime's own libraries (libjvm.so, which the launcher loads first): those are
# found in the app's folder.
own=$(find "$app" -name '*.so' -printf '%f\n' | sort -u)
unresolved=$(find "$app" -type f \( -name '*.so' -o -perm -u+x \) -exec sh -c 'head -c 4 "$1" | grep -q ELF && ldd "$1" 2>/dev/null | sed -n "s|^[[:space:]]*\([^ ]*\) => not found|\1|p" | sed "s|^|$1: |"' _ {} \; |
  awk -v own="$own" 'BEGIN { n = split(own, o, "\n"); for (i = 1; i <= n; i++) mine[o[i]] = 1 } !($2 in mine)' | sort -u)
check "every system library the installed files link to is found$([ -z "$unresolved" ] || { echo ':'; echo "$unresolved" | head -n 10; })" [ -z "$unresolved" ]
check "resources/control's Depends is what dpkg-shlibdeps finds the installed files need: $("$deps" check deb "$app" 2>&1 | tr '\n' ';')" \
  "$deps" check deb "$app"

check "postinst made the class-data-sharing archive lib/app/timeline.jsa ($(( $(stat -c %s "$app/lib/app/timeline.jsa" 2>/dev/null || echo 0) / 1024 )) KiB)" \
  test -s "$app/lib/app/timeline.jsa"
run --version
check "installed launcher: --version prints \"Sourced Timeline $version\"" grep -qx "Sourced Timeline $version" "$tmp/out"
run validate "$app/lib/app/seeds/model.json"; rc=$?
check "installed launcher: validate the shipped model: exit $rc, $(head -c 200 "$tmp/out")" bash -c '[ "$1" -eq 0 ] && grep -q ": valid" "$2"' _ $rc "$tmp/out"
run render --out "$tmp/render.png" --width 1280 --height 800; rc=$?
check "installed launcher: render the built-in model, headless: exit $rc$([ $rc -eq 0 ] || { echo; head -c 600 "$tmp/err"; })" [ $rc -eq 0 ]
check "render.png is 1280x800 and not blank: $("$java" "$here/packaging/tools/PngCheck.java" "$tmp/render.png" 1280 800 2>&1)" \
  "$java" "$here/packaging/tools/PngCheck.java" "$tmp/render.png" 1280 800

check "menu entry installed at $desktop" test -f "$desktop"
check "desktop-file-validate has nothing to say of it (no error, warning or hint)$(desktop-file-validate "$desktop" 2>&1 | head -c 300 | sed 's/^/: /')" \
  test -z "$(desktop-file-validate "$desktop" 2>&1)"
cp "$app/lib/app/seeds/model.json" "$tmp/cwd/New Delhi.timeline.json"
cp "$app/lib/app/seeds/"*.txt "$app/lib/app/seeds/SHA256SUMS" "$tmp/cwd/"
echo '{}' >"$tmp/cwd/other.json"
filetype=$(xdg-mime query filetype "$tmp/cwd/New Delhi.timeline.json" 2>&1)
check "xdg-mime knows a *.timeline.json file as $mime (says: $filetype)" [ "$filetype" = "$mime" ]
other=$(xdg-mime query filetype "$tmp/cwd/other.json" 2>&1)
check "a plain .json file is not claimed (xdg-mime: $other)" [ "$other" != "$mime" ]
default=$(xdg-mime query default "$mime" 2>&1)
check "the app opens $mime files (xdg-mime query default: $default)" [ "$default" = "$(basename "$desktop")" ]

# The window: the menu entry's own command, given the model file as a file manager would (%f), on a
# virtual display. The title names the file once the model in it has loaded (read in UTF-8: in the C
# locale xwininfo cannot convert it).
display=":$(( 90 + RANDOM % 100 ))"
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >"$tmp/xvfb.log" 2>&1 &
xvfb_pid=$!
exec_line=$(sed -n 's/^Exec=//p' "$desktop" | head -n 1)
command_line=${exec_line//%f/\"$tmp/cwd/New Delhi.timeline.json\"}
(cd "$tmp/cwd" && export DISPLAY=$display HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" && eval "exec $command_line" >"$tmp/window.log" 2>&1) &
app_pid=$!
title=""
for _ in $(seq 1 120); do
  title=$(DISPLAY=$display LC_ALL=C.UTF-8 xwininfo -root -tree 2>/dev/null | grep -o '"Sourced Timeline[^"]*New Delhi.timeline.json"' | head -n 1)
  [ -n "$title" ] && break
  kill -0 "$app_pid" 2>/dev/null || break
  sleep 0.5
done
check "the menu entry's command ($exec_line) opens a window on the file: ${title:-no such window$(echo; tail -n 15 "$tmp/window.log")}" [ -n "$title" ]
if [ -n "$title" ]; then
  sleep 4  # the first frames, and the panels filled in
  DISPLAY=$display xwd -root -silent | xwdtopnm 2>/dev/null | pnmtopng >"$tmp/window.png" 2>/dev/null
  check "screenshot of the window: $("$java" "$here/packaging/tools/PngCheck.java" "$tmp/window.png" 1600 1000 2>&1)" \
    "$java" "$here/packaging/tools/PngCheck.java" "$tmp/window.png" 1600 1000
  [ -z "${INSTALL_TEST_SCREENSHOT:-}" ] || cp "$tmp/window.png" "$INSTALL_TEST_SCREENSHOT"
fi
kill "$app_pid" 2>/dev/null; wait "$app_pid" 2>/dev/null; app_pid=""
kill "$xvfb_pid" 2>/dev/null; wait "$xvfb_pid" 2>/dev/null; xvfb_pid=""
# .cache: GTK's (dconf). No .rpmdb: the launcher asks no package manager anything (jpackage's asked
# rpm, whose Debian build keeps its database in HOME).
check "the app wrote nothing in HOME beside its settings: $(ls -A "$tmp/home" | tr '\n' ' ')" \
  bash -c '[ -z "$(ls -A "$1" | grep -v -x -e .config -e .cache)" ]' _ "$tmp/home"

apt-get remove -y -q sourced-timeline >"$tmp/apt-remove.log" 2>&1; rc=$?
check "apt-get remove: exit $rc" [ $rc -eq 0 ]
left=$(find "$app" 2>/dev/null | head -n 5 | tr '\n' ' ')
check "nothing left under $app after remove${left:+: $left}" test ! -e "$app"
check "the menu entry and the MIME type went with it" bash -c '
  [ ! -e "$1" ] && [ ! -e /usr/share/mime/packages/sourced-timeline-timeline-MimeInfo.xml ] &&
  [ "$(xdg-mime query filetype "$2" 2>/dev/null)" != "$3" ]' _ "$desktop" "$tmp/cwd/New Delhi.timeline.json" "$mime"

# Purge straight from installed: prerm removes the archive, postrm purge whatever is left.
apt-get install -y -q "$deb" >"$tmp/apt-install2.log" 2>&1 && [ -s "$app/lib/app/timeline.jsa" ]; rc=$?
check "installed again, with its archive: exit $rc" [ $rc -eq 0 ]
apt-get purge -y -q sourced-timeline >"$tmp/apt-purge.log" 2>&1; rc=$?
check "apt-get purge: exit $rc, and the archive and $app are gone" bash -c '[ "$1" -eq 0 ] && [ ! -e "$2" ]' _ $rc "$app"
check "dpkg keeps no trace of the package (not even config-files)" \
  bash -c '! dpkg-query -W -f="\${db:Status-Status}" sourced-timeline 2>/dev/null | grep -q .'

finish
