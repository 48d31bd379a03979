"""`coder dict import --from petrarch2`: PETRARCH2 / TABARI dictionaries -> our YAML set.

import_petrarch(files, out) -> ImportReport. Files are recognised by name (actors, agents,
verbs / CAMEO*, discards, issues) or, failing that, by content. Output (deterministic: same
input -> same bytes, whatever the order of `files`):

  OUT/actors/<file>.yaml   ActorEntry lists, one per actor file
  OUT/agents.yaml          AgentEntry list (all agent files)
  OUT/verbs/<file>.yaml    {name, source, entries: [VerbEntry]} per verb file
  OUT/synsets.yaml         synsets of all verb files (flattened)
  OUT/discards.yaml        DiscardEntry list
  OUT/issues.yaml          [{id, code, category, phrases}] (+ one {exclude} per category); unused by the engine
  OUT/codes.tsv            event codes used by the verbs that schemas/cameo_codes.tsv lacks
  OUT/settings.yaml        engine settings PETRARCH assumes (require_dyad, max_gap, future_as_intent)
  OUT/IMPORT.txt           what was imported and the summary (marks OUT as importer-owned)

codes.tsv rows for codes outside CAMEO (test-only codes such as 212, 901-915, 174K): when the
first two digits are a real root (01-20) the row takes that root's quad class and the Goldstein
weight and PLOVER type of the nearest listed ancestor (1717 -> 171); otherwise the documented
placeholder is root "00", quad class 0 ("none"), Goldstein 0.0, no PLOVER type. A PETRARCH
paired code [a:b] is written as the verb entry's code `a:b` and declared here with a's row:
the engine codes a source -> target and b target -> source (coder/match/roles.py).

Every input line that could not be converted (or was converted with a loss) is a warning in
report.problems (file, line, code I0xx, message); see common.WARNINGS for the codes.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import yaml

from ..dictionary import CODES_TSV
from ..errors import CoderError
from .actors import convert_actors
from .agents import convert_agents
from .common import WARNINGS, IdMaker, ImportReport, slug
from .discards import convert_discards
from .issues import convert_issues
from .verbs import Registry, convert_verbs

__all__ = ["import_petrarch", "ImportReport", "WARNINGS", "detect_family"]

MARKER = "IMPORT.txt"
FAMILIES = ("actors", "agents", "verbs", "discards", "issues")


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):
    def ignore_aliases(self, data):  # shared date objects must not become &anchors
        return True


def detect_family(path: Path) -> str | None:
    name = path.name.lower()
    for key, fam in (("actor", "actors"), ("agent", "agents"), ("discard", "discards"), ("issue", "issues"), ("verb", "verbs")):
        if key in name:
            return fam
    if name.startswith("cameo"):
        return "verbs"
    try:
        head = path.read_text(encoding="utf-8", errors="replace")[:200_000]
    except OSError:
        return None
    if re.search(r"^---\s.*\[[^\]]*\]", head, re.M):
        return "verbs"
    if "<ISSUE" in head.upper():
        return "issues"
    if re.search(r"\[\s*~|~\s*\]", head):
        return "agents"
    return None


def _dump(data) -> str:
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=120, default_flow_style=None)


def _extra_codes(used: set[str], sources: dict[str, str]) -> list[dict]:
    with open(CODES_TSV, encoding="utf-8") as fh:
        known = {r["code"]: r for r in csv.DictReader(fh, delimiter="\t")}
    rows = []
    singles = sorted(c for c in used - set(known) if ":" not in c)
    for code in singles:
        digits = re.match(r"\d*", code).group()
        root = code[:2]
        level = 1 if len(code) <= 2 else 2 if len(code) == 3 else 3
        note = f"PETRARCH code {code} (not in CAMEO; from {sources.get(code, '?')})"
        if root in known and known[root]["level"] == "1":
            anc = next((known[digits[:k]] for k in range(len(digits), 1, -1) if digits[:k] in known), known[root])
            rows.append({
                "code": code, "name": f"{note}; under {anc['code']} {anc['name']}", "root": root, "level": level,
                "quadclass": known[root]["quadclass"], "quadclass_name": known[root]["quadclass_name"],
                "goldstein": anc["goldstein"], "plover": anc.get("plover") or "",
            })
        else:  # the documented placeholder
            rows.append({
                "code": code, "name": note, "root": "00", "level": level,
                "quadclass": 0, "quadclass_name": "none (not a CAMEO root)", "goldstein": "0.0", "plover": "",
            })
    table = {**known, **{r["code"]: r for r in rows}}
    for code in sorted(c for c in used - set(known) if ":" in c):  # a pair takes its forward code's row
        fwd, rev = code.split(":", 1)
        base = table[fwd]
        rows.append({**{k: base[k] for k in ("root", "level", "quadclass", "quadclass_name", "goldstein")}, "plover": base.get("plover") or "",
                     "code": code, "name": f"PETRARCH paired code: {fwd} source -> target and {rev} target -> source (from {sources.get(code, '?')})"})
    return rows


def _prepare(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise CoderError("is not a directory", str(out))
    if out.is_dir() and any(out.iterdir()) and not (out / MARKER).exists():
        raise CoderError(f"directory is not empty and was not written by `coder dict import` (no {MARKER}); choose a new directory", str(out))
    for sub in ("actors", "verbs"):
        for p in (out / sub).glob("*.yaml") if (out / sub).is_dir() else []:
            p.unlink()
    for name in ("agents.yaml", "synsets.yaml", "discards.yaml", "issues.yaml", "codes.tsv", "settings.yaml", MARKER):
        (out / name).unlink(missing_ok=True)


def import_petrarch(files: list[Path], out: Path) -> ImportReport:
    out = Path(out)
    rep = ImportReport(out=str(out))
    by_family: dict[str, list[Path]] = {f: [] for f in FAMILIES}
    for f in sorted({Path(p) for p in files}, key=lambda p: (p.name, str(p))):
        fam = detect_family(f)
        if fam is None:
            rep.warn("other", "I001", f, 0, "not a PETRARCH actors/agents/verbs/discards/issues file; skipped")
            continue
        by_family[fam].append(f)
    _prepare(out)
    written: dict[str, str] = {}
    actor_ids, agent_ids, verb_ids, discard_ids, issue_ids = IdMaker(), IdMaker(), IdMaker(), IdMaker(), IdMaker()
    actor_files: dict[str, list[dict]] = {}
    actor_names: dict[str, str] = {}
    for f in by_family["actors"]:
        actor_files[slug(f.name.removesuffix(".txt"))] = convert_actors(f, rep, actor_ids, actor_names)
    agents: list[dict] = []
    for f in by_family["agents"]:
        agents += convert_agents(f, rep, agent_ids)
    synsets: dict[str, list[str]] = {}
    codes_used: set[str] = set()
    code_sources: dict[str, str] = {}
    verb_files: dict[str, dict] = {}
    registry = Registry()
    for f in by_family["verbs"]:
        before = set(codes_used)
        entries = convert_verbs(f, rep, verb_ids, synsets, codes_used, registry)
        for c in codes_used - before:
            code_sources[c] = f.name
        verb_files[slug(f.name.removesuffix(".txt"))] = {"name": f.name.removesuffix(".txt"), "source": f.name, "entries": entries}
    discards: list[dict] = []
    for f in by_family["discards"]:
        discards += convert_discards(f, rep, discard_ids)
    issues: list[dict] = []
    for f in by_family["issues"]:
        issues += convert_issues(f, rep, issue_ids)

    for name, entries in actor_files.items():
        written[f"actors/{name}.yaml"] = _dump(entries)
    if by_family["agents"]:
        written["agents.yaml"] = _dump(agents)
    for name, data in verb_files.items():
        written[f"verbs/{name}.yaml"] = _dump(data)
    if by_family["verbs"]:
        written["synsets.yaml"] = _dump(synsets)
        rep.extra["synsets written"] = len(synsets)
    if by_family["discards"]:
        written["discards.yaml"] = _dump(discards)
    if by_family["issues"]:
        written["issues.yaml"] = _dump(issues)
    # PETRARCH's engine settings travel with its dictionaries: it codes only complete dyads
    # (require_dyad = True in its config) and lets pattern words sit anywhere in the clause
    written["settings.yaml"] = (
        "# engine settings for this PETRARCH-derived set (PETRARCH2 defaults)\nrequire_dyad: true\nmax_gap: 8\nfuture_as_intent: false\n"
        "agent_country_from_context: false\npassive_needs_agent: true\nhighest_verb_only: true\none_sided: all\nmax_event_age_days: null\n"
    )
    rows = _extra_codes(codes_used, code_sources)
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=["code", "name", "root", "level", "quadclass", "quadclass_name", "goldstein", "plover"], delimiter="\t", lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    written["codes.tsv"] = buf.getvalue()
    rep.extra["extra event codes (codes.tsv)"] = len(rows)
    rep.problems.sort(key=lambda p: (p.file, p.line, p.code))
    saved_out, rep.out = rep.out, ""
    sources = "\n".join(f"  {fam}: {p.name}" for fam in FAMILIES for p in by_family[fam])
    written[MARKER] = f"Written by `coder dict import --from petrarch2` (do not edit: re-run the import).\nSources:\n{sources}\n\n{rep.summary()}\n"
    rep.out = saved_out
    for rel, text in written.items():
        p = out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    return rep
