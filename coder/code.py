"""Code stage: Candidate -> one events-table row (CAMEO, QuadClass, Goldstein, PLOVER,
actors with date-bounded roles, date, fatalities, location)."""

from __future__ import annotations

import datetime as dt
import hashlib
import re

from . import __version__, acled
from .dates import DateHit, event_date
from .dictionary import Compiled
from .geo import EventPlace, nationality_adjectives
from .intent import as_intent
from .model import Candidate, Mention
from .numbers import fatalities, injuries

_METHOD_RANK = {"fuzzy": 0, "context": 1, "combined": 2, "exact": 3}
# state roles, as acled.side reads them: the context can supply their country ("President
# Museveni banned Ugandan ...")
CONTEXT_ROLES = acled.STATE_ROLES
# roles that act at home: a protester facing "the Algerian president" (or a former one) is Algerian
DOMESTIC_ROLES = {"GOV", "COP", "JUD", "LEG", "ELI"}
# codes that are not a country's, so lend no country to a role word
_NO_COUNTRY = ("IGO", "NGO", "IMG", "NGM", "MNC", "UIS", "INT")
_FATAL_ROOTS = {"18", "19", "20"}
NONSTATE_ROLES = {"REB", "INS", "SEP", "UAF", "RAD"}  # armed groups that fight their own state
STATE_COERCION_ROOTS = {"17"}  # arrests, detentions, bans, expulsions: the state's acts
_DIPLOMATS = re.compile(r"\b(?:ambassadors?|diplomats?|envoys?|attach[eé]s?|consuls?|charg[eé]s? d'affaires)\b", re.I)
DOMESTIC_MEASURES = {"1723", "1724", "0813", "0814", "1323", "1324", "082"}  # curfews, emergencies, martial law: imposed, eased or threatened; and dissent eased (a strike called off)
# force, coercion and violence with no target named: the country where it happened is its target
# (PETRARCH reads "in Iraq" the same way); a foreign place only, not the actor's own country
PLACE_TARGET_ROOTS = {"15", "17", "18", "19", "20"}
UNNAMED_ATTACKER_ROOTS = {"18", "19", "20"}
_TIME_PRECISION = {"day": 1, "week": 2, "month": 3}


def actor_code(m: Mention | None, comp: Compiled, day: dt.date | None, context_country: str | None = None) -> tuple[str | None, str | None]:
    """(code, country) for a mention on a date; roles of people apply by date."""
    if m is None:
        return None, None
    if m.kind == "agent":  # a role with no country: CAMEO writes the country as ---, unless the context names it
        if context_country and m.code[:3] in CONTEXT_ROLES and comp.settings.agent_country_from_context:
            return context_country + m.code, context_country
        return "---" + m.code, None
    code = m.code
    idx = comp.actor_index.get(m.entry_id)  # dated roles apply to any actor (people, parties, groups)
    if idx is not None and comp.actors[idx].roles:
        code = comp.actors[idx].code_on(day)
    country = code[:3] if code[:3].isalpha() and code[:3] not in _NO_COUNTRY else m.country
    return code, country


def _nonstate_country(code: str | None, other: str | None, other_country: str | None, place_country: str | None, event: str = "") -> str | None:
    """The country of a non-state role word with none of its own ("protesters", "rebels"): where
    the event happened, else the country of the government, police or court it faces. ACLED
    ("Protesters (Iraq)") and ICEWS ("Insurgent (Iraq)") code them the same way."""
    if not code or not code.startswith("---") or code[3:6] in CONTEXT_ROLES:
        return None
    if place_country:
        return place_country
    if other and other_country and other[3:6] in DOMESTIC_ROLES:
        return other_country
    if other and other_country and len(other) == 3 and event[:2] in ("08", "17"):
        return other_country  # "Belarus released / arrested opposition activists": its own
    return None


def event_id(article_id: str, sentence: int, verb_start: int, src: str | None, tgt: str | None, code: str) -> str:
    key = f"{article_id}\x1f{sentence}\x1f{verb_start}\x1f{src or ''}\x1f{tgt or ''}\x1f{code}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _place_target(place: EventPlace | None, verb_start: int, src_country: str | None, nonstate: bool = False) -> str | None:
    """The country of a foreign place named after the verb, as the target of force with none
    named: "US jets struck targets near Sanaa" targets YEM. A place before the verb is where the
    actor is ("a coalition in Iraq and Syria carried out a strike"), not its target. Rebels and
    militants act against their own state: "M23 rebels seized Goma" targets COD."""
    if not src_country or place is None or place.origin != "sentence" or place.start <= verb_start:
        return None
    there = place.place.country_iso3
    sure = place.place.kind in ("country", "region") or place.place.population >= 100_000  # not a same-named village abroad
    sure = sure and place.text.split()[0].lower() not in nationality_adjectives()  # "on the Thai border": a border, not Thailand
    return there if there and (there != src_country or nonstate) and len(there) == 3 and sure else None


def code_candidate(
    c: Candidate,
    comp: Compiled,
    published: dt.date | None,
    dates: list[DateHit],
    place: EventPlace | None,
    context_country: str | None = None,
) -> dict:
    s, v = c.sentence, c.verb
    verb_char = s.tokens[v.start].start - s.start
    day, precision, date_text = event_date(dates, verb_char, published)
    # the country of a place the sentence itself names (not the dateline's)
    here = place.place.country_iso3 if place is not None and place.origin == "sentence" else None
    # no country named in the sentence or dateline: the event's place says whose army it is
    context_country = context_country or here
    src_code, src_country = actor_code(c.source, comp, day, context_country)
    # a base or checkpoint attacked (grammar._property_targets) is the forces' of where it stands
    tgt_code, tgt_country = actor_code(c.target, comp, day, here if c.target_via == "property" and here else context_country)
    if tgt_code == src_code and c.target is not None and c.target.kind == "agent":
        # "South Africa's minister called on governments to ...": a role word does not become
        # the source itself by taking the sentence's country
        tgt_code, tgt_country = actor_code(c.target, comp, day, None)
    if comp.settings.agent_country_from_context:
        where = place.place.country_iso3 if place is not None else None
        got = _nonstate_country(src_code, tgt_code, tgt_country, where, v.code)
        if got:
            src_code, src_country = got + src_code[3:], got
        got = _nonstate_country(tgt_code, src_code, src_country, where, v.code)
        if got:
            tgt_code, tgt_country = got + tgt_code[3:], got
    code = as_intent(v.code, c.mode) if comp.settings.future_as_intent else v.code
    if code == "174" and c.target is not None and _DIPLOMATS.search(c.target.text):
        code = "161"  # expelling diplomats reduces diplomatic relations (CAMEO manual, 161), not 174
    if code == "040" and here and len(here) == 3 and src_country and tgt_country and here not in (src_country, tgt_country) \
            and "044" in comp.codes:
        code = "044"  # "U.S. and Russian officials met in Riyadh": a meeting at a third location
    info = comp.codes.get(code) or comp.codes[v.code]
    code = info.code
    tgt_text = c.target.text if c.target else None
    nonstate = bool(src_code) and (src_code[3:6] in NONSTATE_ROLES or (c.source is not None and c.source.actor_kind == "group"))
    if tgt_code is None and info.root in PLACE_TARGET_ROOTS and (there := _place_target(place, v.start, src_country, nonstate)):
        tgt_code, tgt_country, tgt_text = there, there, place.text
    if code in DOMESTIC_MEASURES and c.target_via in ("between", "with", "against"):
        tgt_code = tgt_country = tgt_text = None  # "martial law as battles raged between X and Y": not on X or Y
    if tgt_code is None and code in DOMESTIC_MEASURES and src_country:
        # a curfew, a state of emergency or martial law, imposed or lifted, falls on a country:
        # where it is (the sentence's place), else the source's own
        tgt_code = tgt_country = here if here and len(here) == 3 else src_country
        tgt_text = place.text if here else None
    if src_code is None and c.rule == "passive" and info.root in STATE_COERCION_ROOTS and tgt_code:
        # "opposition leader Tundu Lissu was arrested": an arrest, detention or expulsion with no
        # agent named is the state's, where it happened (else the target's own); flagged "context"
        state = here or tgt_country
        if state and len(state) == 3:
            src_code, src_country = state, state
    used = [m for m in (c.source, c.target) if m is not None]
    methods = [("context" if m.kind == "agent" and code_ and not code_.startswith("---") else m.method) for m, code_ in ((c.source, src_code), (c.target, tgt_code)) if m is not None]
    if c.target is None and tgt_code:  # the target is the event's place
        methods.append("context")
    if c.source is None and src_code:  # the source is the state where a coercion happened
        methods.append("context")
    method = min(methods, key=_METHOD_RANK.get, default="exact")
    score = min((m.score for m in used), default=100.0)
    row = {
        "event_id": event_id(s.article_id, s.index, v.start, src_code, tgt_code, code),
        "article_id": s.article_id,
        "sentence_index": s.index,
        "event_date": day,
        "date_precision": precision,
        "date_text": date_text,
        "article_date": published,
        "source_code": src_code,
        "source_country": src_country,
        "source_text": c.source.text if c.source else None,
        "source_entry": c.source.entry_id if c.source else None,
        "target_code": tgt_code,
        "target_country": tgt_country,
        "target_text": tgt_text,
        "target_entry": c.target.entry_id if c.target else None,
        "cameo_code": code,
        "cameo_root": info.root,
        "quad_class": info.quad_class,
        "goldstein": info.goldstein,
        "plover_type": info.plover,
        "verb_text": v.text,
        "verb_entry": v.entry_id,
        "verb_pattern": v.pattern,
        "rule": c.rule,
        "negated": c.negated,
        "mode": c.mode,
        "match_method": method,
        "match_score": score,
        "fatalities": fatalities(s.text) if info.root in _FATAL_ROOTS else None,
        "location": None, "country_iso3": None, "admin1": None, "admin2": None, "latitude": None, "longitude": None,
        "geo_precision": None, "location_source": None,
        "sentence_text": s.text,
        "dictionary_version": comp.version,
        "coder_version": __version__,
        "event_year": day.year if day else None,
    }
    if place is not None:
        p = place.place
        row.update(location=place.text, country_iso3=p.country_iso3, admin1=p.admin1, admin2=p.admin2, latitude=p.latitude, longitude=p.longitude, geo_precision=p.precision, location_source=place.origin)
    row.update(acled_columns(c, row, comp))
    if (src_code is None and tgt_code and info.root in UNNAMED_ATTACKER_ROOTS and here and len(here) == 3
            and (row["actor1"] or "").startswith("Unidentified") and comp.settings.agent_country_from_context):
        # "a roadside bombing near Samarra killed a U.S. soldier": an attack with no attacker named
        # is by an unidentified armed group where it happened, as ACLED's actor1 says ("Unidentified
        # Armed Group (Iraq)"); flagged "context" like every actor the coder inferred
        row.update(source_code=here + "UAF", source_country=here, match_method="context",
                   event_id=event_id(s.article_id, s.index, v.start, here + "UAF", tgt_code, code))
    return row


def acled_columns(c: Candidate, row: dict, comp: Compiled) -> dict:
    """ACLED-style typing, actor names and inter codes for one event row. Negated, planned and
    hypothetical events get no ACLED type (ACLED codes what happened); an ACLED event added from
    a sentence's wording alone (acled.sentence_pass, verb entry "acled:...") is typed from the
    sentence."""
    worded = (row["verb_entry"] or "").startswith("acled:")
    mode = "negated" if row["negated"] else row["mode"]
    near = getattr(c, "neighbours", ())
    typed = acled.classify(None if worded else row["cameo_code"], c.sentence.text, c.source, row["source_code"], c.target, row["target_code"], comp.directory, mode, near, acled.verb_span(c))
    event_type, sub = typed if typed else (None, None)
    names = _country_names(comp)
    where = row["country_iso3"]
    a1, i1 = acled.actor_name(c.source, row["source_code"], row["source_country"], event_type, names, where, _canonical(c.source, comp)) if event_type else (None, None)
    a2, i2 = acled.actor_name(c.target, row["target_code"], row["target_country"], event_type, names, where, _canonical(c.target, comp)) if event_type and c.target else (None, None)
    if a1 is not None and a1 == a2:  # "Protesters (Iraq)" against "Protesters (Iraq)": one actor
        a2 = i2 = None
    civ = event_type == "Violence against civilians" or (event_type == "Explosions/Remote violence" and i2 == acled.INTER["civilian"])

    def associated(ms) -> str | None:
        out = []
        for m in ms:
            code, country = actor_code(m, comp, row["event_date"])
            name, _ = acled.actor_name(m, code, country, event_type, names, where, _canonical(m, comp))
            if name and name not in out and name not in (a1, a2):
                out.append(name)
        return "; ".join(out) or None

    return {
        "event_type": event_type,
        "sub_event_type": sub,
        "civilian_targeting": "Civilian targeting" if civ else None,
        "actor1": a1,
        "inter1": i1,
        "assoc_actor_1": associated(getattr(c, "source_with", ())) if event_type else None,
        "actor2": a2,
        "inter2": i2,
        "assoc_actor_2": associated(getattr(c, "target_with", ())) if event_type else None,
        "interaction": acled.interaction(i1, i2),
        "injuries": injuries(c.sentence.text) if event_type else None,
        "time_precision": _TIME_PRECISION[row["date_precision"]],
    }


def _canonical(m: Mention | None, comp: Compiled) -> str | None:
    """The dictionary's name for a named actor ("Boko Haram", not the text's "Boko haram")."""
    if m is None or m.kind != "actor":
        return None
    idx = comp.actor_index.get(m.entry_id)
    return comp.actors[idx].name if idx is not None else None


_NAMES: dict[str, dict[str, str]] = {}


def _country_names(comp: Compiled) -> dict[str, str]:
    if comp.version not in _NAMES:
        _NAMES[comp.version] = acled.country_names(comp)
    return _NAMES[comp.version]
