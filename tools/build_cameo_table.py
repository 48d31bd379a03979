"""Regenerate schemas/cameo_codes.tsv from the CAMEO and PLOVER reference facts.

Usage: python tools/build_cameo_table.py [../shared/data]
Columns: code, name, root, level, quadclass, quadclass_name, goldstein, plover.

Names follow the CAMEO manual 1.1b3 (chapter 6) wherever it lists the code: event_codes.tsv takes
its names from GDELT's table, which numbers some codes differently (there 105-108 are mediation,
withdrawal, ceasefire, meeting; in the manual, which the verb dictionaries follow, they are
yield, meeting, settling, mediation) and garbles some characters. Codes of the manual that
GDELT's table lacks (155 cyber forces, 176 cyber attack, 1834 location bombing, 1951/1952
precision-guided and drone munitions) take their parent's root, QuadClass and Goldstein weight;
the manual's 1883 is a misprint of 183 and is left out.
"""

import csv
import re
import sys
from pathlib import Path

data = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "data")
plover: dict[str, str] = {}
for line in (data / "plover" / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8").splitlines():
    m = re.match(r"^(\d{2,4}):\s*([A-Z_]+)", line)
    if m:
        plover[m.group(1)] = m.group(2)
manual: dict[str, str] = {}
for line in (data / "cameo" / "manual" / "chapter_6_cameo_event_codes.md").read_text(encoding="utf-8").splitlines():
    m = re.match(r"^\s*(\d{2,4}):\s*(.+?)\s*$", line)
    if m:
        manual[m.group(1)] = m.group(2).replace('"third"', "\u201cthird\u201d")

with open(data / "cameo" / "event_codes.tsv", encoding="utf-8") as fh:
    rows = list(csv.DictReader(fh, delimiter="\t"))
known = {r["code"]: r for r in rows}
for r in rows:
    name = manual.get(r["code"], r["name"])
    # a manual name cut by a line break ("Reject proposal to meet,") keeps the table's
    if not (name.endswith(",") or (len(name) < len(r["name"]) and r["name"].startswith(name))):
        r["name"] = name
added = []
for code in sorted(set(manual) - set(known) - {"1883"}):
    parent = known.get(code[:3] if len(code) == 4 else code[:2] + "0")
    if parent is not None:
        added.append(dict(parent, code=code, name=manual[code], level=str(2 if len(code) == 3 else 3)))

out = Path(__file__).resolve().parents[1] / "schemas" / "cameo_codes.tsv"
with open(out, "w", encoding="utf-8", newline="") as dst:
    w = csv.writer(dst, delimiter="\t", lineterminator="\n")
    w.writerow(list(rows[0].keys()) + ["plover"])
    for r in sorted(rows + added, key=lambda r: r["code"]):
        code = r["code"]
        # a code without its own line takes its parent's category (0211 -> 021 -> 02)
        p = plover.get(code) or plover.get(code[:3]) or plover.get(code[:2]) or ""
        w.writerow(list(r.values()) + [p])
print(f"wrote {out} ({len(rows) + len(added)} codes, {len(added)} from the manual alone)")
