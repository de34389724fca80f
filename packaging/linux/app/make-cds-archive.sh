#!/bin/sh
# Makes lib/app/timeline.jsa, the class-data-sharing archive of this copy of Sourced Timeline, so that
# the app starts faster. The .deb and .rpm run it when they install (and delete the archive when they
# uninstall); after copying or moving an app image, run it again:  sh lib/app/make-cds-archive.sh
#
# The launcher always asks for the archive (-XX:SharedArchiveFile=$APPDIR/timeline.jsa in
# timeline.cfg); the JVM ignores it when it is missing or was made for other files. It cannot be made
# at build time: on JDK 17 an archive holds the absolute path of the jar it was made with, so it only
# serves the folder it was made in. It is a dynamic archive on top of the runtime's base archive
# (lib/runtime/lib/server/classes.jsa), holding the classes that one run of the app loaded:
#   1. the window, opened headless (Monocle, no display needed) and closed once it has drawn its
#      first frame: JavaFX, the controls, the model loading, everything a user's start goes through;
#   2. if that fails, `validate` on the shipped model; 3. if that fails too, `--version`.
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

# The training runs keep the app's settings and log in a temporary HOME and XDG_CONFIG_HOME (at
# install time this runs as root). _JAVA_OPTIONS comes after the launcher's options, so it replaces
# their SharedArchiveFile.
dump="-XX:SharedArchiveFile=$base -XX:ArchiveClassesAtExit=$new"

train_window() {
  log="$work/classes.log"
  HOME="$work" XDG_CONFIG_HOME="$work/config" _JAVA_OPTIONS="$dump -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Xlog:class+load=info:file=$log" \
    "$launcher" >"$work/log" 2>&1 &
  pid=$!
  # The software pipeline's graphics class loads when the first frame is drawn; 60 s at most.
  n=0
  until grep -q 'com\.sun\.prism\.sw\.SWGraphics ' "$log" 2>/dev/null; do
    n=$((n + 1))
    if [ $n -gt 600 ] || ! kill -0 "$pid" 2>/dev/null; then
      kill -TERM "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
      rm -f "$new"
      return 1
    fi
    sleep 0.1
  done
  sleep 1
  # The JVM writes the archive as it exits, on SIGTERM too.
  kill -TERM "$pid"; wait "$pid" 2>/dev/null
  [ -s "$new" ]
}
train() {
  HOME="$work" XDG_CONFIG_HOME="$work/config" _JAVA_OPTIONS="$dump" "$launcher" "$@" >"$work/log" 2>&1 && [ -s "$new" ]
}
if train_window; then
  what="the window"
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
echo "make-cds-archive.sh: $jsa ($(($(wc -c <"$jsa") / 1024)) KiB, from a run of $what)"
