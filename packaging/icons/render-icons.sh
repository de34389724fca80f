#!/usr/bin/env bash
# Renders sourced-timeline.svg to the icon files the installers use, and writes them beside it:
#   png/sourced-timeline-<N>.png for N in 16 32 48 64 128 256 512   (Linux; the 128 one is jpackage's --icon)
#   sourced-timeline.ico   (Windows: 16 … 256 in one file, ImageMagick)
#   sourced-timeline.icns  (macOS: 16 … 512, png2icns from icnsutils)
# The results are committed, so building the installers needs none of these tools; run this only after
# editing the SVG. Needs rsvg-convert (librsvg2-bin), ImageMagick's /usr/bin/convert and png2icns
# (icnsutils); as root it installs the missing ones with apt-get.
set -euo pipefail
cd "$(dirname "$0")"

need=()
command -v rsvg-convert >/dev/null || need+=(librsvg2-bin)
[ -x /usr/bin/convert ] || need+=(imagemagick)   # /usr/local/bin/convert may be a stand-in: use the real one
command -v png2icns >/dev/null || need+=(icnsutils)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get install -y --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "render-icons.sh: please install: ${need[*]}" >&2
    exit 1
  fi
fi

svg=sourced-timeline.svg
mkdir -p png
for n in 16 32 48 64 128 256 512; do
  rsvg-convert --width "$n" --height "$n" --keep-aspect-ratio "$svg" --output "png/sourced-timeline-$n.png"
done
# -strip keeps dates out of the files, so an unchanged SVG gives unchanged bytes.
for n in 16 32 48 64 128 256 512; do
  /usr/bin/convert "png/sourced-timeline-$n.png" -strip "png/sourced-timeline-$n.png"
done

/usr/bin/convert png/sourced-timeline-{16,32,48,64,128,256}.png -strip sourced-timeline.ico
png2icns sourced-timeline.icns png/sourced-timeline-{16,32,48,128,256,512}.png >/dev/null

ls -l png sourced-timeline.ico sourced-timeline.icns
