"""Writes harfbuzz-thai.json: how HarfBuzz itself shapes hard Thai words in the vendored
fonts (glyph ids, clusters, advances and offsets, in font units). tests/shaping.rs checks
that the cards' shaper (harfrust) gives the same. Run it again whenever a font changes:

    pip install uharfbuzz==0.57.0
    python3 crates/images/tests/reference/harfbuzz.py
"""
import json
import pathlib

import uharfbuzz as hb

HERE = pathlib.Path(__file__).parent
FONTS = HERE.parent.parent / "fonts"

# Stacked marks (tone mark over an upper vowel), sara am, marks over tall consonants,
# consonants with descenders, and words from the week's own titles.
WORDS = [
    "ที่", "นี่", "ปิ๋", "ลิ้น", "เยิ้ม", "น้ำ", "ค่ำ", "ป่า", "ฟ้า", "ปั้น", "อื้อ", "ก็",
    "ผู้นำ", "สู่สมดุล", "กรุงเทพฯ", "ประชุมสุดยอด", "พระราชทานพระบรมราชวโรกาส",
    "เข้าเฝ้าฯ", "ปฏิญญา", "ฎีกา", "ญี่ปุ่น", "ฐาน", "ศูนย์การประชุมแห่งชาติสิริกิติ์",
    "เอเปค 2565", "APEC 2022 · Leaders’ Week",
]


def shape(font, text):
    buf = hb.Buffer()
    buf.add_utf8(text.encode("utf-8"))  # clusters as UTF-8 byte offsets, as in Rust
    buf.guess_segment_properties()
    hb.shape(font, buf)
    return [
        [info.codepoint, info.cluster, pos.x_advance, pos.x_offset, pos.y_offset]
        for info, pos in zip(buf.glyph_infos, buf.glyph_positions)
    ]


def main():
    out = {"harfbuzz": hb.version_string(), "uharfbuzz": hb.__version__, "fonts": {}}
    for name in ["Sarabun-Regular.ttf", "Sarabun-Bold.ttf"]:
        face = hb.Face(hb.Blob.from_file_path(str(FONTS / name)))
        font = hb.Font(face)
        out["fonts"][name] = {word: shape(font, word) for word in WORDS}
    # One word per line, so a diff shows which word changed.
    lines = [
        "{",
        f' "harfbuzz": {json.dumps(out["harfbuzz"])},',
        f' "uharfbuzz": {json.dumps(out["uharfbuzz"])},',
        ' "fonts": {',
    ]
    fonts = list(out["fonts"].items())
    for i, (name, words) in enumerate(fonts):
        lines.append(f"  {json.dumps(name)}: {{")
        items = list(words.items())
        for j, (word, glyphs) in enumerate(items):
            comma = "," if j + 1 < len(items) else ""
            lines.append(f"   {json.dumps(word, ensure_ascii=False)}: {json.dumps(glyphs)}{comma}")
        lines.append("  }" + ("," if i + 1 < len(fonts) else ""))
    lines += [" }", "}"]
    (HERE / "harfbuzz-thai.json").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
