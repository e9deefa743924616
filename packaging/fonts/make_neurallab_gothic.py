#!/usr/bin/python3
"""Builds the app's font, "NeuralLab Gothic", from Debian's fonts-nanum (NanumGothic, OFL 1.1).

NanumGothic has its own glyphs only for the subscripts 1-4 and a few superscripts (drawn in a
different size), so indices such as y0, y5 or w9 fell back to another font in the app and looked
uneven. This script adds every sub- and superscript digit and sign as a composite glyph: the font's
own digit, plus, minus, equals or parenthesis, scaled and raised or lowered. The same shape is used
for all of them, so x1 and x9 look alike.

The OFL reserves the name "Nanum" for the original, so the modified font gets its own family name.

Usage: /usr/bin/python3 packaging/fonts/make_neurallab_gothic.py SRC_DIR OUT_DIR
(SRC_DIR holds NanumGothic.ttf and NanumGothicBold.ttf, e.g. /usr/share/fonts/truetype/nanum).
Needs python3-fonttools.
"""
import os
import sys

from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.pens.transformPen import TransformPen
from fontTools.ttLib import TTFont

FAMILY = "NeuralLab Gothic"
SCALE = 0.62
SUB_SHIFT = -0.12     # in em: the index hangs a little below the baseline
SUPER_SHIFT = 0.36    # in em: the exponent sits at about cap height

BASES = {"0": "zero", "1": "one", "2": "two", "3": "three", "4": "four", "5": "five",
         "6": "six", "7": "seven", "8": "eight", "9": "nine"}
SIGNS = {"+": "plus", "-": "minus", "=": "equal", "(": "parenleft", ")": "parenright"}
SUPERSCRIPTS = dict(zip("0123456789+-=()", [0x2070, 0x00B9, 0x00B2, 0x00B3, 0x2074, 0x2075, 0x2076, 0x2077,
                                           0x2078, 0x2079, 0x207A, 0x207B, 0x207C, 0x207D, 0x207E]))
SUBSCRIPTS = dict(zip("0123456789+-=()", range(0x2080, 0x208F)))
# letters used as indices and exponents in formulas (x_i, w_jk, e^x, y^T ...)
SUB_LETTERS = {"a": 0x2090, "e": 0x2091, "o": 0x2092, "x": 0x2093, "h": 0x2095, "k": 0x2096, "l": 0x2097,
               "m": 0x2098, "n": 0x2099, "p": 0x209A, "s": 0x209B, "t": 0x209C, "i": 0x1D62, "r": 0x1D63,
               "u": 0x1D64, "v": 0x1D65, "j": 0x2C7C}
SUPER_LETTERS = {"i": 0x2071, "n": 0x207F, "x": 0x02E3, "a": 0x1D43, "b": 0x1D47, "d": 0x1D48, "e": 0x1D49,
                 "g": 0x1D4D, "k": 0x1D4F, "m": 0x1D50, "o": 0x1D52, "p": 0x1D56, "t": 0x1D57, "u": 0x1D58,
                 "v": 0x1D5B, "h": 0x02B0, "j": 0x02B2, "r": 0x02B3, "w": 0x02B7, "y": 0x02B8, "l": 0x02E1,
                 "s": 0x02E2, "T": 0x1D40, "c": 0x1D9C, "f": 0x1DA0, "z": 0x1DBB}


def base_glyph(font, char):
    """The glyph name the font maps the ASCII character to (the post table's names vary)."""
    cmap = font.getBestCmap()
    return cmap[ord(char)]


def add_scaled(font, name, base, shift_em):
    """Adds (or replaces) glyph `name` as `base` drawn at SCALE and moved up by shift_em."""
    glyf = font["glyf"]
    hmtx = font["hmtx"]
    upem = font["head"].unitsPerEm
    advance, lsb = hmtx[base]
    pen = TTGlyphPen(font.getGlyphSet())
    dy = shift_em * upem
    font.getGlyphSet()[base].draw(TransformPen(pen, (SCALE, 0, 0, SCALE, 0, dy)))
    glyph = pen.glyph()
    glyph.recalcBounds(glyf)
    glyf[name] = glyph
    new_advance = int(round(advance * SCALE)) + int(0.04 * upem)
    hmtx[name] = (new_advance, getattr(glyph, "xMin", 0))
    if name not in font.getGlyphOrder():
        font.setGlyphOrder(font.getGlyphOrder() + [name])


def add_minus(font, name):
    """The minus sign (U+2212), which the font lacks: its hyphen stretched to the width of its plus and
    lifted to the plus's bar, so that -1 in a formula lines up with +1."""
    glyph_set = font.getGlyphSet()
    glyf = font["glyf"]
    plus, hyphen = base_glyph(font, "+"), font.getBestCmap()[ord("-")]
    p, h = glyf[plus], glyf[hyphen]
    p.recalcBounds(glyf)
    h.recalcBounds(glyf)
    sx = (p.xMax - p.xMin) / max(1, h.xMax - h.xMin)
    dx = p.xMin - h.xMin * sx
    dy = (p.yMin + p.yMax) / 2 - (h.yMin + h.yMax) / 2
    pen = TTGlyphPen(glyph_set)
    glyph_set[hyphen].draw(TransformPen(pen, (sx, 0, 0, 1, dx, dy)))
    glyph = pen.glyph()
    glyph.recalcBounds(glyf)
    glyf[name] = glyph
    font["hmtx"][name] = (font["hmtx"][plus][0], glyph.xMin)
    if name not in font.getGlyphOrder():
        font.setGlyphOrder(font.getGlyphOrder() + [name])


def build(src, out, style):
    font = TTFont(src)
    made = {}
    for table, shift in ((SUPERSCRIPTS, SUPER_SHIFT), (SUBSCRIPTS, SUB_SHIFT),
                         (SUPER_LETTERS, SUPER_SHIFT), (SUB_LETTERS, SUB_SHIFT)):
        for char, code in table.items():
            name = "nl.uni%04X" % code
            add_scaled(font, name, base_glyph(font, char), shift)
            made[code] = name
    if 0x2212 not in font.getBestCmap():
        add_minus(font, "nl.uni2212")
        made[0x2212] = "nl.uni2212"
    for cmap_table in font["cmap"].tables:
        if cmap_table.isUnicode():
            cmap_table.cmap.update(made)
    if "post" in font and font["post"].formatType == 2.0:
        font["post"].extraNames = []
        font["post"].mapping = {}
    font["maxp"].numGlyphs = len(font.getGlyphOrder())
    names = font["name"]
    full = FAMILY if style == "Regular" else FAMILY + " " + style
    postscript = FAMILY.replace(" ", "") + "-" + style
    for record in list(names.names):
        if record.nameID in (1, 3, 4, 6, 16, 17, 21, 22):
            names.removeNames(nameID=record.nameID)
    for platform in ((3, 1, 0x409), (1, 0, 0)):
        names.setName(FAMILY, 1, *platform)
        names.setName(style, 2, *platform)
        names.setName(postscript + ";neural-lab", 3, *platform)
        names.setName(full, 4, *platform)
        names.setName(postscript, 6, *platform)
    names.setName("Modified from NanumGothic (NAVER Corporation, SIL Open Font License 1.1): every sub- and "
                  "superscript digit and sign added as a scaled copy of the font's own glyphs; renamed because "
                  "the licence reserves the name Nanum.", 10, 3, 1, 0x409)
    font.save(out)
    return len(made)


def main():
    src_dir, out_dir = sys.argv[1], sys.argv[2]
    os.makedirs(out_dir, exist_ok=True)
    for src, out, style in (("NanumGothic.ttf", "NeuralLabGothic-Regular.ttf", "Regular"),
                            ("NanumGothicBold.ttf", "NeuralLabGothic-Bold.ttf", "Bold")):
        count = build(os.path.join(src_dir, src), os.path.join(out_dir, out), style)
        print(f"{out}: {count} index glyphs")


if __name__ == "__main__":
    main()
