#!/usr/bin/env bash
# spin.sh
#
# Rebuilds the spun corpus from corpus/clean/*.txt with `garblecheck spin`:
#   corpus/spun-20  rate 0.20, seed 20  (the FITTING set)
#   corpus/spun-35  rate 0.35, seed 35  (the TEST set: never fit on it)
# Output line i is the spun line i of the input; the script fails if any
# file's line count (or the set of files) differs from corpus/clean.
#
# Environment:
#   SKIP_BUILD=1  use the existing target/garblecheck.jar instead of building it
set -euo pipefail

prog=$(basename "$0")
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"

if [[ "${SKIP_BUILD:-}" != 1 ]]; then
    echo "$prog: building target/garblecheck.jar" >&2
    mvn -B -q -DskipTests package
fi
jar=target/garblecheck.jar
[[ -f "$jar" ]] || { echo "$prog: $jar not found; build it with: mvn -B -q -DskipTests package" >&2; exit 1; }

# spin_set RATE SEED DIR: spins corpus/clean into DIR (replaced only when complete and aligned)
spin_set() {
    local rate=$1 seed=$2 dir=$3 tmp f name n_in n_out bad=0
    tmp="$dir.tmp"
    rm -rf "$tmp"
    java -jar "$jar" spin --rate "$rate" --seed "$seed" corpus/clean -o "$tmp"
    for f in corpus/clean/*.txt; do
        name=$(basename "$f")
        if [[ ! -f "$tmp/$name" ]]; then
            echo "$prog: $dir: missing $name" >&2; bad=1; continue
        fi
        n_in=$(wc -l < "$f")
        n_out=$(wc -l < "$tmp/$name")
        if [[ "$n_in" != "$n_out" ]]; then
            echo "$prog: $dir/$name: $n_out lines, input has $n_in" >&2; bad=1
        fi
    done
    if [[ $bad -ne 0 ]]; then
        echo "$prog: $dir not replaced; the new output is left in $tmp" >&2
        exit 1
    fi
    rm -rf "$dir"
    mv "$tmp" "$dir"
    echo "$prog: $dir: $(ls "$dir" | wc -l) files, line counts match corpus/clean" >&2
}

spin_set 0.20 20 corpus/spun-20
spin_set 0.35 35 corpus/spun-35
