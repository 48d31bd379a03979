"""English verb inflection for dictionary patterns: lemma -> s, past, pp, ing forms."""

from __future__ import annotations

from functools import lru_cache

# lemma: (past, past participle) for irregular verbs common in news
IRREGULAR: dict[str, tuple[str, str]] = {
    "arise": ("arose", "arisen"), "be": ("was", "been"), "bear": ("bore", "borne"),
    "beat": ("beat", "beaten"), "become": ("became", "become"), "begin": ("began", "begun"),
    "bend": ("bent", "bent"), "bid": ("bid", "bid"), "bind": ("bound", "bound"),
    "bite": ("bit", "bitten"), "blow": ("blew", "blown"), "break": ("broke", "broken"),
    "bring": ("brought", "brought"), "build": ("built", "built"), "burn": ("burned", "burned"),
    "burst": ("burst", "burst"), "buy": ("bought", "bought"), "cast": ("cast", "cast"),
    "catch": ("caught", "caught"), "choose": ("chose", "chosen"), "come": ("came", "come"),
    "cost": ("cost", "cost"), "cut": ("cut", "cut"), "deal": ("dealt", "dealt"),
    "dig": ("dug", "dug"), "do": ("did", "done"), "draw": ("drew", "drawn"),
    "drive": ("drove", "driven"), "drop": ("dropped", "dropped"), "eat": ("ate", "eaten"),
    "fall": ("fell", "fallen"), "feed": ("fed", "fed"), "feel": ("felt", "felt"),
    "fight": ("fought", "fought"), "find": ("found", "found"), "flee": ("fled", "fled"),
    "fly": ("flew", "flown"), "forbid": ("forbade", "forbidden"), "forgive": ("forgave", "forgiven"),
    "freeze": ("froze", "frozen"), "get": ("got", "gotten"), "give": ("gave", "given"),
    "go": ("went", "gone"), "grind": ("ground", "ground"), "grow": ("grew", "grown"),
    "hang": ("hanged", "hanged"), "have": ("had", "had"), "hear": ("heard", "heard"),
    "hide": ("hid", "hidden"), "hit": ("hit", "hit"), "hold": ("held", "held"),
    "hurt": ("hurt", "hurt"), "keep": ("kept", "kept"), "know": ("knew", "known"),
    "lay": ("laid", "laid"), "lead": ("led", "led"), "leave": ("left", "left"),
    "lend": ("lent", "lent"), "let": ("let", "let"), "lie": ("lay", "lain"),
    "lose": ("lost", "lost"), "make": ("made", "made"), "mean": ("meant", "meant"),
    "meet": ("met", "met"), "mislead": ("misled", "misled"), "overcome": ("overcame", "overcome"),
    "overrun": ("overran", "overrun"), "overthrow": ("overthrew", "overthrown"),
    "pay": ("paid", "paid"), "put": ("put", "put"), "quit": ("quit", "quit"),
    "read": ("read", "read"), "rebuild": ("rebuilt", "rebuilt"), "rid": ("rid", "rid"),
    "ride": ("rode", "ridden"), "ring": ("rang", "rung"), "rise": ("rose", "risen"),
    "run": ("ran", "run"), "say": ("said", "said"), "see": ("saw", "seen"),
    "seek": ("sought", "sought"), "sell": ("sold", "sold"), "send": ("sent", "sent"),
    "set": ("set", "set"), "shake": ("shook", "shaken"), "shoot": ("shot", "shot"),
    "show": ("showed", "shown"), "shut": ("shut", "shut"), "sing": ("sang", "sung"),
    "sink": ("sank", "sunk"), "sit": ("sat", "sat"), "slay": ("slew", "slain"),
    "speak": ("spoke", "spoken"), "spend": ("spent", "spent"), "split": ("split", "split"),
    "spread": ("spread", "spread"), "stand": ("stood", "stood"), "steal": ("stole", "stolen"),
    "stick": ("stuck", "stuck"), "strike": ("struck", "struck"), "strive": ("strove", "striven"),
    "swear": ("swore", "sworn"), "sweep": ("swept", "swept"), "take": ("took", "taken"),
    "teach": ("taught", "taught"), "tear": ("tore", "torn"), "tell": ("told", "told"),
    "think": ("thought", "thought"), "throw": ("threw", "thrown"), "undergo": ("underwent", "undergone"),
    "understand": ("understood", "understood"), "undertake": ("undertook", "undertaken"),
    "uphold": ("upheld", "upheld"), "upset": ("upset", "upset"), "wage": ("waged", "waged"),
    "wake": ("woke", "woken"), "wear": ("wore", "worn"), "win": ("won", "won"),
    "withdraw": ("withdrew", "withdrawn"), "withhold": ("withheld", "withheld"),
    "withstand": ("withstood", "withstood"), "write": ("wrote", "written"),
    "foresee": ("foresaw", "foreseen"), "oversee": ("oversaw", "overseen"),
    "forsake": ("forsook", "forsaken"), "shed": ("shed", "shed"), "spit": ("spat", "spat"),
    "light": ("lit", "lit"), "sting": ("stung", "stung"), "swing": ("swung", "swung"),
    "mistake": ("mistook", "mistaken"), "outlaw": ("outlawed", "outlawed"), "broadcast": ("broadcast", "broadcast"),
    "forecast": ("forecast", "forecast"), "offset": ("offset", "offset"), "reset": ("reset", "reset"),
    "retake": ("retook", "retaken"), "reopen": ("reopened", "reopened"), "shut down": ("shut down", "shut down"),
}
SPECIAL = {
    "be": ["be", "is", "are", "was", "were", "been", "being", "'s", "am"],
    "have": ["have", "has", "had", "having", "'ve"],
    "do": ["do", "does", "did", "done", "doing"],
}
# stress-final verbs that double their last consonant (commit -> committed)
DOUBLE = {
    "commit", "admit", "omit", "permit", "submit", "transmit", "regret", "occur", "refer",
    "prefer", "confer", "deter", "compel", "expel", "propel", "rebel", "control", "patrol",
    "kidnap", "equip", "abet", "acquit", "allot", "embed", "incur", "outfit", "rebut", "recur",
    "transfer", "unplug", "extol", "dispel", "repel", "infer", "defer", "overstep", "handicap",
}
_VOWELS = set("aeiou")


def _doubles(lemma: str) -> bool:
    if lemma in DOUBLE:
        return True
    if len(lemma) < 3 or lemma[-1] in "wxyhc" or lemma[-1] in _VOWELS:
        return False
    c1, v, c2 = lemma[-3], lemma[-2], lemma[-1]
    groups = sum(1 for i, ch in enumerate(lemma) if ch in _VOWELS and (i == 0 or lemma[i - 1] not in _VOWELS))
    return groups == 1 and v in _VOWELS and c1 not in _VOWELS and c2 not in _VOWELS


def _third(lemma: str) -> str:
    if lemma.endswith(("s", "x", "z", "ch", "sh", "o")) and not lemma.endswith("oo"):
        return lemma + "es"
    if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in _VOWELS:
        return lemma[:-1] + "ies"
    return lemma + "s"


def _past(lemma: str) -> str:
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in _VOWELS:
        return lemma[:-1] + "ied"
    if _doubles(lemma):
        return lemma + lemma[-1] + "ed"
    return lemma + "ed"


def _ing(lemma: str) -> str:
    if lemma.endswith("ie"):
        return lemma[:-2] + "ying"
    if lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")) and len(lemma) > 2:
        return lemma[:-1] + "ing"
    if _doubles(lemma):
        return lemma + lemma[-1] + "ing"
    return lemma + "ing"


@lru_cache(maxsize=None)
def forms(lemma: str) -> dict[str, tuple[str, ...]]:
    """All inflections of a one-word lemma, keyed base|s|past|pp|ing."""
    lemma = lemma.lower()
    if lemma in SPECIAL:
        allf = tuple(SPECIAL[lemma])
        return {"base": allf, "s": allf, "past": allf, "pp": allf, "ing": allf}
    past, pp = IRREGULAR.get(lemma, (_past(lemma), _past(lemma)))
    out = {"base": (lemma,), "s": (_third(lemma),), "past": (past,), "pp": (pp,), "ing": (_ing(lemma),)}
    return out


def all_forms(lemma: str) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for fs in forms(lemma).values():
        for f in fs:
            seen[f] = None
    return tuple(seen)
