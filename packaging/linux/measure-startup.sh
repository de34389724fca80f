#!/usr/bin/env bash
# Startup time of an installed (or unpacked) Linux app, with and without class-data sharing:
#   measure-startup.sh [APP_ROOT] [RUNS]      APP_ROOT defaults to /opt/sourced-timeline, RUNS to 11
# Each command runs RUNS times through the app's own launcher, in three set-ups taking turns:
#   app CDS   the launcher as installed: the app's archive (lib/app/timeline.jsa) on top of the base one
#   base CDS  only the runtime's base archive (JDK classes), as a plain jlinked runtime would have
#   no CDS    -Xshare:off
# and the median wall-clock time in milliseconds is printed, with the ratios. The window's time is
# measured too when xvfb-run and xwininfo (x11-utils) are there: from start until it is mapped.
# Makes the app's archive first when it is missing (make-cds-archive.sh).
set -euo pipefail
root=${1:-/opt/sourced-timeline}
runs=${2:-11}
launcher="$root/bin/timeline"
app="$root/lib/app"
base="$root/lib/runtime/lib/server/classes.jsa"
model="$app/seeds/model.json"
[ -s "$app/timeline.jsa" ] || sh "$app/make-cds-archive.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/home"

median() { sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
# _JAVA_OPTIONS is read after the launcher's options, so it can replace its archive; the app CDS
# set-up gets a no-op value so that all three print the same "Picked up" line.
opts_app="-Xshare:auto"
opts_base="-XX:SharedArchiveFile=$base"
opts_off="-Xshare:off"
once_cli() {  # options, then the command line: prints milliseconds
  local opts=$1 s e; shift
  s=$(date +%s%N)
  HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" _JAVA_OPTIONS="$opts" "$launcher" "$@" >/dev/null 2>&1
  e=$(date +%s%N)
  echo $(((e - s) / 1000000))
}
once_window() {  # options: milliseconds from start until the window (title "Sourced Timeline…") is mapped
  HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" _JAVA_OPTIONS="$1" xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    s=$(date +%s%N)
    "$1" >/dev/null 2>&1 & pid=$!
    n=0  # the title starts with the app name ("Sourced Timeline — Built-in model"); 60 s at most
    until xwininfo -root -tree 2>/dev/null | grep -q "\"Sourced Timeline"; do
      n=$((n + 1)); [ $n -lt 3000 ] || { kill $pid; exit 1; }; sleep 0.02
    done
    e=$(date +%s%N)
    kill $pid; wait $pid 2>/dev/null
    echo $(((e - s) / 1000000))' _ "$launcher"
}
# The three set-ups take turns within each round, so that a busy moment of the machine hits all three.
row() {  # label, then once_cli or once_window and its arguments
  local label=$1 a b o; shift
  : >"$work/app"; : >"$work/base"; : >"$work/off"
  for _ in $(seq "$runs"); do
    "$@" "$opts_app" >>"$work/app"
    "$@" "$opts_base" >>"$work/base"
    "$@" "$opts_off" >>"$work/off"
  done
  a=$(median <"$work/app"); b=$(median <"$work/base"); o=$(median <"$work/off")
  printf '%-28s %8s %8s %8s   %5s %5s\n' "$label" "$a" "$b" "$o" \
    "$(awk -v a="$a" -v b="$b" 'BEGIN {printf "%.2f", a / b}')" "$(awk -v a="$a" -v o="$o" 'BEGIN {printf "%.2f", a / o}')"
}
cli() { local opts=$1; shift; once_cli "$opts" "${cli_args[@]}"; }
echo "$("$launcher" --version), $runs runs each, median ms ($(nproc) cores, $(uname -r))"
printf '%-28s %8s %8s %8s   %5s %5s\n' "command" "app CDS" "base CDS" "no CDS" "a/b" "a/no"
cli_args=(--version); row "--version" cli
cli_args=(validate "$model"); row "validate seeds/model.json" cli
if "$launcher" render --out "$work/probe.png" --width 1280 --height 800 >/dev/null 2>&1; then
  cli_args=(render --out "$work/r.png" --width 1280 --height 800); row "render --out (1280x800)" cli
fi
if command -v xvfb-run >/dev/null && command -v xwininfo >/dev/null; then
  row "window shown (Xvfb, GTK)" once_window
fi
