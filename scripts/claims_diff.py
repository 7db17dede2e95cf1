#!/usr/bin/env python3
"""Show, claim by claim, where the engine's analysis and the gold disagree.

usage: claims_diff.py ANALYSIS.json GOLD_DIR [FILE_SUBSTRING]

For each scored article: gold claims the engine missed (MISS), claims it found that the
gold lacks (EXTRA), and claims found with another speaker (SPEAKER). A development aid:
the figures that count are score.py's.
"""
import importlib.util
import json
import sys
from pathlib import Path

spec = importlib.util.spec_from_file_location("score", Path(__file__).resolve().parents[2] / "shared/eval/score.py")
if not Path(spec.origin).exists():
    spec = importlib.util.spec_from_file_location("score", Path("../shared/eval/score.py"))
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)


def main(argv):
    if len(argv) < 3:
        print(__doc__)
        return 2
    analysis = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    gold_dir = Path(argv[2])
    only = argv[3] if len(argv) > 3 else ""
    for art in analysis["articles"]:
        gf = gold_dir / (Path(art["file"]).stem + ".json")
        if not gf.exists() or only not in art["file"]:
            continue
        gold = json.loads(gf.read_text(encoding="utf-8"))
        print(f"== {art['file']}")
        found = set()
        for c in art["claims"]:
            sp = c.get("speaker") or {}
            tg = c.get("target") or {}
            match = [g for g in gold["claims"] if score.overlap(g["sentence"], c["text"]) > 0.6]
            same = [g for g in match if g["stance"] == c["stance"]]
            desc = f"{c['stance']:<18} {sp.get('id')}({sp.get('name')}) -> {tg.get('id')} [{(c.get('cue') or {}).get('text')}]"
            if not same:
                gs = ",".join(g["stance"] for g in match) or "no claim"
                print(f"  EXTRA   {desc} (gold: {gs})\n          {c['text'][:150]}")
                continue
            for g in same:
                found.add((g["sentence"], g["stance"]))
            gnames = [score.names_of(g["speaker"], None, gold["entities"]) if g["speaker"] not in (None, "unnamed_source") else set() for g in same]
            snames = score.names_of(sp.get("id"), sp.get("name"), art.get("entities", []))
            if not any((not gn and not snames) or (gn and snames and score.same_party(gn, snames)) for gn in gnames):
                print(f"  SPEAKER {desc} (gold: {[g['speaker'] for g in same]})\n          {c['text'][:150]}")
        for g in gold["claims"]:
            if (g["sentence"], g["stance"]) not in found:
                print(f"  MISS    {g['stance']:<18} {g['speaker']} -> {g['target']}\n          {g['sentence'][:150]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
