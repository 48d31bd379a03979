"""PETRARCH2/TABARI dictionary importer: syntax tables on small fictional snippets
(tests/fixtures/petrarch/), and the PETRARCH validation dictionaries end to end."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from coder.dictionary import build
from coder.importer import detect_family, import_petrarch
from coder.importer.actors import format_name, parse_date
from coder.importer.agents import plural
from coder.importer.common import parse_event_code
from coder.importer.verbs import convert_pattern
from coder.lint import lint

from .conftest import FIXTURES, SHARED

PETRARCH = FIXTURES / "petrarch"
VALIDATE = SHARED / "data" / "petrarch2" / "validate"
D = dt.date


# ---------- pure syntax tables ----------
@pytest.mark.parametrize("text, expected", [
    ("950601", D(1995, 6, 1)),
    ("300101", D(2030, 1, 1)),  # YY <= 30 -> 20YY
    ("310101", D(1931, 1, 1)),
    ("20100112", D(2010, 1, 12)),
    ("2004017", None),  # 7 digits
    ("19991332", None),  # month 13
    ("", None),
])
def test_parse_date(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("raw, expected", [
    ("031", ("031", None, "ok")),
    ("031:032", ("031", "032", "ok")),
    (" 0356 ", ("0356", None, "ok")),
    ("174K", ("174K", None, "ok")),
    ("---", (None, None, "null")),
    (":173", (None, "173", "null")),
    ("025?", (None, None, "bad")),
    ("xxy", (None, None, "bad")),
    ("+++", (None, None, "bad")),
])
def test_parse_event_code(raw, expected):
    assert parse_event_code(raw) == expected


@pytest.mark.parametrize("word, expected", [
    ("soldier", "soldiers"), ("authority", "authorities"), ("congress", "congresses"),
    ("policeman", "policemen"), ("foreign ministry", "foreign ministries"), ("day", "days"),
])
def test_plural(word, expected):
    assert plural(word) == expected


@pytest.mark.parametrize("name, expected", [("Valdoria", "valdoria"), ("US", "US"), ("un", "UN"), ("u.s.", "u.s."), ("new valdor city", "new valdor city")])
def test_format_name(name, expected):
    assert format_name(name) == expected


@pytest.mark.parametrize("raw, expected", [
    ("SYRIAN TELEVISION", "SYRIAN ... TELEVISION"),  # a space: other words may stand between
    ("BASHAR_AL-ASSAD_", "BASHAR AL-ASSAD"),  # _ joins adjacent words, a trailing _ ends the phrase
    ("MINISTRY FOR_ YOUTH_AND_SPORTS", "MINISTRY ... FOR YOUTH AND SPORTS"),  # "FOR_ YOUTH": the _ still joins
    ("UN", "UN"),
])
def test_name_phrase(raw, expected):
    from coder.importer.common import name_phrase

    assert name_phrase(raw) == expected


@pytest.mark.parametrize("body, verbs, synsets, expected", [
    ("* (TO BORDER)", ["RUSH"], None, ["{rush} ... to ... border"]),  # (...) group and spaces: gaps
    ("* {ARMS SHIPMENT}", ["RUSH"], None, ["{rush} ... arms ... shipment"]),
    ("IN_*", ["ACCORD"], None, ["in {accord}"]),  # _ joins: adjacent
    ("IN_ *", ["ACCORD"], None, ["in ... *? {accord}"]),  # trailing _ then space: a gap; *? marks the verb after it
    ("*_OUT AGAIN", ["LASH"], None, ["{lash} out ... again"]),
    ("SAID WOULD_*", ["HALT"], None, ["said ... *? would {halt}"]),
    ("* NEW_&TIE_RELATIONS", ["SEVER"], {"TIE": "TIE"}, ["{sever} ... new &TIE relations"]),
    ("* &TIE", ["SEVER", "CUT"], {"TIE": "TIE"}, ["sever|severs|severed|severing|cut|cuts|cutted|cutting ... &TIE"]),
    ("* ^ TALKS", ["HOLD {HELD}"], None, ["hold|holds|holded|holding|held ^? ... talks"]),  # an actor skipped
    ("$ * +", ["PARLEY"], None, ["{parley}"]),  # markers where the engine looks anyway
    ("* (WITH +)", ["PARLEY"], None, ["{parley} ... with"]),
    ("+ WAS_ * BY $", ["SHOOT {SHOT}"], None, ["+? {be} shoot|shoots|shooted|shooting|shot ... by $?"]),  # passive, roles marked
    ("% HAVE POSTPONED *", ["MEET {MET}"], None, ["%$? have ... postponed ... *? meet|meets|meeted|meeting|met"]),  # %: a compound source
    ("* WITH %", ["PARLEY"], None, ["{parley} ... with %+?"]),  # ... or target
    ("% *", ["PARLEY"], None, ["{parley} ... %$?"]),  # a segment of its own: not the plain verb's phrase with another code
    # role markers: $? source, +? target, ^? skipped actor, *? the verb's segment (coder/match/roles.py)
    ("+ * $", ["PARLEY"], None, ["+? {parley} $?"]),  # target before, source after the verb
    ("* FROM $", ["PARLEY"], None, ["{parley} ... from $?"]),
    ("$ BACK + IN *", ["PARLEY"], None, ["$? back +? ... in ... *? {parley}"]),
    ("+ WAS * DEAD IN $", ["SHOT"], None, ["+? {be} shot|shots|shotted|shotting ... dead ... in $?"]),  # a passive with its source after "in"
    ("* EID AT ^ WITH +", ["FEAST"], None, ["{feast} ... eid ... at ^? ... with +?"]),
    ("$ ^ FOR *", ["WARN"], None, ["$? ^? for ... *? {warn}"]),  # before the pattern: read outwards
    ("NOTED + *", ["PARLEY"], None, ["noted +? ... *? {parley}"]),
    ("NEITHER *", ["PARLEY"], None, ["neither ... *? {parley}"]),  # no role moves, but the source is before the verb word
    ("* DOWN", ["+BREAK_DOWN {+BROKE_DOWN}", "SMASH"], None, ["{smash} ... down", "break|breaks|breaked|breaking|broke down ... down"]),
    ("* TOLL", ["KLM_+RAISE"], None, ["klm {raise} ... toll"]),  # + marks the inflected word
    ("* TOLL", ["RISE"], None, ["rise|rises|rised|rising ... toll"]),  # PETRARCH forms only: irregulars come from {...}
])
def test_convert_pattern(body, verbs, synsets, expected):
    assert convert_pattern(body, verbs, synsets) == expected


@pytest.mark.parametrize("body, reason", [
    ("SAID WOULD", "exactly one *"),
    ("* TALKS * AGAIN", "exactly one *"),
    ("* &NOSUCH", "unknown synset"),
])
def test_convert_pattern_rejects(body, reason):
    with pytest.raises(ValueError, match=reason.replace("*", r"\*")):
        convert_pattern(body, ["PARLEY"], None)


@pytest.mark.parametrize("name, family", [
    ("PETR.Validate.actors.txt", "actors"), ("Phoenix.agents.txt", "agents"), ("CAMEO.2.0.txt", "verbs"),
    ("x.verbs.txt", "verbs"), ("Phoenix.discards.txt", "discards"), ("Phoenix.IssueCoding.txt", "issues"),
])
def test_detect_family_by_name(tmp_path, name, family):
    p = tmp_path / name
    p.write_text("", encoding="utf-8")
    assert detect_family(p) == family


# ---------- the fixture set ----------
@pytest.fixture(scope="module")
def fx(tmp_path_factory):
    out = tmp_path_factory.mktemp("fx") / "dicts"
    report = import_petrarch(sorted(PETRARCH.glob("*.txt")), out)
    return out, report


def _load(out: Path, rel: str):
    return yaml.safe_load((out / rel).read_text(encoding="utf-8"))


def _by_id(items):
    return {e["id"]: e for e in items}


def test_fixture_set_loads_and_lints_clean(fx):
    out, _ = fx
    comp = build(out)
    assert len(comp.actors) == 13 and len(comp.agents) == 7  # 12 actors, one of them with a second code
    assert [p for p in lint(out) if p.severity == "error"] == []


@pytest.mark.parametrize("actor_id, code, kind, names, roles", [
    ("actor.valdoria", "VAL", "country", ["valdoria", "valdorian", "new valdor city"], None),
    ("actor.braska", "BRK", "country", ["braska", "US"], None),  # short name kept in capitals
    ("actor.the_grey_council", "IGOGRY", "igo", ["the grey council"], None),
    ("actor.braskan_navy", "BRKMIL", "other", ["braskan navy"], None),  # a state's service: agents append to it
    # d1-d2 inclusive -> to = d2 + 1 day; 6- and 8-digit dates; bare code = default
    ("actor.otto_merrin", "VALELI", "person", ["otto merrin", "president merrin"],
     [("VALELI", D(1985, 1, 1), D(2000, 1, 1)), ("VALGOV", D(2000, 1, 1), D(2010, 1, 1))]),
    # two names before the code lines are one actor; <d = until d, >d = from d; no default -> latest
    ("actor.ilsa_korr", "BRKGOV", "person", ["ilsa korr", "ilsa t. korr"],
     [("BRKREB", None, D(2005, 3, 1)), ("BRKGOV", D(2005, 3, 1), None)]),
    # the later, overlapping period is trimmed (here: to nothing)
    ("actor.pim_dasso", "BRK", "person", ["pim dasso"], [("BRKMIL", D(2010, 1, 1), D(2011, 1, 1))]),
    ("actor.lower_case_league", "VLX", "country", None, None),  # upper-cased
    ("actor.twin_cities", "VAL", "country", None, None),  # VAL/BRK -> first code ...
    ("actor.twin_cities~2", "BRK", "country", [], None),  # ... and a sibling entry for the second
    ("actor.shortcode_radio", "VAL", "country", None, None),  # VALTV cut to whole blocks
    ("actor.nulled_officer", "VALMIL", "other", None, None),  # null period dropped
    ("actor.bad_dates", "VALGOV", "other", ["bad dates"], None),  # undatable period -> code; duplicate name dropped
])
def test_fixture_actors(fx, actor_id, code, kind, names, roles):
    out, _ = fx
    e = _by_id(_load(out, "actors/actors.yaml"))[actor_id]
    assert (e["code"], e["kind"]) == (code, kind)
    if names is not None:
        assert e["names"] == names
    got = [(r["code"], r["from"], r["to"]) for r in e.get("roles", [])]
    assert got == (roles or [])


def test_fixture_actors_skipped(fx):
    out, _ = fx
    ids = set(_by_id(_load(out, "actors/actors.yaml")))
    assert "actor.nobody" not in ids and "actor.dangling_name" not in ids


@pytest.mark.parametrize("agent_id, code, names", [
    ("agent.harbor_warden", "COP", ["harbor warden", "harbor wardens"]),  # regular plural added
    ("agent.tax_collector", "GOV", ["tax collector"]),  # {} no plural
    ("agent.goose_herder", "AGR", ["goose herder", "goose herders", "geese herders"]),  # listed plurals
    ("agent.customs_officer", "GOV", ["customs officer", "customs officers", "customs official", "customs officials"]),  # !SET!
    ("agent.relief_society~prefix", "NGO", ["relief society", "relief societies"]),  # prefix agent [NGO~]: id suffix ~prefix
    ("agent.militia", "UAF", ["militia", "militias"]),  # "[ ~UAF]"
])
def test_fixture_agents(fx, agent_id, code, names):
    out, _ = fx
    e = _by_id(_load(out, "agents.yaml"))[agent_id]
    assert (e["code"], e["names"]) == (code, names)


@pytest.mark.parametrize("entry_id, code, patterns", [
    ("verbs.parley.verb", "036", ["{parley}", "sit|sits|sitted|sitting|sat down"]),
    ("verbs.parley.verb.2", "040", ["{confabulate}"]),  # a verb's own code
    ("verbs.parley.p2", "038", ["parley|parleys|parleyed|parleying|confabulate|confabulates|confabulated|confabulating ... &TIESET talks",
                                "sit|sits|sitted|sitting|sat down ... &TIESET talks"]),
    ("verbs.parley.p3", "039", ["agreed to parley|parleys|parleyed|parleying|confabulate|confabulates|confabulated|confabulating",
                                "agreed to sit|sits|sitted|sitting|sat down"]),
    ("verbs.parley.p9", "035:036", None),  # [035:036] -> the pair (codes.tsv declares it)
    ("verbs.parley.p10", "981", None),  # a test-only code (-> codes.tsv)
    ("verbs.hurl.p1", "195", ["hurl|hurls|hurled|hurling|fling|flings|flinged|flinging|flung ... &HARDWARE"]),
    ("verbs.scold.p1", "112", ["{scold} ... publicly"]),
])
def test_fixture_verbs(fx, entry_id, code, patterns):
    out, _ = fx
    e = _by_id(_load(out, "verbs/verbs.yaml")["entries"])[entry_id]
    assert e["code"] == code
    if patterns is not None:
        assert e["patterns"] == patterns


def test_fixture_verbs_skipped_and_comments(fx):
    out, _ = fx
    by = _by_id(_load(out, "verbs/verbs.yaml")["entries"])
    for gone in ("verbs.parley.p5", "verbs.parley.p12", "verbs.parley.p13", "verbs.hurl.verb", "verbs.scold.verb"):
        assert gone not in by  # the plain verb's phrase coded otherwise, bad code, unknown synset, null blocks
    assert by["verbs.parley.p8"]["patterns"][0].endswith(" ... %$?") and by["verbs.parley.p8"]["symmetric"]  # "% *": coordinated subjects only
    assert by["verbs.parley.p11"]["code"] == "---"  # a null pattern is kept: it blocks shorter matches
    assert by["verbs.parley.p7"].get("symmetric") is True  # "% * RIVALS": an event between coordinated actors
    assert "036 is coded target -> source" in by["verbs.parley.p9"]["comment"]
    assert "(passive)" in by["verbs.parley.p6"]["comment"]


def test_fixture_synsets_codes_discards_issues(fx):
    out, _ = fx
    assert _load(out, "synsets.yaml") == {"HARDWARE": ["catapult", "siege engine"], "TIESET": ["trade", "cultural"], "BIGSET": ["trade", "cultural", "postal"]}
    codes = (out / "codes.tsv").read_text(encoding="utf-8").splitlines()
    assert codes[0].split("\t") == ["code", "name", "root", "level", "quadclass", "quadclass_name", "goldstein", "plover"]
    assert [c.split("\t")[0] for c in codes[1:]] == ["981", "033:034", "035:036"] and codes[1].split("\t")[2:5] == ["00", "2", "0"]
    pair = codes[3].split("\t")  # a pair is declared with its forward code's row
    assert pair[2:5] == ["03", "2", "1"] and "035 source -> target and 036 target -> source" in pair[1]
    d = _by_id(_load(out, "discards.yaml"))
    assert d["discard.sentence"]["phrases"] == ["quilting bee", "harvest fair"]
    assert d["discard.story"]["phrases"] == ["garden show"]
    issues = _by_id(_load(out, "issues.yaml"))
    assert issues["issue.farming.root_crops"]["phrases"] == ["turnip", "sugar-beet"]
    assert issues["issue.farming.exclude"]["exclude"] == ["turnip ghost"]


@pytest.mark.parametrize("file, line, code", [
    ("actors.txt", 28, "I014"),  # overlapping period
    ("actors.txt", 30, "I012"),  # lower-case code
    ("actors.txt", 31, "I012"),  # A/B codes
    ("actors.txt", 33, "I010"),  # [---] actor
    ("actors.txt", 37, "I013"),  # 7-digit date
    ("actors.txt", 37, "I017"),  # name of an earlier actor
    ("actors.txt", 39, "I010"),  # name without a code at the end
    ("agents.txt", 11, "I020"),  # [~GOV}
    ("verbs.txt", 29, "I032"),  # [abc]
    ("verbs.txt", 30, "I034"),  # unknown synset
    ("verbs.txt", 42, "I036"),  # transformation
    ("issues.txt", 7, "I003"),
])
def test_fixture_warnings_name_file_and_line(fx, file, line, code):
    _, report = fx
    hits = [p for p in report.problems if Path(p.file).name == file and p.line == line and p.code == code]
    assert hits and all(p.severity == "warning" for p in hits)


def test_summary_counts_per_family(fx):
    _, report = fx
    s = report.summary()
    for fam in ("actors", "agents", "verbs", "discards", "issues"):
        assert f"  {fam}" in s
    assert report.counts["actors"].written == 13 and report.counts["actors"].skipped > 0
    assert "entries written" in s and "lines skipped" in s


def test_import_is_deterministic_and_order_free(tmp_path):
    files = sorted(PETRARCH.glob("*.txt"))
    import_petrarch(files, tmp_path / "a")
    import_petrarch(list(reversed(files)), tmp_path / "b")
    import_petrarch(files, tmp_path / "a")  # re-import over its own output
    for p in sorted((tmp_path / "a").rglob("*")):
        if p.is_file():
            assert p.read_bytes() == (tmp_path / "b" / p.relative_to(tmp_path / "a")).read_bytes(), p


def test_import_refuses_a_foreign_directory(tmp_path):
    from coder.errors import CoderError

    (tmp_path / "mine.yaml").write_text("[]\n", encoding="utf-8")
    with pytest.raises(CoderError, match="not empty"):
        import_petrarch(sorted(PETRARCH.glob("*.txt")), tmp_path)
    assert (tmp_path / "mine.yaml").exists()


def test_cli_dict_import(tmp_path):
    from click.testing import CliRunner

    from coder.cli import main

    res = CliRunner().invoke(main, ["dict", "import", "--from", "petrarch2", str(PETRARCH / "verbs.txt"), "--out", str(tmp_path / "o")])
    assert res.exit_code == 0, res.output
    assert "verbs" in res.output and (tmp_path / "o" / "verbs" / "verbs.yaml").exists()


# ---------- the PETRARCH validation dictionaries ----------
@pytest.mark.skipif(not VALIDATE.is_dir(), reason="shared PETRARCH data not available")
def test_validate_set_imports_and_loads(tmp_path):
    report = import_petrarch(sorted(VALIDATE.glob("*.txt")), tmp_path)
    comp = build(tmp_path)
    assert [p for p in lint(tmp_path) if p.severity == "error"] == []
    actors = {a.id: a for a in comp.actors}

    sam = actors["actor.sam_gamgee"]
    assert sam.code == "HOB" and sam.kind == "person"
    assert sam.roles[:3] == [("HOBCIV", None, D(2008, 1, 20)), ("HOBMIL", D(2008, 1, 20), D(2010, 1, 9)), ("ORCHOB", D(2010, 1, 9), D(2010, 1, 13))]
    # PETRARCH's end dates are inclusive and the first-listed restriction wins
    for day, code in [(D(1995, 1, 4), "HOBCIV"), (D(2010, 1, 9), "ORCHOB"), (D(2010, 1, 12), "ORCHOB"), (D(2010, 1, 13), "HOBMIL"),
                      (D(2012, 11, 9), "HOBMIL"), (D(2012, 12, 31), "HOBGOV"), (D(2014, 1, 1), "HOBELI")]:
        assert sam.code_on(day) == code, day
    gollum = actors["actor.gollum"]
    assert [gollum.code_on(d) for d in (D(1995, 1, 1), D(1995, 11, 1), D(2001, 1, 1))] == ["HOB", "HOBGOV", "HOBREB"]
    zim = actors["actor.zimbabwe"]
    assert (zim.code_on(D(1978, 12, 23)), zim.code_on(D(2001, 1, 1))) == ("RHO", "ZBW")
    assert actors["actor.hamfast_gamgee"].code_on(D(2012, 11, 9)) == "HOBGOV"
    assert actors["actor.gondor"].code == "GON" and actors["actor.gondor"].kind == "country"
    assert actors["actor.amnesty_international"].code == "NGM"

    agents = dict((aid, code) for aid, code in comp.agents)
    assert agents["agent.police"] == "COP" and agents["agent.human_rights_body~prefix"] == "NGO" and agents["agent.foreign_minister"] == "GOVFRM"
    shire = [a for a in comp.actors if a.id.startswith("actor.the_shire")]  # THE_SHIRE [FRO/BIL/SAM]
    assert [(a.id, a.code) for a in shire] == [("actor.the_shire", "FRO"), ("actor.the_shire~2", "BIL"), ("actor.the_shire~3", "SAM")]

    by_entry = {}
    for p in comp.patterns:
        by_entry.setdefault(p.entry_id, p)
    assert by_entry["petr_validate_verbs.abandon.verb"].code == "345"
    assert by_entry["petr_validate_verbs.abandon.p4"].code == "901"  # - * DIPLOMATIC TIES [901]
    assert by_entry["petr_validate_verbs.break.p2"].code == "102"
    assert comp.codes["903"].root == "00" and comp.codes["1717"].root == "17"
    assert {"TIETYPES", "CURRENCY", "ACCORDSYN"} <= set(yaml.safe_load((tmp_path / "synsets.yaml").read_text(encoding="utf-8")))
    assert len(comp.discards) == 2
    assert report.counts["actors"].written > 100 and report.counts["verbs"].written > 500


def test_story_discards_keep_their_scope(fx):
    out, _ = fx
    entries = {e["id"]: e for e in _load(out, "discards.yaml")}
    story = [e for e in entries.values() if e.get("scope") == "story"]
    assert [e["phrases"] for e in story] == [["garden show"]]
    assert all(e.get("scope", "sentence") == "sentence" for e in entries.values() if e not in story)
