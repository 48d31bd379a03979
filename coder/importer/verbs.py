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
(...) / {...} grouping, or a ^ skip) allows words in between -> our `...` gap (settings.yaml
max_gap). The verb slot lists every form of the block's one-word verbs (`{lemma}` when there
is just one regular verb); multi-word verbs get a pattern each. `$` (source), `+` (target) and
`^` (skipped actor) become zero-width role markers `$?` `+?` `^?` (coder/match/roles.py)
unless they sit where the engine looks anyway (`$ * +`), and `*?` marks the verb when pattern
words precede it across a gap; a be-word before the verb after a target is written `{be}`.
`%` (a compound actor) becomes `%$?` (before the verb: the source) or `%+?` (after it: the
target): the pattern applies only when that actor is coordinated, and the entry is marked
symmetric (coded between the coordinated actors when there is no target).
Verb forms: our regular inflections plus any {listed} forms (PETRARCH lists irregulars).
Codes: [a:b] -> the pair `a:b` (declared in codes.tsv; b is coded target -> source),
[---] -> a null entry that only blocks shorter matches, [:b] -> nothing coded (reported).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ..dictionary import MAX_EXPANSIONS, NULL_CODE, PatternError, compile_pattern
from ..inflect import _ing, _past, _third
from ..inflect import forms as inflect_forms
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
    if tok.endswith("?"):  # an optional token (a role marker): with and without it
        return 2 * _size(tok[:-1], synsets)
    if tok.startswith("&"):
        return max(1, len(synsets.get(tok[1:], [])))
    if tok.startswith("{"):
        return 9 if tok == "{be}" else 5
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


_MARK = {"src": "$?", "tgt": "+?", "skip": "^?"}


def _layout(items: list[Item], be_at: int | None) -> list[list[int]]:
    """Items grouped into our pattern's segments (runs of adjacent words); a role item sits in
    the segment of the word before it (in the first one when no word precedes it)."""
    segs: list[list[int]] = [[]]
    words = 0
    gap = False
    for k, it in enumerate(items):
        if it.kind in ("word", "syn", "verb"):
            adjacent = (it.adjacent and not gap) or (it.kind == "verb" and be_at is not None)  # passive: {be} + verb
            if words and not adjacent:
                segs.append([])
            segs[-1].append(k)
            words += 1
            gap = False
        else:
            if it.kind in _MARK or it.kind == "comp":
                segs[-1].append(k)
            gap = gap or bool(words)
    return segs


def render(items: list[Item], verb_text: str, be_at: int | None, marked: bool = False) -> str:
    """Items -> our pattern text. With `marked`, role items become zero-width markers ($? +? ^?,
    see coder/match/roles.py) next to the word they touch, and `*?` starts the verb's segment
    when pattern words before it are separated from it by a gap."""
    out = []
    verb = next(k for k, it in enumerate(items) if it.kind == "verb")
    compound = []  # %: the actor there must be coordinated; %$? / %+? say which role it is
    for seg in _layout(items, be_at):
        toks = []
        for k in seg:
            it = items[k]
            if it.kind == "comp":
                toks.append("%$?" if k < verb else "%+?")
                compound.append(toks[-1])
                continue
            if it.kind in _MARK:
                if marked:
                    toks.append(_MARK[it.kind])
                continue
            if it.kind == "verb" and marked and out:
                toks.insert(0, "*?")
            toks.append("{be}" if k == be_at else {"word": it.value, "syn": f"&{it.value}", "verb": verb_text}[it.kind])
        out.append(" ".join(toks))
    if compound and len(out) == 1:  # "% *": the marker as a segment of its own, so that the
        # pattern is not the plain verb's phrase with another code (dict lint D016)
        out = [" ".join(t for t in out[0].split() if t not in compound), " ".join(compound)]
    return " ... ".join(out)


def plan(items: list[Item]) -> tuple[str, int | None, bool] | str:
    """Check the roles of a scanned pattern: ('ok'|'passive', index of a be-word written {be},
    whether role markers are written) or a reason. Markers are written when the pattern puts
    a role where the engine would not look by itself (a target before the verb, a source after
    it, a skipped actor, a role between pattern words) or has words before the verb across a
    gap (the source is then looked for before the verb word, not before the pattern); `$ * +`
    needs none. `%` compound markers are handled by the caller."""
    verbs = [k for k, it in enumerate(items) if it.kind == "verb"]
    if len(verbs) != 1:
        return "pattern needs exactly one * (verb)"
    v = verbs[0]
    words = [k for k, it in enumerate(items) if it.kind in ("word", "syn", "verb")]
    src_post = any(it.kind == "src" for it in items[v:])
    tgt_pre = any(it.kind == "tgt" for it in items[:v])
    inner = any(it.kind in ("src", "tgt") and words[0] < k < words[-1] for k, it in enumerate(items))
    skips = any(it.kind == "skip" for it in items)
    be_at = None
    if tgt_pre:
        slots = [k for k in range(v) if items[k].kind in ("word", "syn")]
        if slots and items[slots[-1]].kind == "word" and items[slots[-1]].value in BE_WORDS and not any(items[k].kind in ("word", "syn") for k in range(slots[-1] + 1, v)):
            be_at = slots[-1]
    gap_before = not any(v in seg for seg in _layout(items, be_at)[:1])
    marked = src_post or tgt_pre or inner or skips or gap_before
    return ("passive" if be_at is not None else "ok"), be_at, marked


# ---------- conversion ----------
def convert_pattern(body: str, verbs: list[str], synsets: dict[str, str] | None = None) -> list[str]:
    """One PETRARCH pattern body (`PRE * POST`) for a block with these verb lines -> our
    pattern strings; raises ValueError(reason) when it cannot be expressed. For tests and tools."""
    specs = [_parse_verb(v, 0) for v in verbs]
    items = scan_pattern(body, synsets or {})
    if isinstance(items, str):
        raise ValueError(items)
    p = plan(items)
    if isinstance(p, str):
        raise ValueError(p)
    _, be_at, marked = p

    def make_for(one):
        pre, post = (one.prefix, one.suffix) if one is not None else ([], [])
        return lambda slot: render(items, " ".join(pre + [slot] + post), be_at, marked)

    single = [s for s in specs if not s.prefix and not s.suffix]
    groups = ([single] if single else []) + [[s] for s in specs if s.prefix or s.suffix]
    return [c.text() for g in groups for c in candidates(g, make_for, be_at is not None)]


@dataclass
class Candidate:
    """One pattern to write; `make(slot)` renders it with a verb slot text."""
    forms: list[str]
    lemma: str | None  # `{lemma}` stands for exactly `forms`
    make: Callable[[str], str]

    def text(self, forms: list[str] | None = None) -> str:
        forms = self.forms if forms is None else forms
        if self.lemma and forms == self.forms:
            return self.make("{" + self.lemma + "}")
        return self.make("|".join(forms))


@dataclass
class Registry:
    """What earlier entries (of every verb file of the import) already wrote: first wins."""
    patterns: dict[str, str] = field(default_factory=dict)  # pattern text -> entry id
    phrases: dict[tuple, tuple[str, str]] = field(default_factory=dict)  # one-segment phrase -> (code, entry id)


def candidates(specs: list[VerbSpec], make_for: Callable[[VerbSpec | None], Callable[[str], str]], passive: bool) -> list[Candidate]:
    """Verb-slot candidates for a group of verbs: one alternation for several one-word verbs."""
    forms = list(dict.fromkeys(itertools.chain.from_iterable(_forms(s) for s in specs)))
    one = specs[0] if len(specs) == 1 else None
    lemma = one.lemma if one is not None and _simple(one) and not passive else None
    return [Candidate(forms, lemma, make_for(one))]


def _code_note(fwd: str, rev: str | None) -> str:
    return f" paired [{fwd}:{rev}]: {rev} is coded target -> source" if rev else ""


def paired(fwd: str, rev: str | None) -> str:
    """The entry code: PETRARCH's pair a:b as written (declared in codes.tsv), else a."""
    return f"{fwd}:{rev}" if rev else fwd


def _phrases(pattern: str, synsets: dict[str, list[str]]) -> frozenset:
    segs, _ = compile_pattern(pattern, synsets)
    return segs[0]


def _finalize(path: Path, rep: ImportReport, eid: str, code: str, line: int, cands: list[Candidate], synsets: dict[str, list[str]], reg: Registry) -> list[str]:
    """Texts to write for an entry: drop patterns an earlier entry already wrote, and verb forms
    whose one-segment phrase an earlier entry codes differently (`dict lint` D016)."""
    out: list[str] = []
    for c in cands:
        text = c.text()
        if text in reg.patterns:
            rep.warn(FAMILY, "I039", path, line, f"pattern {text[:80]!r} already written by {reg.patterns[text]}; dropped here", skipped=False)
            continue
        forms = c.forms
        if " ... " not in text:
            try:
                per_form = {f: _phrases(c.make(f), synsets) for f in forms}
            except PatternError as e:
                rep.warn(FAMILY, "I034", path, line, f"pattern {text[:80]!r}: {e}")
                continue
            clash = {f: reg.phrases[p] for f, ps in per_form.items() for p in ps if p in reg.phrases and reg.phrases[p][0] != code}
            if clash:
                keep = [f for f in forms if f not in clash]
                who = ", ".join(sorted({f"{f} ({cc} in {ce})" for f, (cc, ce) in clash.items()}))
                rep.warn(FAMILY, "I039", path, line, f"verb form(s) already coded by an earlier entry: {who}; dropped here", skipped=not keep)
                if not keep:
                    continue
                forms = keep
                text = c.text(forms)
                if text in reg.patterns:
                    continue
            for f in forms:
                for p in per_form[f]:
                    reg.phrases.setdefault(p, (code, eid))
        reg.patterns[text] = eid
        out.append(text)
    return out


def convert_verbs(path: Path, rep: ImportReport, ids: IdMaker, synsets_out: dict[str, list[str]], codes_used: set[str], reg: Registry | None = None) -> list[dict]:
    rep.fam(FAMILY).files += 1
    reg = reg if reg is not None else Registry()
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
        # (id base, code, comment, candidates, warning line, compound info)
        block_entries: list[tuple[str, str, str, list[Candidate], int, tuple | None]] = []
        # bare verbs, grouped by their effective code
        groups: dict[tuple[str, str | None], list[VerbSpec]] = {}
        null_verbs = []
        for spec in b.verbs:
            if spec.code is not None:
                fwd, rev, stat = parse_event_code(spec.code)
                where = spec.line
            else:
                fwd, rev, stat, where = dfwd, drev, dstat, b.line
            if stat == "bad":
                if spec.code is not None:
                    rep.warn(FAMILY, "I032", path, spec.line, f"verb code [{spec.code}] is not an event code; skipped")
                continue
            if stat == "null":
                null_verbs.append(spec)
                continue
            groups.setdefault((fwd, rev), []).append(spec)
        if null_verbs:
            what = ", ".join(" ".join(s.prefix + [s.lemma] + s.suffix) for s in null_verbs)
            where = null_verbs[0].line if null_verbs[0].code else b.line
            rep.warn(FAMILY, "I033", path, where, f"block {b.label!r}: {what} alone code nothing (null or reverse-only code); only its patterns are imported")
        for (fwd, rev), specs in groups.items():
            cands = []
            for s in specs:
                cands += candidates([s], lambda one: (lambda slot, one=one: " ".join(one.prefix + [slot] + one.suffix)), False)
            block_entries.append((f"{prefix}.{bslug}.verb", paired(fwd, rev), f"{path.name}:{b.line} block {b.label}{_code_note(fwd, rev)}", cands, specs[0].line, None))
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
            if stat == "null":  # a blocking pattern: it wins the overlap and codes nothing
                fwd, rev = NULL_CODE, None
            items = scan_pattern(body, names)
            if isinstance(items, str):
                rep.warn(FAMILY, "I034", path, line, f"{shown}: {items}")
                continue
            compound = any(it.kind == "comp" for it in items)
            p = plan(items)
            if isinstance(p, str):
                rep.warn(FAMILY, "I034" if "exactly one" in p else "I030", path, line, f"{shown}: {p}")
                continue
            mode, be_at, marked = p
            passive = mode == "passive"

            def make_for(one, items=items, be_at=be_at, marked=marked):
                pre, post = (one.prefix, one.suffix) if one is not None else ([], [])
                return lambda slot: render(items, " ".join(pre + [slot] + post), be_at, marked)

            cands: list[Candidate] = []
            for group in ([single] if single else []) + [[m] for m in multi]:
                got = candidates(group, make_for, passive)
                if len(group) > 1 and too_big(got[0].text(), synsets_out):
                    got = [c for s in group for c in candidates([s], make_for, passive)]
                for c in got:
                    if too_big(c.text(), synsets_out):
                        rep.warn(FAMILY, "I037", path, line, f"{shown}: expands to more than {MAX_EXPANSIONS} phrases; skipped")
                    else:
                        cands.append(c)
            if not cands:
                continue
            comment = f"{path.name}:{line} {shown}{_code_note(fwd, rev)}{' (passive)' if passive else ''}{' (compound: applies to coordinated actors)' if compound else ''}"
            block_entries.append((f"{prefix}.{bslug}.p{n}", paired(fwd, rev), comment, cands, line, (line, shown) if compound else None))
        for base, code, comment, cands, line, comp in block_entries:
            if comp is not None:  # a %-pattern keeps its marker, so it never repeats a plain pattern
                comment += " (symmetric: event between the coordinated actors)"
            eid = ids(base)
            texts = _finalize(path, rep, eid, code, line, cands, synsets_out, reg)
            if not texts:
                continue
            if code != NULL_CODE:
                codes_used.add(code)
                codes_used.update(code.split(":"))
            entry = {"id": eid, "code": code, "patterns": texts, "comment": comment}
            if comp is not None:
                entry["symmetric"] = True
            entries.append(entry)
    rep.fam(FAMILY).written += len(entries)
    rep.extra["verb patterns written"] = rep.extra.get("verb patterns written", 0) + sum(len(e["patterns"]) for e in entries)
    return entries
