"""What the dictionaries missed in a coded run, for curators: `coder dict harvest OUTPUT_DIR`.

While coding, each sentence contributes
  * unknown actors: capitalised spans (not sentence-initial single words) that no actor,
    agent or place matched — candidates for actors/*.yaml;
  * uncoded verbs: in sentences that name an actor but fired no verb pattern, the first word
    after the actor that looks like a finite verb (-ed / -s) with the word after it.
Counts and one example sentence per phrase are written to DIR/harvest.parquet.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .model import Mention, Sentence

_SKIP = {"the", "a", "an", "on", "in", "at", "but", "and", "for", "he", "she", "it", "they", "we", "i", "this", "that", "mr", "mrs", "ms", "dr"}
_MONTHS_DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
                "june", "july", "august", "september", "october", "november", "december"}


@dataclass
class Harvest:
    actors: Counter = field(default_factory=Counter)
    verbs: Counter = field(default_factory=Counter)
    examples: dict = field(default_factory=dict)  # (kind, phrase) -> sentence

    def add(self, kind: str, phrase: str, sentence: str) -> None:
        (self.actors if kind == "actor" else self.verbs)[phrase] += 1
        self.examples.setdefault((kind, phrase), sentence)

    def merge(self, other: "Harvest") -> None:
        self.actors.update(other.actors)
        self.verbs.update(other.verbs)
        for k, v in other.examples.items():
            self.examples.setdefault(k, v)

    def rows(self) -> list[dict]:
        out = []
        for kind, counter in (("actor", self.actors), ("verb", self.verbs)):
            for phrase, n in counter.most_common():
                out.append({"kind": kind, "phrase": phrase, "count": n, "example": self.examples[(kind, phrase)]})
        return out


def collect(s: Sentence, mentions: list[Mention], fired: bool, h: Harvest) -> None:
    toks = s.tokens
    covered = {i for m in mentions for i in range(m.start, m.end)}
    i = 0
    while i < len(toks):
        if i in covered or not toks[i].text[:1].isupper() or toks[i].norm in _SKIP | _MONTHS_DAYS:
            i += 1
            continue
        j = i + 1
        while j < len(toks) and j not in covered and (toks[j].text[:1].isupper() or toks[j].norm in ("-", "al", "of")) and toks[j].norm not in _MONTHS_DAYS:
            j += 1
        while j > i + 1 and toks[j - 1].norm in ("-", "al", "of"):
            j -= 1
        if not (i == 0 and j == 1):
            h.add("actor", " ".join(t.text for t in toks[i:j]), s.text)
        i = j
    actors = [m for m in mentions if m.kind in ("actor", "agent")]
    if actors and not fired:
        k = actors[0].end
        while k < len(toks) and k < actors[0].end + 4:
            w = toks[k].norm
            if w.isalpha() and (w.endswith("ed") or (w.endswith("s") and not w.endswith("ss"))) and k not in covered:
                nxt = toks[k + 1].norm if k + 1 < len(toks) and toks[k + 1].norm.isalpha() else ""
                h.add("verb", f"{w} {nxt}".strip(), s.text)
                break
            k += 1
