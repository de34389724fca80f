#!/usr/bin/env bash
# Cuts the Material Design Icons webfont (Pictogrammers, Apache 2.0; the copy inside Ikonli's
# materialdesign2 pack) down to the glyphs listed in AppIcon.java, under their own code points, and
# writes src/main/resources/org/sourcedtimeline/ui/icons/app-icons.ttf with the family name
# "Sourced Timeline Icons". The outlines and metrics are the font's own, so the icons look the same;
# the window then loads a few kilobytes instead of 1.3 MB at each start. The result is committed;
# rerun this after adding an icon to AppIcon. Needs Python 3 with fontTools (pip install fonttools)
# and fetches the pack with Maven.
set -euo pipefail
cd "$(dirname "$0")/../.."

pack_version=12.4.0
font_path=META-INF/resources/materialdesign2/7.4.47/fonts/materialdesignicons-webfont.ttf
enum=src/main/java/org/sourcedtimeline/ui/icons/AppIcon.java
out=src/main/resources/org/sourcedtimeline/ui/icons/app-icons.ttf

python3 -c 'import fontTools' 2>/dev/null || { echo "subset-icon-font.sh: please install fontTools (pip install fonttools)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
./mvnw -B -q -ntp dependency:copy -Dartifact=org.kordamp.ikonli:ikonli-materialdesign2-pack:$pack_version \
  -DoutputDirectory="$work" >/dev/null
(cd "$work" && unzip -q -o "ikonli-materialdesign2-pack-$pack_version.jar" "$font_path")

codes=$(grep -o '0x[0-9A-Fa-f]\{4,6\})' "$enum" | tr -d ')' | sed 's/^0x/U+/' | sort -u | paste -sd, -)
[ -n "$codes" ] || { echo "subset-icon-font.sh: no code points found in $enum" >&2; exit 1; }

python3 - "$work/$font_path" "$out" "$codes" <<'PY'
import sys
from fontTools import subset
from fontTools.ttLib import TTFont

src, out, codes = sys.argv[1], sys.argv[2], sys.argv[3]
options = subset.Options()
options.layout_features = []        # ligatures and the like: the app names glyphs by code point
options.name_IDs = ['*']            # keep the copyright and licence records
options.notdef_outline = True
# As stored: the font's glyph boxes start at its side bearings, and recomputing them would move every icon.
font = TTFont(src, recalcTimestamp=False, recalcBBoxes=False)
sub = subset.Subsetter(options)
sub.populate(unicodes=[int(c[2:], 16) for c in codes.split(',')])
sub.subset(font)
family = 'Sourced Timeline Icons'
for rec in font['name'].names:
    if rec.nameID in (1, 3, 16):
        rec.string = family
    elif rec.nameID in (4, 18):
        rec.string = family + ' Regular' if rec.nameID == 4 else family
    elif rec.nameID == 6:
        rec.string = 'SourcedTimelineIcons-Regular'
# Fixed timestamps: unchanged glyphs give unchanged bytes.
font['head'].created = font['head'].modified = 0
font.save(out, reorderTables=True)
print(f"{out}: {len(font.getGlyphOrder()) - 1} glyphs")
PY
ls -l "$out"
