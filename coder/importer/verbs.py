"""PETRARCH/TABARI verb files -> VerbEntry dicts and synsets.

Syntax handled:
  &NAME / +MEMBER            synset (members may be &OTHER synsets: flattened); a trailing _
                             on the name or a member is a phrase end and is dropped
  --- LABEL [code] ---       a verb block; [code] is the default of the block's verbs
  VERB {FORM FORM} [code]    a verb of the block, optional extra forms and own code
  +VERB_PART / W_+VERB       a multi-word verb; + marks the inflected word (else the first)
  - pre * post [code]        a pattern; * is the verb, applies to every verb of the block
  ~ ...                      transformations: not supported (reported)

Pattern conversion (TABARI semantics): `_` joins words that must be adjacent, a space (or
(...) / {...} grouping, or a ^ skip) allows words in between -> our `...` gap (<= 4 tokens).
The verb slot lists every form of the block's one-word verbs (`{lemma}` when there is just
one regular verb); multi-word verbs get a pattern each. `$` (source) and `+` (target) markers
are dropped when they agree with the engine (source before the verb, target after); a target
before a `was/were/been` + verb becomes a passive pattern (`{be} <participle>`: the engine
then takes the source from "by/from X"); other placements and `%` compounds are reported.
Verb forms: our regular inflections plus any {listed} forms (PETRARCH lists irregulars).
Codes: [a:b] -> a (b noted in the comment), [---] / [:b] -> nothing coded (reported).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..dictionary import MAX_EXPANSIONS
from ..inflect import _ing, _past, _third, forms as inflect_forms
from .common import IdMaker, ImportReport, parse_event_code, phrase, read_lines, slug

FAMILY = "verbs"
BE_WORDS = {"was", "were", "is", "are", "been", "be", "being", "am"}
_HEADER = re.compile(r"^---\s*(?P<label>.*?)\s*\[(?P<code>[^\]]*)\](?P<rest>.*)$")
_VERB = re.compile(r"^(?P<verb>[^\[{]+?)\s*(?:\{(?P<forms>[^}]*)\})?\s*(?:\[(?P<code>[^\]]*)\])?\s*$")
_PATTERN = re.compile(r"^-\s*(?P<body>.*?)\s*(?:\[(?P<code>[^\]]*)\])?\s*$")
_SPECIAL = set("*$+%^(){}&")


@dataclass
class VerbSpec:
    line: int
    prefix: list[str]
    lemma: str
    suffix: list[str]
    extra: list[str]  # listed forms of the inflected word
    code: str | None  # raw own code


@dataclass
class Block:
    line: int
    label: str
    code: str
    verbs: list[VerbSpec] = field(default_factory=list)
    patterns: list[tuple[int, str, str | None]] = field(default_factory=list)  # (line, body, raw code)


@dataclass
class Item:
    kind: str  # word | syn | verb | src | tgt | skip | comp | group
    value: str
    adjacent: bool  # joined to the previous item by '_' only


# ---------- parsing ----------
def _verb_words(text: str) -> tuple[list[str], int]:
    words = [w for w in re.split(r"[_\s]+", text.strip()) if w]
    at = next((i for i, w in enumerate(words) if w.startswith("+")), 0)
    return [w.lstrip("+").lower() for w in words], at


def _parse_verb(text: str, no: int) -> VerbSpec | None:
    m = _VERB.match(text.strip())
    if not m:
        return None
    words, at = _verb_words(m.group("verb"))
    words = [w for w in words if w]
    if not words:
        return None
    extra: list[str] = []
    for f in (m.group("forms") or "").split():
        fw, fat = _verb_words(f)
        if len(fw) == len(words) and fw[fat]:
            extra.append(fw[fat])
        elif len(fw) == 1:
            extra.append(fw[0])
    return VerbSpec(no, words[:at], words[at], words[at + 1 :], extra, m.group("code"))


def parse_verb_file(path: Path, rep: ImportReport):
    synsets: dict[str, tuple[int, list[str]]] = {}
    blocks: list[Block] = []
    ctx: str | None = None  # "syn:<name>" or "block"
    for ln in read_lines(path, rep, FAMILY):
        text = ln.text.strip()
        if not text:
            continue
        if text.startswith("---"):
            h = _HEADER.match(text)
            if not h:
                rep.warn(FAMILY, "I003", path, ln.no, f"verb block header not understood: {text!r}")
                ctx = None
                continue
            if "[" in h.group("rest"):
                rep.warn(FAMILY, "I003", path, ln.no, f"second code in block header ignored: {text!r}", skipped=False)
            blocks.append(Block(ln.no, h.group("label"), h.group("code")))
            ctx = "block"
        elif text.startswith("&"):
            name = text[1:].split()[0].rstrip("_") if text[1:].split() else ""
            if not name:
                rep.warn(FAMILY, "I003", path, ln.no, "synset without a name")
                ctx = None
                continue
            synsets[name] = (ln.no, [])
            ctx = f"syn:{name}"
        elif text.startswith("~"):
            rep.warn(FAMILY, "I036", path, ln.no, f"transformation not supported: {text!r}")
        elif ctx and ctx.startswith("syn:"):
            if text.startswith("+"):
                synsets[ctx[4:]][1].append(text[1:].strip())
            else:
                rep.warn(FAMILY, "I003", path, ln.no, f"line in synset &{ctx[4:]} without '+': {text!r}")
        elif ctx == "block":
            if text.startswith("-"):
                m = _PATTERN.match(text)
                blocks[-1].patterns.append((ln.no, m.group("body"), m.group("code")))
            else:
                spec = _parse_verb(text.split(";", 1)[0], ln.no)  # ';' is an old TABARI comment
                if spec is None:
                    rep.warn(FAMILY, "I003", path, ln.no, f"verb line not understood: {text!r}")
                else:
                    blocks[-1].verbs.append(spec)
        else:
            rep.warn(FAMILY, "I003", path, ln.no, f"line outside any verb block or synset: {text!r}")
    return synsets, blocks


# ---------- synsets ----------
def merge_synsets(path: Path, raw: dict[str, tuple[int, list[str]]], out: dict[str, list[str]], rep: ImportReport) -> dict[str, str]:
    """Flatten this file's synsets into `out` (shared by all files); returns local -> output name."""
    flat: dict[str, list[str]] = {}

    def resolve(name: str, stack: tuple) -> list[str]:
        if name in flat:
            return flat[name]
        members: list[str] = []
        for m in raw[name][1]:
            if m.startswith("&"):
                ref = m[1:].strip().rstrip("_")
                if ref in raw and ref not in stack:
                    members += resolve(ref, stack + (ref,))
                else:
                    rep.warn(FAMILY, "I034", path, raw[name][0], f"synset &{name}: member {m!r} is not a known synset; dropped", skipped=False)
            else:
                p = phrase(m).lower()
                if p:
                    members.append(p)
        flat[name] = list(dict.fromkeys(members))
        return flat[name]

    names: dict[str, str] = {}
    for name in raw:
        members = resolve(name, (name,))
        if not members:
            rep.warn(FAMILY, "I034", path, raw[name][0], f"synset &{name} is empty; patterns using it are skipped")
            continue
        target, n = name, 1
        while target in out and out[target] != members:
            n += 1
            target = f"{name}_{n}"
        if target != name:
            rep.warn(FAMILY, "I035", path, raw[name][0], f"synset &{name} already defined with other members; written as &{target}", skipped=False)
        out[target] = members
        names[name] = target
    return names


# ---------- patterns ----------
def scan_pattern(body: str, synsets: dict[str, str]) -> list[Item] | str:
    """Pattern body -> items, or an error message."""
    items: list[Item] = []
    i, n = 0, len(body)
    joined = True  # nothing but '_' since the previous item
    known = sorted(synsets, key=len, reverse=True)
    while i < n:
        ch = body[i]
        if ch.isspace():
            joined = False
            i += 1
        elif ch == "_":
            i += 1
        elif ch in _SPECIAL and ch != "&":
            kind = {"*": "verb", "$": "src", "+": "tgt", "^": "skip", "%": "comp"}.get(ch, "group")
            items.append(Item(kind, ch, joined and bool(items)))
            joined = kind == "verb"
            i += 1
        elif ch == "&":
            rest = body[i + 1 :]
            name = next((k for k in known if rest.startswith(k) and (len(rest) == len(k) or not (rest[len(k)].isalnum()))), None)
            if name is None:
                return f"unknown synset in {body!r}"
            items.append(Item("syn", synsets[name], joined and bool(items)))
            joined = True
            i += 1 + len(name)
        else:
            j = i
            while j < n and not body[j].isspace() and body[j] != "_" and body[j] not in _SPECIAL:
                j += 1
            word = body[i:j].lower()
            if any(c in word for c in "|?") or word == "...":
                return f"word {word!r} cannot be written in a pattern"
            items.append(Item("word", word, joined and bool(items)))
            joined = True
            i = j
    return items


def _size(tok: str, synsets: dict[str, list[str]]) -> int:
    if tok.startswith("&"):
        return max(1, len(synsets.get(tok[1:], [])))
    if tok.startswith("{"):
        return 5
    return tok.count("|") + 1


def too_big(pattern: str, synsets: dict[str, list[str]]) -> bool:
    for seg in pattern.split(" ... "):
        size = 1
        for tok in seg.split():
            size *= _size(tok, synsets)
        if size > MAX_EXPANSIONS:
            return True
    return False


def regular_forms(lemma: str) -> list[str]:
    """PETRARCH generates the regular forms only (irregular ones are listed in {...}): base,
    -s, -ed, -ing, spelled with our inflection rules (consonant doubling, -ies, -e drop)."""
    return list(dict.fromkeys([lemma, _third(lemma), _past(lemma), _ing(lemma)]))


def _forms(spec: VerbSpec) -> list[str]:
    return list(dict.fromkeys(regular_forms(spec.lemma) + spec.extra))


def _simple(spec: VerbSpec) -> bool:
    """`{lemma}` expands to exactly the PETRARCH forms (no listed forms, not an irregular verb)."""
    if spec.extra or not spec.lemma.isalpha():
        return False
    ours = set(itertools.chain.from_iterable(inflect_forms(spec.lemma).values()))
    return ours == set(regular_forms(spec.lemma))


def verb_slot(specs: list[VerbSpec], passive: bool = False) -> str:
    """The verb position: `{lemma}` or an alternation of every form. Passive patterns always
    list the forms (the -ed form makes the compiler flag `{be} ...ed` as passive): block verbs
    are often already participles (SHOT, KILLED)."""
    if len(specs) == 1 and _simple(specs[0]) and not passive:
        return f"{{{specs[0].lemma}}}"
    return "|".join(dict.fromkeys(itertools.chain.from_iterable(_forms(s) for s in specs)))


def render(items: list[Item], verb_text: str, be_at: int | None) -> str:
    out: list[str] = []
    gap = False
    for k, it in enumerate(items):
        if it.kind in ("word", "syn", "verb"):
            text = {"word": it.value, "syn": f"&{it.value}", "verb": verb_text}[it.kind]
            if k == be_at:
                text = "{be}"
            if out:
                out.append(" ... " if (gap or not it.adjacent) else " ")
            out.append(text)
            gap = False
        else:
            gap = gap or bool(out)
    return "".join(out)


def plan(items: list[Item]) -> tuple[str, int | None] | str:
    """Check the roles of a scanned pattern: ('ok'|'passive', index of be-word) or a reason.
    `%` compound markers are ignored here (the caller drops them and reports it)."""
    verbs = [k for k, it in enumerate(items) if it.kind == "verb"]
    if len(verbs) != 1:
        return "pattern needs exactly one * (verb)"
    v = verbs[0]
    src_post = any(it.kind == "src" for it in items[v:])
    tgt_pre = any(it.kind == "tgt" for it in items[:v])
    src_pre = any(it.kind == "src" for it in items[:v])
    if not tgt_pre and not src_post:
        return "ok", None
    if tgt_pre and not src_pre:
        slots = [k for k in range(v) if items[k].kind in ("word", "syn")]
        if slots and items[slots[-1]].kind == "word" and items[slots[-1]].value in BE_WORDS and not any(items[k].kind in ("word", "syn") for k in range(slots[-1] + 1, v)):
            return "passive", slots[-1]
    where = "target before the verb" if tgt_pre else "source after the verb"
    return f"{where} (the engine takes the source before, the target after the verb)"


# ---------- conversion ----------
def _code_note(fwd: str, rev: str | None) -> str:
    return f" paired [{fwd}:{rev}]: reverse event {rev} (target -> source) not coded" if rev else ""


def convert_verbs(path: Path, rep: ImportReport, ids: IdMaker, synsets_out: dict[str, list[str]], codes_used: set[str]) -> list[dict]:
    rep.fam(FAMILY).files += 1
    raw_syn, blocks = parse_verb_file(path, rep)
    names = merge_synsets(path, raw_syn, synsets_out, rep)
    prefix = slug(path.name.removesuffix(".txt"))
    entries: list[dict] = []
    for b in blocks:
        bslug = slug(b.label)
        dfwd, drev, dstat = parse_event_code(b.code)
        if dstat == "bad":
            rep.warn(FAMILY, "I032", path, b.line, f"block {b.label!r} default code [{b.code}] is not an event code; its verbs alone code nothing")
        if not b.verbs:
            rep.warn(FAMILY, "I003", path, b.line, f"block {b.label!r} has no verbs; skipped")
            continue
        # bare verbs, grouped by their effective code
        groups: dict[tuple[str, str | None], list[VerbSpec]] = {}
        null_verbs = []
        for spec in b.verbs:
            if spec.code is not None:
                fwd, rev, stat = parse_event_code(spec.code)
                where, raw = spec.line, spec.code
            else:
                fwd, rev, stat, where, raw = dfwd, drev, dstat, b.line, b.code
            if stat == "bad":
                if spec.code is not None:
                    rep.warn(FAMILY, "I032", path, spec.line, f"verb code [{spec.code}] is not an event code; skipped")
                continue
            if stat == "null":
                null_verbs.append(spec)
                continue
            if rev:
                rep.warn(FAMILY, "I031", path, where, f"[{raw}]: coded {fwd}, reverse {rev} dropped", skipped=False)
            groups.setdefault((fwd, rev), []).append(spec)
        if null_verbs:
            what = ", ".join(" ".join(s.prefix + [s.lemma] + s.suffix) for s in null_verbs)
            rep.warn(FAMILY, "I033", path, null_verbs[0].line if null_verbs[0].code else b.line, f"block {b.label!r}: {what} alone code nothing (null code); only its patterns are imported")
        block_entries: list[tuple[str, dict, tuple | None]] = []  # (id base, entry, compound info)
        for (fwd, rev), specs in groups.items():
            pats = []
            for s in specs:
                slot = verb_slot([s])
                pats.append(" ".join(s.prefix + [slot] + s.suffix))
            block_entries.append((f"{prefix}.{bslug}.verb", {"code": fwd, "patterns": list(dict.fromkeys(pats)), "comment": f"{path.name}:{b.line} block {b.label}{_code_note(fwd, rev)}"}, None))
        # patterns
        single = [s for s in b.verbs if not s.prefix and not s.suffix]
        multi = [s for s in b.verbs if s.prefix or s.suffix]
        for n, (line, body, code) in enumerate(b.patterns, 1):
            raw_code = code if code is not None else b.code
            fwd, rev, stat = parse_event_code(raw_code)
            shown = f"- {body} [{raw_code}]"
            if stat == "bad":
                rep.warn(FAMILY, "I032", path, line, f"{shown}: code [{raw_code}] is not an event code; skipped")
                continue
            if stat == "null":
                rep.warn(FAMILY, "I033", path, line, f"{shown}: null code (PETRARCH blocks the shorter match here; the engine has no null verbs); skipped")
                continue
            items = scan_pattern(body, names)
            if isinstance(items, str):
                rep.warn(FAMILY, "I034", path, line, f"{shown}: {items}")
                continue
            compound = any(it.kind == "comp" for it in items)
            if compound and not any(it.kind in ("word", "syn") for it in items):
                rep.warn(FAMILY, "I030", path, line, f"{shown}: compound marker % with no other words (event between coordinated actors) cannot be expressed")
                continue
            p = plan(items)
            if isinstance(p, str):
                rep.warn(FAMILY, "I034" if "exactly one" in p else "I030", path, line, f"{shown}: {p}")
                continue
            mode, be_at = p
            passive = mode == "passive"
            slots = ([single] if single else []) + [[m] for m in multi]
            pats: list[str] = []
            for group in slots:
                texts = [verb_slot(group, passive)]
                if group is single and len(single) > 1 and too_big(render(items, texts[0], be_at), synsets_out):
                    texts = [verb_slot([s], passive) for s in single]
                for t in texts:
                    s0 = group[0] if len(group) == 1 else None
                    vt = " ".join(s0.prefix + [t] + s0.suffix) if s0 else t
                    pat = render(items, vt, be_at)
                    if too_big(pat, synsets_out):
                        rep.warn(FAMILY, "I037", path, line, f"{shown}: expands to more than {MAX_EXPANSIONS} phrases; skipped")
                        continue
                    pats.append(pat)
            if not pats:
                continue
            if rev:
                rep.warn(FAMILY, "I031", path, line, f"{shown}: coded {fwd}, reverse {rev} dropped", skipped=False)
            comment = f"{path.name}:{line} {shown}{_code_note(fwd, rev)}{' (passive)' if passive else ''}"
            if compound:
                comment += " (compound % dropped)"
            block_entries.append((f"{prefix}.{bslug}.p{n}", {"code": fwd, "patterns": list(dict.fromkeys(pats)), "comment": comment}, (line, shown) if compound else None))
        # a %-pattern without its marker must not shadow a plain pattern of the block
        plain = {p for _, e, comp in block_entries if comp is None for p in e["patterns"]}
        for base, e, comp in block_entries:
            if comp is not None:
                line, shown = comp
                e["patterns"] = [p for p in e["patterns"] if p not in plain]
                if not e["patterns"]:
                    rep.warn(FAMILY, "I030", path, line, f"{shown}: without the compound marker % it is the same as another pattern of the block; skipped")
                    continue
                rep.warn(FAMILY, "I038", path, line, f"{shown}: compound marker % dropped (PETRARCH codes the event between the coordinated actors; the engine codes each as source)", skipped=False)
            codes_used.add(e["code"])
            rev = re.search(r"reverse event (\S+)", e["comment"])
            if rev:
                codes_used.add(rev.group(1))
            entries.append({"id": ids(base), **e})
    rep.fam(FAMILY).written += len(entries)
    rep.extra["verb patterns written"] = rep.extra.get("verb patterns written", 0) + sum(len(e["patterns"]) for e in entries)
    return entries
