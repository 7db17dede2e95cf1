#!/usr/bin/env python3
"""Check the development corpus: every text has its gold and every gold its text; gold
sentences and entity strings are exact substrings of their text; speakers and targets are
entity ids of the text or descriptive slugs; alignments cover both texts' sentences in order.

usage: check_corpus.py [CORPUS_DIR]   (default: corpus/)
Prints one line per problem and a closing 'N passed, N failed' line (one check per file).
"""
import json
import re
import sys
from pathlib import Path

STANCES = {"accusation", "counter_accusation", "denial", "non_confirmation",
           "acknowledgment", "condemnation", "other_claim"}
TYPES = {"PERSON", "ORG", "GPE", "LOC", "DATE", "GROUP", "MALWARE"}
SLUG = re.compile(r"^[a-z0-9_]+$")


def check_article(text, gold):
    problems = []
    ids = set()
    for e in gold.get("entities", []):
        if e.get("type") not in TYPES:
            problems.append(f"entity {e.get('text')!r}: unknown type {e.get('type')!r}")
        if e.get("text") not in text:
            problems.append(f"entity {e.get('text')!r} is not in the text")
        if not SLUG.match(e.get("id") or ""):
            problems.append(f"entity {e.get('text')!r}: id {e.get('id')!r} is not a slug")
        ids.add(e.get("id"))
    for c in gold.get("claims", []):
        if c.get("sentence") not in text:
            problems.append(f"claim sentence not in the text: {c.get('sentence', '')[:60]!r}")
        if c.get("stance") not in STANCES:
            problems.append(f"claim stance {c.get('stance')!r} unknown")
        for role in ("speaker", "target"):
            v = c.get(role)
            if v is not None and not SLUG.match(v):
                problems.append(f"claim {role} {v!r} is not a slug")
    return problems


def check_alignment(gold, texts):
    problems = []
    for side, key in (("source", "fr"), ("target", "en")):
        name = gold.get(side)
        if name not in texts:
            problems.append(f"{side} {name!r} has no text")
            continue
        text, at = texts[name], 0
        for pair in gold.get("pairs", []):
            for s in pair.get(key, []):
                found = text.find(s, at)
                if found < 0:
                    problems.append(f"{key} sentence not found in order: {s[:60]!r}")
                else:
                    at = found + len(s)
    return problems


def main(argv):
    root = Path(argv[1] if len(argv) > 1 else "corpus")
    passed = failed = 0
    for half in ("dev", "test"):
        texts_dir, gold_dir = root / half / "texts", root / half / "gold"
        texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(texts_dir.glob("*.txt"))}
        for name, text in texts.items():
            gold_path = gold_dir / (Path(name).stem + ".json")
            problems = []
            if not gold_path.exists():
                problems = ["no gold file"]
            else:
                gold = json.loads(gold_path.read_text(encoding="utf-8"))
                if gold.get("article") != name:
                    problems.append(f"gold names article {gold.get('article')!r}")
                problems += check_article(text, gold)
            for p in problems:
                print(f"{half}/{name}: {p}")
            failed += bool(problems)
            passed += not problems
        for g in sorted(gold_dir.glob("*.json")):
            if g.name.startswith("align_"):
                problems = check_alignment(json.loads(g.read_text(encoding="utf-8")), texts)
            elif (texts_dir / (g.stem + ".txt")).exists():
                continue
            else:
                problems = ["gold file without a text"]
            for p in problems:
                print(f"{half}/{g.name}: {p}")
            failed += bool(problems)
            passed += not problems
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
