#!/usr/bin/env python3
"""The cross-language id misses of an analysis, per translation pair, grouped by cause.

usage: scripts/xid_mismatches.py ANALYSIS.json GOLD_DIR
  (e.g. after scripts/score_corpus.sh dev: target/corpus-dev.json corpus/dev/gold)

For each thing the gold names in both articles of a pair whose mentions the engine does not
give one id in both (score.py's cross_language_id_acc), prints the gold names on each side,
the engine's ids for them and the engine's mentions sharing a word with them ("near"), then
counts the misses by a guessed cause: no mention with the gold's span on one or both sides
(recognition or span), an acronym on one side, a name shared in part (a surname, a complement),
or spellings that differ (translation or transliteration)."""
import importlib.util
import json
import re
import sys
from pathlib import Path

SCORE = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"


def load_score():
    spec = importlib.util.spec_from_file_location("score", SCORE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def cause(gold_fr, gold_en, ids_fr, ids_en):
    if not ids_fr and not ids_en:
        return "no mention with the gold span on either side"
    if not ids_fr or not ids_en:
        return f"no mention with the gold span on the {'fr' if not ids_fr else 'en'} side"
    if gold_fr & gold_en:
        return "same spelling, different ids"
    if any(re.fullmatch(r"[a-z0-9]{2,7}", t) for t in gold_fr | gold_en):
        return "acronym on one side"
    words_fr = {w for t in gold_fr for w in t.split()}
    words_en = {w for t in gold_en for w in t.split()}
    if words_fr & words_en:
        return "a name shared in part (surname, complement)"
    return "spellings differ (translation, transliteration)"


def main(argv):
    if len(argv) != 3:
        print(__doc__)
        return 2
    score = load_score()
    norm = score.norm
    analysis = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    gold_dir = Path(argv[2])
    by_file = {a["file"]: a for a in analysis["articles"]}

    def gold_ids(path):
        names, types = {}, {}
        for e in json.loads(path.read_text(encoding="utf-8"))["entities"]:
            names.setdefault(e["id"], set()).add(norm(e["text"]))
            types[e["id"]] = e["type"]
        return names, types

    def engine_ids(article):
        out = {}
        for e in article.get("entities", []):
            out.setdefault(norm(e["text"]), set()).add(e.get("id"))
        return out

    def near(gold_names, engine):
        words = {w for t in gold_names for w in re.findall(r"\w+", t) if len(w) > 2}
        return sorted((t, sorted(ids, key=str)) for t, ids in engine.items()
                      if t not in gold_names and words & set(re.findall(r"\w+", t)))

    total, groups = 0, {}
    for ga in sorted(gold_dir.glob("align_*.json")):
        pair = json.loads(ga.read_text(encoding="utf-8"))
        src, tgt = pair["source"], pair["target"]
        gs, gt = gold_dir / (Path(src).stem + ".json"), gold_dir / (Path(tgt).stem + ".json")
        if src not in by_file or tgt not in by_file or not gs.exists() or not gt.exists():
            continue
        (g1, types), (g2, _) = gold_ids(gs), gold_ids(gt)
        s1, s2 = engine_ids(by_file[src]), engine_ids(by_file[tgt])
        for gid in sorted(set(g1) & set(g2)):
            total += 1
            a = set().union(*(s1.get(t, set()) for t in g1[gid])) - {None}
            b = set().union(*(s2.get(t, set()) for t in g2[gid])) - {None}
            if a & b:
                continue
            c = cause(g1[gid], g2[gid], a, b)
            groups.setdefault(c, []).append(f"{Path(src).stem}:{gid}")
            print(f"{Path(src).stem} | {gid} ({types[gid]}) [{c}]")
            print(f"   fr {sorted(g1[gid])} -> {sorted(a)}  near {near(g1[gid], s1)}")
            print(f"   en {sorted(g2[gid])} -> {sorted(b)}  near {near(g2[gid], s2)}")
    missed = sum(len(v) for v in groups.values())
    print(f"\n{total - missed}/{total} things named in both versions share an id"
          f" ({(total - missed) / total if total else 0:.3f})")
    for c, items in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        print(f"{len(items):3}  {c}: {' '.join(items)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
