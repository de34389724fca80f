#!/bin/sh
# bin/timeline of the Linux app image, in place of jpackage's launcher (the pom installs it after
# jpackage has made the image). It starts the image's own Java runtime as jpackage's launcher does:
# the JVM options, class path and main class of lib/app/timeline.cfg, the file jpackage wrote,
# with $APPDIR, $BINDIR and $ROOTDIR replaced, JavaFX's native libraries from lib/app, then the
# arguments given here.
#
# Why not jpackage's: on Linux it asks the package managers which package owns it, at every start and
# twice (rpm -qf, then dpkg -S, in the launcher and again in libapplauncher.so), before the JVM
# starts. dpkg -S reads the list of every file of every installed package: 0.4 s of each start on the
# build machine (880 packages), more on a desktop with thousands, and rpm, where installed, makes a
# database in the user's HOME. The app lives in one folder whether installed or unpacked, so there
# is nothing to ask.
set -u
self=$(readlink -f -- "$0") || exit 1
bin=${self%/*}
root=${bin%/*}
app=$root/lib/app
cfg=$app/timeline.cfg
java=$root/lib/runtime/bin/java
for f in "$cfg" "$java"; do
  [ -e "$f" ] || { echo "timeline: $f is missing: reinstall Sourced Timeline" >&2; exit 1; }
done

# Sets $expanded to $1 with the cfg's folder tokens replaced.
expand() {
  rest=$1
  expanded=
  while :; do
    case $rest in
      *'$APPDIR'* | *'$BINDIR'* | *'$ROOTDIR'*) ;;
      *) expanded=$expanded$rest; return ;;
    esac
    head=${rest%%\$*}
    rest=${rest#"$head"}
    case $rest in
      '$APPDIR'*) expanded=$expanded$head$app; rest=${rest#'$APPDIR'} ;;
      '$BINDIR'*) expanded=$expanded$head$bin; rest=${rest#'$BINDIR'} ;;
      '$ROOTDIR'*) expanded=$expanded$head$root; rest=${rest#'$ROOTDIR'} ;;
      *) expanded=$expanded$head\$; rest=${rest#\$} ;;
    esac
  done
}

# The JVM's arguments go after the user's in "$@", which are then moved to the end, one by one: a
# POSIX shell has no arrays, and the user's arguments may hold spaces.
given=$#
main=
classpath=
while IFS= read -r line || [ -n "$line" ]; do
  case $line in
    java-options=*) expand "${line#*=}"; set -- "$@" "$expanded" ;;
    app.classpath=*) expand "${line#*=}"; classpath=${classpath:+$classpath:}$expanded ;;
    app.mainclass=*) main=${line#*=} ;;
  esac
done <"$cfg"
[ -n "$main" ] && [ -n "$classpath" ] || { echo "timeline: $cfg names no main class or class path" >&2; exit 1; }
set -- "$@" "-Djava.library.path=$app" "-Djpackage.app-path=$self" -cp "$classpath" "$main"
# The cfg's default arguments ([ArgOptions] arguments=), when none are given, as jpackage's launcher does.
if [ "$given" -eq 0 ]; then
  while IFS= read -r line || [ -n "$line" ]; do
    case $line in arguments=*) expand "${line#*=}"; set -- "$@" "$expanded" ;; esac
  done <"$cfg"
fi
i=0
while [ "$i" -lt "$given" ]; do
  set -- "$@" "$1"
  shift
  i=$((i + 1))
done
exec "$java" "$@"
