"""PETRARCH discards file -> DiscardEntry dicts.

`PHRASE` discards a sentence, `+PHRASE` a whole story. The engine discards per sentence, so
story-level phrases go to their own entry (`discard.story`) and each is reported (I040).
"""

from __future__ import annotations

from pathlib import Path

from .common import IdMaker, ImportReport, phrase, read_lines

FAMILY = "discards"


def convert_discards(path: Path, rep: ImportReport, ids: IdMaker) -> list[dict]:
    rep.fam(FAMILY).files += 1
    sentence: list[str] = []
    story: list[str] = []
    for ln in read_lines(path, rep, FAMILY):
        text = ln.text.strip()
        if not text:
            continue
        if text.startswith("+"):
            p = phrase(text[1:]).lower()
            if p:
                story.append(p)
                rep.warn(FAMILY, "I040", path, ln.no, f"story discard {p!r} imported as a sentence discard", skipped=False)
            continue
        p = phrase(text).lower()
        if p:
            sentence.append(p)
    out = []
    stem = path.name
    if sentence:
        out.append({"id": ids("discard.sentence"), "phrases": list(dict.fromkeys(sentence)), "comment": f"{stem}: sentence-level discards"})
    if story:
        note = "story-level discards (PETRARCH drops the whole story; the engine drops the sentence)"
        out.append({"id": ids("discard.story"), "phrases": list(dict.fromkeys(story)), "comment": f"{stem}: {note}"})
    rep.fam(FAMILY).written += len(out)
    rep.extra["discard phrases"] = rep.extra.get("discard phrases", 0) + len(set(sentence)) + len(set(story))
    return out
