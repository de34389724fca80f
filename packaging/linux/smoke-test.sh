#!/usr/bin/env bash
# Proves the .deb: unpacks it (dpkg-deb -x, no installation, no root needed) into a temporary folder
# and runs the app from there as a user would from a terminal, in another working folder and with an
# empty HOME:
#   smoke-test.sh JPACKAGE_DIR VERSION
# --version, validate on the shipped model, build from the shipped seeds then validate the result,
# exit codes passed through, the class-data-sharing archive made and used in place, `render` drawn
# headless and checked, the menu entry and icon, the runtime's modules against jdeps, and the .rpm's
# contents when there is one.
set -uo pipefail
dir=$(cd "$1" && pwd)
version=$2
here=$(cd "$(dirname "$0")/../.." && pwd)
java="${JAVA_HOME:?set JAVA_HOME to the JDK}/bin/java"

passed=0
failed=0
ok() { echo "ok   - $*"; passed=$((passed + 1)); }
bad() { echo "FAIL - $*"; failed=$((failed + 1)); }
check() { local what=$1; shift; if "$@"; then ok "$what"; else bad "$what"; fi; }

deb=$(ls "$dir"/installers/*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || { echo "smoke-test: no .deb in $dir/installers"; echo "smoke-test: 0 passed, 1 failed"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/home" "$tmp/cwd"
dpkg-deb -x "$deb" "$tmp/root"
app="$tmp/root/opt/sourced-timeline"
launcher="$app/bin/timeline"
# Run like a user: from an unrelated folder, with a fresh HOME, and the JVM's output to files.
run() { (cd "$tmp/cwd" && HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" "$launcher" "$@" >"$tmp/out" 2>"$tmp/err"); }

size=$(stat -c %s "$deb")
check ".deb is $((size / 1024 / 1024)) MiB (limit 50 MiB): $(basename "$deb")" [ "$size" -lt $((50 * 1024 * 1024)) ]
control=$(dpkg-deb -f "$deb" Package Version)
check "package sourced-timeline $version-1" \
  bash -c '[[ "$1" == *"Package: sourced-timeline"* && "$1" == *"Version: $2-1"* ]]' _ "$control" "$version"
deps="$here/packaging/linux/package-deps.sh"
check "Depends is resources/control's, $("$deps" declared deb | wc -l) packages (libgtk-3-0 and xdg-utils among them), whatever this machine has installed" \
  bash -c 'diff <("$1" declared deb) <("$1" built "$2") && "$1" built "$2" | grep -q "^libgtk-3-0 " && "$1" built "$2" | grep -qx xdg-utils' _ "$deps" "$deb"
if command -v lintian >/dev/null; then
  # Every tag lintian gives must be one that lintian-expected.txt explains, and every tag it explains
  # must still be given: the list is what lintian says of this package, no more, no less.
  expected="$here/packaging/linux/lintian-expected.txt"
  lintian --tag-display-limit 0 "$deb" 2>/dev/null | awk '$1 ~ /^[EWIPX]:$/ {print $3}' | sort -u >"$tmp/lintian-tags"
  unexplained=$(grep -v -x -F -f <(sed -n 's/^\([a-z0-9-]*\) .*/\1/p' "$expected") "$tmp/lintian-tags" | tr '\n' ' ')
  gone=$(sed -n 's/^\([a-z0-9-]*\) .*/\1/p' "$expected" | grep -v -x -F -f "$tmp/lintian-tags" | tr '\n' ' ')
  check "lintian gives only the $(wc -l <"$tmp/lintian-tags") tags lintian-expected.txt explains${unexplained:+; unexplained: $unexplained}${gone:+; no longer given: $gone}" \
    test -z "$unexplained$gone"
fi

check "launcher, icon, licences, seeds and JavaFX's native libraries are in the package" bash -c '
  [ -x "$1/bin/timeline" ] && [ -f "$1/lib/timeline.png" ] && [ -f "$1/lib/app/legal/LICENSE" ] &&
  [ -f "$1/lib/app/legal/THIRD-PARTY-NOTICES.md" ] && [ -f "$1/lib/app/seeds/SHA256SUMS" ] &&
  [ -f "$1/lib/app/libglass.so" ] && [ -f "$1/lib/app/make-cds-archive.sh" ]' _ "$app"
desktop=$(ls "$app"/lib/*.desktop 2>/dev/null | head -n 1)
check "menu entry: Name, Exec, Icon, Categories, MimeType" bash -c '
  f=$1; [ -f "$f" ] &&
  grep -qx "Name=Sourced Timeline" "$f" &&
  grep -q "^Exec=.*/opt/sourced-timeline/bin/timeline" "$f" &&
  grep -q "^Icon=/opt/sourced-timeline/lib/timeline.png" "$f" &&
  grep -q "^Categories=Office;Viewer;$" "$f" &&
  grep -q "^MimeType=application/x-sourced-timeline+json" "$f"' _ "$desktop"

wmclass=$(sed -n 's/^StartupWMClass=//p' "$desktop")
check "StartupWMClass=$wmclass names the Application class in the jar" bash -c '
  [ -n "$2" ] && "$1/bin/jar" tf "$3" | grep -qx "$(echo "$2" | tr . /).class"' _ "$JAVA_HOME" "$wmclass" "$app/lib/app/timeline.jar"
if command -v desktop-file-validate >/dev/null; then
  # Hints too: one is a menu that lists the app twice.
  check "desktop-file-validate has nothing to say of the menu entry: $(desktop-file-validate "$desktop" 2>&1 | head -c 300)" \
    test -z "$(desktop-file-validate "$desktop" 2>&1)"
fi

run --version
check "--version prints \"Sourced Timeline $version\"" grep -qx "Sourced Timeline $version" "$tmp/out"
check "--version writes nothing on stderr (no JVM warnings): $(head -c 200 "$tmp/err")" test ! -s "$tmp/err"
# The JIT's settings for a quick first frame (docs/benchmarks.md): compiler threads at nice 10, built
# into the runtime (pom: app.runtime.options), and twice the call counts, from the launcher (app.jpackage).
check "the runtime starts its compiler threads at nice 10" bash -c '
  "$1/lib/runtime/bin/java" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -Eq "CompilerThreadPriority += 10 .*jimage" &&
  "$1/lib/runtime/bin/java" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -Eq "ThreadPriorityPolicy += 1 .*jimage"' _ "$app"
check "the launcher compiles at twice the call counts" grep -q "CompileThresholdScaling=2" "$app/lib/app/timeline.cfg"

# bin/timeline is packaging/linux/timeline-launcher.sh: it must start the JVM without asking the package
# managers which package owns it (jpackage's launcher runs rpm -qf and dpkg -S, twice, at every start).
# An rpm and a dpkg first on the PATH that only note they were run catch any such question.
mkdir -p "$tmp/spy"
for pm in rpm dpkg dpkg-query; do printf '#!/bin/sh\necho "%s $*" >>"%s/spy/asked"\nexit 1\n' "$pm" "$tmp" >"$tmp/spy/$pm"; chmod +x "$tmp/spy/$pm"; done
(cd "$tmp/cwd" && PATH="$tmp/spy:$PATH" HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" "$launcher" --version >"$tmp/out" 2>"$tmp/err")
check "the launcher asks no package manager who owns it: $(head -c 200 "$tmp/spy/asked" 2>/dev/null)" \
  bash -c '[ ! -e "$1/spy/asked" ] && grep -qx "Sourced Timeline $2" "$1/out"' _ "$tmp" "$version"
check "the launcher is a POSIX sh script that dash accepts" bash -c '! command -v dash >/dev/null || dash -n "$1"' _ "$launcher"
# Arguments reach the app as given, spaces and all, after the cfg's JVM options.
# The model with its articles beside it: a model reads nothing outside its own folder.
mkdir -p "$tmp/a folder"
cp "$app/lib/app/seeds/"* "$tmp/a folder/"
mv "$tmp/a folder/model.json" "$tmp/a folder/the model.json"
run validate "$tmp/a folder/the model.json"; rc=$?
check "validate on a path with spaces, through the launcher: exit $rc, $(head -c 200 "$tmp/out")" bash -c '[ "$1" -eq 0 ] && grep -q "the model.json: valid" "$2"' _ $rc "$tmp/out"

# The class-data-sharing archive is made where the app lands (postinst runs the same script):
# afterwards the JVM must take classes from it.
check "no archive inside the package (it would only serve the folder it was made in)" test ! -e "$app/lib/app/timeline.jsa"
check "make-cds-archive.sh makes lib/app/timeline.jsa: $(sh "$app/lib/app/make-cds-archive.sh" 2>&1 | tail -n 1)" test -s "$app/lib/app/timeline.jsa"
# _JAVA_OPTIONS, not JAVA_TOOL_OPTIONS: it comes after the launcher's -Xlog:disable.
(cd "$tmp/cwd" && HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" _JAVA_OPTIONS="-Xlog:class+load=info:file=$tmp/classes.log" "$launcher" --version >/dev/null 2>&1)
shared=$(grep -c 'shared objects file (top)' "$tmp/classes.log" 2>/dev/null || true)
check "the launcher uses the archive ($shared classes of --version come from it)" [ "${shared:-0}" -gt 0 ]

run validate "$app/lib/app/seeds/model.json"; rc=$?
check "validate on the shipped seeds/model.json: exit $rc, $(head -c 200 "$tmp/out")" [ $rc -eq 0 ]
run build --seeds "$app/lib/app/seeds" --out "$tmp/built/model.json"; rc=$?
check "build from the shipped seeds: exit $rc, $(head -c 200 "$tmp/out")" [ $rc -eq 0 ]
run validate "$tmp/built/model.json"; rc=$?
check "validate on the model just built: exit $rc, $(head -c 200 "$tmp/out")" bash -c '[ "$1" -eq 0 ] && grep -q ": valid" "$2"' _ $rc "$tmp/out"
echo '{}' > "$tmp/broken.timeline.json"
run validate "$tmp/broken.timeline.json"; rc=$?
check "validate on a broken model exits 1 through the launcher (exit $rc)" [ $rc -eq 1 ]

touch "$tmp/before-render"
run render --out "$tmp/render.png" --width 1280 --height 800; rc=$?
check "render --out render.png, headless: exit $rc$([ $rc -eq 0 ] || { echo; head -c 600 "$tmp/err"; })" [ $rc -eq 0 ]
check "render.png is 1280x800 and not blank" "$java" "$here/packaging/tools/PngCheck.java" "$tmp/render.png" 1280 800
# Java takes user.home from the password database, not from HOME: look in both. JavaFX unpacks a library
# into ~/.openjfx when the copy in lib/app does not load (a system library it links to is missing).
home=$(getent passwd "$(id -u)" | cut -d: -f6)
unpacked=$(find "$tmp/home/.openjfx" "$home/.openjfx" -type f -newer "$tmp/before-render" 2>/dev/null | head -n 3 | tr '\n' ' ')
check "JavaFX loaded its native libraries from lib/app (nothing unpacked into HOME)${unpacked:+: $unpacked}$(grep -m1 'from resource failed' "$tmp/err" | sed 's/^/; /')" \
  bash -c '[ -z "$1" ] && ! grep -q "from resource failed" "$2"' _ "$unpacked" "$tmp/err"
# SMOKE_KEEP_RENDER=FILE keeps the picture, to look at it.
[ -z "${SMOKE_KEEP_RENDER:-}" ] || cp "$tmp/render.png" "$SMOKE_KEEP_RENDER"

# jdeps lists what the jar's classes refer to; java.sql and jdk.jfr are optional to Gson and JavaFX.
modules=$(sed -n 's/^MODULES="\(.*\)"$/\1/p' "$app/lib/runtime/release")
needed=$("${JAVA_HOME}/bin/jdeps" --ignore-missing-deps --multi-release 17 --print-module-deps "$app/lib/app/timeline.jar" 2>/dev/null | tr ',' ' ')
missing=""
for m in $needed; do
  case " $modules java.sql jdk.jfr " in *" $m "*) ;; *) missing="$missing $m" ;; esac
done
check "the runtime holds every JDK module jdeps finds in the jar (runtime: $modules)${missing:+; missing:$missing}" [ -z "$missing" ]

rpm=$(ls "$dir"/installers/*.rpm 2>/dev/null | head -n 1)
if [ -n "$rpm" ] && command -v rpm >/dev/null; then
  # rpm on Debian keeps a database in HOME: give it the temporary one.
  check ".rpm $(basename "$rpm"), $(( $(stat -c %s "$rpm") / 1024 / 1024 )) MiB, holds the launcher" bash -c '
    HOME=$2 rpm -qpl "$1" 2>/dev/null | grep -qx /opt/sourced-timeline/bin/timeline' _ "$rpm" "$tmp/home"
  check ".rpm requires what the spec names ($("$deps" declared rpm | wc -l) capabilities, libgtk-3.so.0 and xdg-utils among them)" \
    bash -c 'diff <("$1" declared rpm) <("$1" built "$2") && "$1" built "$2" | grep -qx "libgtk-3.so.0()(64bit)"' _ "$deps" "$rpm"
  # The .rpm holds the same files as the .deb: rpm's own generator, run on them, must find the spec's list.
  check "the spec's Requires are what rpm's elfdeps finds the app's ELF files need: $("$deps" check rpm "$app" 2>&1 | tr '\n' ';')" \
    "$deps" check rpm "$app"
fi

echo "smoke-test: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
