#!/usr/bin/env bash
# Score the engine on a half of the development corpus (or the seeds):
#   scripts/score_corpus.sh dev|test|seeds [score.py options…]
# Prints score.py's figures. The analysis JSON is kept in target/corpus-<half>.json.
set -euo pipefail
cd "$(dirname "$0")/.."
half=${1:?usage: scripts/score_corpus.sh dev|test|seeds [score.py options…]}
shift
case $half in
  seeds) texts=(seeds/*.txt); gold=../shared/eval/gold ;;
  dev | test) texts=(corpus/"$half"/texts/*.txt); gold=corpus/$half/gold ;;
  *) echo "score_corpus: expected dev, test or seeds, got '$half'" >&2; exit 2 ;;
esac
mkdir -p target
out=target/corpus-$half.json
cargo run --quiet --release -p parallax-engine -- analyze "${texts[@]}" > "$out"
python3 ../shared/eval/score.py "$out" "$gold" "$@"
