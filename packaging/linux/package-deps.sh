#!/usr/bin/env bash
# The .deb's and .rpm's dependencies: what is declared, what was built, and what the packaging tools
# themselves find the app's ELF files need. One dependency a line, sorted.
#   package-deps.sh declared deb|rpm       the list written in resources/control (Depends) or the spec (Requires)
#   package-deps.sh built FILE.deb|FILE.rpm the list the package carries (dpkg-deb -f; rpm -qpR without
#                                          rpm's own rpmlib() and the /bin/sh of the scriptlets)
#   package-deps.sh computed deb|rpm DIR   what DIR (the unpacked /opt/sourced-timeline) needs: for deb,
#                                          dpkg-shlibdeps (dpkg-dev, and every library installed); for rpm,
#                                          rpm's elfdeps less the sonames DIR provides itself
#   package-deps.sh check deb|rpm DIR      computed + the dependencies no library shows (xdg-utils, for the
#                                          menu entry) against declared: prints the difference, exit 1 if any
# jpackage would name the packages of whatever libraries the build machine happens to have; the lists
# are written out instead, and the smoke and install tests run `built` and `check` against them.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
control="$here/resources/control"
spec="$here/resources/sourced-timeline.spec"
# Needed by the maintainer scripts and the menu entry, not by any library.
not_from_libraries=(xdg-utils)

declared() {
  case $1 in
    deb) sed -n 's/^Depends: //p' "$control" | sed 's/, /\n/g' | sort ;;
    rpm) sed -n 's/^Requires: *//p' "$spec" | sort ;;
    *) usage ;;
  esac
}

built() {
  case $1 in
    *.deb) dpkg-deb -f "$1" Depends | sed 's/, /\n/g' | sort ;;
    # rpm on Debian keeps a database in HOME; it is not needed to read a package.
    *.rpm) HOME=$(mktemp -d) rpm -qpR "$1" 2>/dev/null | sed 's/ *$//' | grep -v -e '^rpmlib(' -e '^/bin/sh$' | sort ;;
    *) usage ;;
  esac
}

elf_files() {
  find "$1" -type f -print0 | while IFS= read -r -d '' f; do
    [ "$(head -c 4 "$f" | tr -d '\000')" = $'\x7fELF' ] && printf '%s\n' "$f"
  done
}

computed() {
  local dir
  dir=$(cd "$2" && pwd)
  case $1 in
    deb)
      # dpkg-shlibdeps reads debian/control of the folder it runs in; the app's own libraries (runtime,
      # JavaFX) are found through -l and belong to no package.
      local work
      work=$(mktemp -d)
      mkdir "$work/debian"
      printf 'Source: sourced-timeline\n\nPackage: sourced-timeline\nArchitecture: any\n' >"$work/debian/control"
      local -a libdirs=()
      while IFS= read -r d; do libdirs+=("-l$d"); done < <(elf_files "$dir" | grep '\.so$' | xargs -r -n1 dirname | sort -u)
      (cd "$work" && elf_files "$dir" | xargs dpkg-shlibdeps -O --ignore-missing-info "${libdirs[@]}" 2>"$work/log") |
        sed -n 's/^shlibs:Depends=//p' | sed 's/, /\n/g' | sort || { cat "$work/log" >&2; rm -rf "$work"; return 1; }
      rm -rf "$work"
      ;;
    rpm)
      local provided
      provided=$(elf_files "$dir" | /usr/lib/rpm/elfdeps --provides | sort -u)
      elf_files "$dir" | /usr/lib/rpm/elfdeps --requires | sort -u | grep -v -x -F -f <(printf '%s\n' "$provided") || true
      ;;
    *) usage ;;
  esac
}

usage() {
  echo "usage: package-deps.sh declared deb|rpm | built FILE.deb|FILE.rpm | computed deb|rpm DIR | check deb|rpm DIR" >&2
  exit 2
}

case ${1:-} in
  declared) [ $# -eq 2 ] || usage; declared "$2" ;;
  built) [ $# -eq 2 ] || usage; built "$2" ;;
  computed) [ $# -eq 3 ] || usage; computed "$2" "$3" ;;
  check)
    [ $# -eq 3 ] || usage
    want=$( { computed "$2" "$3"; printf '%s\n' "${not_from_libraries[@]}"; } | sort -u)
    have=$(declared "$2")
    diff=$(diff <(echo "$have") <(echo "$want") | grep '^[<>]' | sed -e 's/^</declared only:/' -e 's/^>/needed, not declared:/' || true)
    if [ -n "$diff" ]; then echo "$diff"; exit 1; fi
    echo "$(echo "$have" | wc -l) dependencies, as $( [ "$2" = deb ] && echo dpkg-shlibdeps || echo elfdeps) finds them"
    ;;
  *) usage ;;
esac
