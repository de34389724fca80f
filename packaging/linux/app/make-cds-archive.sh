#!/bin/sh
# Makes lib/app/timeline.jsa, the class-data-sharing archive of this copy of Sourced Timeline, so that
# the app starts faster. The .deb and .rpm run it when they install (and delete the archive when they
# uninstall); after copying or moving an app image, run it again:  sh lib/app/make-cds-archive.sh
#
# The launcher always asks for the archive (-XX:SharedArchiveFile=$APPDIR/timeline.jsa in
# timeline.cfg); the JVM ignores it when it is missing or was made for other files. It cannot be made
# at build time: on JDK 17 an archive holds the absolute path of the jar it was made with, so it only
# serves the folder it was made in. It is a dynamic archive on top of the runtime's base archive
# (lib/runtime/lib/server/classes.jsa), trained by one run of the app: `render` when this version has
# it (it loads JavaFX and draws the window), else `validate` on the shipped model, else `--version`.
set -u
app=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$app/../.." && pwd)
launcher="$root/bin/timeline"
base="$root/lib/runtime/lib/server/classes.jsa"
jsa="$app/timeline.jsa"
new="$jsa.new"
work=$(mktemp -d) || exit 1
trap 'rm -rf "$work" "$new"' EXIT
rm -f "$jsa" "$new"

# _JAVA_OPTIONS comes after the launcher's options, so it replaces their SharedArchiveFile.
train() {
  HOME="$work" _JAVA_OPTIONS="-XX:SharedArchiveFile=$base -XX:ArchiveClassesAtExit=$new" \
    "$launcher" "$@" >"$work/log" 2>&1 && [ -s "$new" ]
}
if train render --out "$work/window.png" --width 1280 --height 800; then
  what="render"
elif train validate "$app/seeds/model.json"; then
  what="validate"
elif train --version; then
  what="--version"
else
  echo "make-cds-archive.sh: no archive made (the app starts without one); the last attempt said:" >&2
  cat "$work/log" >&2
  exit 1
fi
mv -f "$new" "$jsa"
echo "make-cds-archive.sh: $jsa ($(($(wc -c <"$jsa") / 1024)) KiB, from a '$what' run)"
