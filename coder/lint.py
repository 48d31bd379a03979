"""`coder dict lint`: every dictionary problem at once, with file:line and a stable code.

Errors (exit 1): everything the loader rejects (D001-D014, D020) plus
  D015 the same alias names two actors with different codes
  D016 the same verb phrase is given two different CAMEO codes
Warnings: D017 duplicate alias with the same code, D018 duplicate verb pattern,
  D021 synset defined but never used, D022 a pattern that can never fire because a longer
  pattern of another entry always covers it.
"""

from __future__ import annotations

from pathlib import Path

from .dictionary import DEFAULT_DIR, PatternError, _literal, build, compile_pattern, load_entries
from .errors import DictionaryError, Problem


def _alias_problems(fam) -> list[Problem]:
    out = []
    seen: dict[tuple, tuple] = {}
    for e, path, line in fam["actors"]:
        for name in list(e.names) + list(e.adjectives):
            key = (name.startswith("="), " ".join(_literal(name.lstrip("="))))
            if key in seen:
                other_id, other_code, other_where = seen[key]
                if other_id == e.id:
                    continue
                if other_code != e.code:
                    out.append(Problem("D015", str(path), line, f"alias {name!r} names {e.id} ({e.code}) and {other_id} ({other_code}, {other_where})"))
                else:
                    out.append(Problem("D017", str(path), line, f"alias {name!r} repeated in {e.id} and {other_id} ({other_where})", "warning"))
            else:
                seen[key] = (e.id, e.code, f"{path.name}:{line}")
    return out


def _verb_problems(fam, synsets) -> list[Problem]:
    out = []
    phrase_code: dict[tuple, tuple] = {}
    pattern_seen: dict[str, str] = {}
    used: set[str] = set()
    for e, path, line in fam["verbs"]:
        for p in e.patterns:
            used |= {tok[1:].rstrip("?") for t in p.split() for tok in t.split("|") if tok.startswith("&")}
            where = f"{path.name}:{line}"
            if p in pattern_seen and pattern_seen[p] != e.id:
                out.append(Problem("D018", str(path), line, f"pattern {p!r} also in {pattern_seen[p]}", "warning"))
            pattern_seen.setdefault(p, e.id)
            try:
                segs, _ = compile_pattern(p, synsets, e.forms)
            except PatternError:
                continue  # reported by the loader
            if len(segs) != 1:
                continue
            for phrase in segs[0]:
                if phrase in phrase_code and phrase_code[phrase][0] != e.code:
                    code, eid, w = phrase_code[phrase]
                    out.append(Problem("D016", str(path), line, f"{e.id}: phrase {' '.join(phrase)!r} coded {e.code} here and {code} in {eid} ({w})"))
                    break
                phrase_code.setdefault(phrase, (e.code, e.id, where))
    for name in sorted(set(synsets) - used):
        out.append(Problem("D021", "synsets.yaml", 1, f"synset &{name} is never used", "warning"))
    return out


def lint(directory: Path | None = None) -> list[Problem]:
    directory = Path(directory or DEFAULT_DIR)
    problems: list[Problem] = []
    try:
        build(directory)
    except DictionaryError as e:
        problems += e.problems
    fam, synsets, _ = load_entries(directory)
    problems += _alias_problems(fam) + _verb_problems(fam, synsets)
    return sorted(problems, key=lambda p: (p.severity != "error", p.file, p.line, p.code))
