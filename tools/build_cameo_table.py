"""Regenerate schemas/cameo_codes.tsv from the CAMEO and PLOVER reference facts.

Usage: python tools/build_cameo_table.py [../shared/data]
Columns: code, name, root, level, quadclass, quadclass_name, goldstein, plover.
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
out = Path(__file__).resolve().parents[1] / "schemas" / "cameo_codes.tsv"
with open(data / "cameo" / "event_codes.tsv", encoding="utf-8") as fh, open(out, "w", encoding="utf-8", newline="") as dst:
    rows = list(csv.DictReader(fh, delimiter="\t"))
    w = csv.writer(dst, delimiter="\t", lineterminator="\n")
    w.writerow(list(rows[0].keys()) + ["plover"])
    for r in rows:
        code = r["code"]
        # a code without its own line takes its parent's category (0211 -> 021 -> 02)
        p = plover.get(code) or plover.get(code[:3]) or plover.get(code[:2]) or ""
        w.writerow(list(r.values()) + [p])
print(f"wrote {out} ({len(rows)} codes)")
