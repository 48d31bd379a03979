"""Seeded generator of news-like articles over the project's dictionaries.

python benchmarks/generate.py --articles 1000 --seed 7 --out benchmarks/data/articles_1000.jsonl
Actor names come from the compiled dictionaries (countries, people, groups, agents with a
country adjective), verbs from a list of common news verb phrases, plus filler sentences
with no event, so the mix resembles wire copy.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from coder.dictionary import load_compiled  # noqa: E402

VERBS = [
    "attacked", "condemned", "met with", "accused", "arrested", "criticized", "praised", "threatened",
    "signed an agreement with", "held talks with", "fired rockets at", "carried out an air strike against",
    "urged", "rejected", "welcomed", "shelled", "expelled", "sent aid to", "demanded that", "visited",
    "imposed sanctions on", "agreed to cooperate with", "clashed with", "warned", "denounced",
]
WHEN = ["on Monday", "on Tuesday", "early on Saturday", "on Sunday", "last week", "yesterday", "on Friday", ""]
WHERE = ["in the capital", "near the border", "in Mosul", "in Kabul", "in Nairobi", "in Gaza", "outside Aleppo", ""]
FILLER = [
    "The statement did not give further details.",
    "Officials were not immediately available for comment.",
    "The move comes amid rising tensions in the region.",
    "Markets were little changed after the announcement.",
    "It was not clear how many people had been affected.",
    "Analysts said the decision could take months to implement.",
]
AGENTS = ["troops", "police", "security forces", "officials", "protesters", "rebels", "militants", "government"]


def actor_names(comp) -> tuple[list[str], list[str]]:
    names = []
    for a in comp.actors:
        if a.kind in ("country", "person", "group", "igo") and a.name and not a.name.startswith("="):
            names.append(a.name)
    adjectives = [j for a in comp.actors if a.kind == "country" for j in a.adjectives if not j.startswith("=")]
    return sorted(set(names)), sorted(set(adjectives)) or ["Iraqi"]


def sentence(rng: random.Random, names, adjectives) -> str:
    a = rng.choice(names) if rng.random() < 0.7 else f"{rng.choice(adjectives)} {rng.choice(AGENTS)}"
    b = rng.choice(names)
    parts = [a, rng.choice(VERBS), b, rng.choice(WHERE), rng.choice(WHEN)]
    s = " ".join(p for p in parts if p) + "."
    if rng.random() < 0.3:
        s = s[:-1] + f", killing {rng.randint(1, 40)} people."
    if rng.random() < 0.3:
        s = s[:-1] + ", officials said."
    return s[0].upper() + s[1:]


def generate(n: int, seed: int = 7, sentences: tuple[int, int] = (4, 14)) -> list[dict]:
    comp = load_compiled()
    names, adjectives = actor_names(comp)
    rng = random.Random(seed)
    base = dt.date(2024, 1, 1)
    out = []
    for i in range(n):
        k = rng.randint(*sentences)
        body = " ".join(sentence(rng, names, adjectives) if rng.random() < 0.6 else rng.choice(FILLER) for _ in range(k))
        place = rng.choice(["BAGHDAD", "KABUL", "NAIROBI", "GENEVA", "WASHINGTON", "MOSCOW"])
        out.append({"id": f"bench-{seed}-{i}", "text": f"{place} (Reuters) - {body}", "published": (base + dt.timedelta(days=rng.randint(0, 700))).isoformat(), "source": "synthetic"})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as fh:
        for rec in generate(args.articles, args.seed):
            fh.write(json.dumps(rec) + "\n")
    print(f"wrote {args.articles} articles to {args.out}")


if __name__ == "__main__":
    main()
