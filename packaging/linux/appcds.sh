#!/usr/bin/env bash
# Adds an application class-data-sharing archive to a Linux app image made by jpackage:
#   appcds.sh IMAGE_DIR EPOCH
# 1. sets the jar's modification time to EPOCH: the JVM refuses an archive whose jar changed time or
#    size, and installers.sh builds the packages with SOURCE_DATE_EPOCH=EPOCH so that the installed jar
#    keeps exactly this time;
# 2. runs the app once through its own launcher with -XX:ArchiveClassesAtExit (a dynamic archive on top
#    of the runtime's base archive, which jlink --generate-cds-archive made): `render` when this build
#    has it, which loads JavaFX, else `validate` on the shipped model, else `build`;
# 3. tells the launcher to use it: java-options=-XX:SharedArchiveFile=$APPDIR/timeline.jsa in
#    lib/app/timeline.cfg. A stale or foreign archive is ignored by the JVM (-Xshare:auto), never fatal.
# Paths in the archive are relative to the image, so it keeps working wherever the image is installed.
set -euo pipefail
img=$(cd "$1" && pwd)
epoch=$2
launcher="$img/bin/timeline"
app="$img/lib/app"
jsa="$app/timeline.jsa"
cfg="$app/timeline.cfg"

[ -x "$launcher" ] && [ -f "$cfg" ] || { echo "appcds.sh: $img is not a Linux app image of timeline" >&2; exit 1; }
if grep -q 'SharedArchiveFile' "$cfg"; then
  echo "appcds.sh: $cfg already names an archive" >&2; exit 1
fi

touch -d "@$epoch" "$app/timeline.jar"
rm -f "$jsa"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/home"

# One training run; its output is not what we are after, only the classes it loads.
train() {
  HOME="$work/home" JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$jsa" "$launcher" "$@" >"$work/out" 2>&1
}
if train render --out "$work/render.png" --width 1280 --height 800; then
  what="render"
elif [ -f "$app/seeds/model.json" ] && train validate "$app/seeds/model.json"; then
  what="validate seeds/model.json"
elif [ -f "$app/seeds/curation.json" ] && train build --seeds "$app/seeds" --out "$work/model.json"; then
  what="build (which validates what it writes)"
else
  echo "appcds.sh: no training run succeeded; last output:" >&2
  cat "$work/out" >&2
  exit 1
fi
[ -s "$jsa" ] || { echo "appcds.sh: the JVM wrote no archive" >&2; cat "$work/out" >&2; exit 1; }

# jpackage writes one java-options= line per option under [JavaOptions].
sed -i 's|^\[JavaOptions\]$|[JavaOptions]\njava-options=-XX:SharedArchiveFile=$APPDIR/timeline.jsa\njava-options=-Xshare:auto|' "$cfg"
grep -q 'SharedArchiveFile=\$APPDIR/timeline.jsa' "$cfg" || { echo "appcds.sh: no [JavaOptions] in $cfg" >&2; exit 1; }

# The archive must now be in use: count the classes the launcher takes from it.
shared=$(HOME="$work/home" JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file=$work/classes.log" "$launcher" --version >/dev/null 2>&1;
         grep -c 'shared objects file (top)' "$work/classes.log" || true)
if [ "$shared" -eq 0 ]; then
  echo "appcds.sh: the launcher does not use $jsa" >&2; exit 1
fi
echo "appcds.sh: $(( $(stat -c %s "$jsa") / 1024 )) KiB archive from a '$what' run; --version takes $shared classes from it"
