"""PETRARCH discards file -> DiscardEntry dicts.

`PHRASE` discards a sentence, `+PHRASE` a whole story: story-level phrases go to their own
entry (`discard.story`, `scope: story`), which cancels every event of the article.
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
            continue
        p = phrase(text).lower()
        if p:
            sentence.append(p)
    out = []
    stem = path.name
    if sentence:
        out.append({"id": ids("discard.sentence"), "phrases": list(dict.fromkeys(sentence)), "comment": f"{stem}: sentence-level discards"})
    if story:
        out.append({"id": ids("discard.story"), "phrases": list(dict.fromkeys(story)), "scope": "story", "comment": f"{stem}: story-level discards"})
    rep.fam(FAMILY).written += len(out)
    rep.extra["discard phrases"] = rep.extra.get("discard phrases", 0) + len(set(sentence)) + len(set(story))
    return out
