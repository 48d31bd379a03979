"""Text stage: dateline, sentences (syntok) and tokens with character offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

from syntok import segmenter

from .model import Article, Sentence, Token

# "MOSUL, Iraq (Reuters) -", "WASHINGTON (AP) —", "Kabul, May 3 (AFP) -"
_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Za-z .'\u2019-]{1,40}?)"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z .]{1,30}?))?"
    r"(?:,\s*[A-Z][a-z]{2,8}\.? \d{1,2})?"
    r"\s*\((?P<agency>[A-Za-z .&-]{2,30})\)\s*[-\u2013\u2014:]+\s*"
)
# a bare dateline in capitals: "BAGHDAD -"
_BARE_DATELINE = re.compile(r"^\s*(?P<place>[A-Z][A-Z .'-]{2,30}?)(?:,\s*(?P<region>[A-Z][A-Za-z .]{1,30}?))?\s+[-\u2013\u2014]+\s+")
# wire copy that lost its dash: "ANKARA     More than ..." (a capitals word, a run of spaces or a
# tab, then the story); one or two spaces are not enough ("NATO said ...", "NATO  said")
_SPACED_DATELINE = re.compile(r"^\s*(?P<place>[A-Z][A-Z'-]{2,}(?: [A-Z][A-Z'-]+){0,2})(?:,\s*(?P<region>[A-Z][A-Za-z .]{1,30}?))?(?:\t|[ ]{3,})\s*(?=[A-Z0-9\"])")

_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # U.S., U.N.
    r"|\d+(?:[.,:]\d+)*"  # 1,000  3.5  10:30
    r"|\w+(?=n['\u2019]t\b)|n['\u2019]t\b"  # did|n't
    r"|['\u2019]s\b"  # possessive
    r"|\w+"
    r"|\S",
    re.UNICODE,
)
_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})


@dataclass(frozen=True)
class Dateline:
    place: str
    region: str | None
    agency: str | None
    end: int  # offset where the story text starts


def normalise(word: str) -> str:
    return word.translate(_FOLD).lower()


def tokenize(text: str, offset: int = 0) -> list[Token]:
    return [Token(m.group(), normalise(m.group()), m.start() + offset, m.end() + offset) for m in _TOKEN.finditer(text)]


def find_dateline(text: str) -> Dateline | None:
    m = _DATELINE.match(text) or _BARE_DATELINE.match(text) or _SPACED_DATELINE.match(text)
    if not m:
        return None
    place = m.group("place").strip()
    if place.isupper():
        place = place.title()
    agency = m.groupdict().get("agency")
    return Dateline(place, (m.group("region") or "").strip() or None, agency, m.end())


def split_sentences(article: Article) -> tuple[list[Sentence], Dateline | None]:
    """Split an article into sentences; offsets refer to article.text."""
    text = article.text
    dl = find_dateline(text)
    begin = dl.end if dl else 0
    out: list[Sentence] = []
    for paragraph in segmenter.analyze(text[begin:]):
        for sent in paragraph:
            if not sent:
                continue
            start = sent[0].offset + begin
            end = sent[-1].offset + len(sent[-1].value) + begin
            chunk = text[start:end]
            if not chunk.strip():
                continue
            out.append(Sentence(article.id, len(out), chunk, start, end, tokenize(chunk, start)))
    return out, dl
