#!/usr/bin/env bash
# roundtrip.sh PAIR SRC_DIR OUT_DIR
#
# Machine-translation round trip English -> PAIR -> English with Apertium,
# one output file per SRC_DIR/*.txt, written to OUT_DIR/<same name>.
#
#   PAIR  es   (Apertium modes eng-spa,     spa-eng)
#         gl   (Apertium modes en-gl,       gl-en)
#         eo   (Apertium modes en-eo,       eo-en: Esperanto, which drops English articles)
#         hbs  (Apertium modes eng-hbs_HR,  hbs-eng: Croatian, no articles, drops subjects)
#
# Input format: UTF-8 text, line 1 = headline, then one paragraph per line,
# no empty lines. Output line i is the round trip of input line i; the
# script fails if a file's output line count differs from its input.
#
# Environment:
#   JOBS  number of files translated in parallel (default: nproc, max 4)
set -euo pipefail

prog=$(basename "$0")

usage() {
    echo "usage: $prog PAIR SRC_DIR OUT_DIR   (PAIR: es | gl | eo | hbs)" >&2
    exit 2
}

[[ $# -eq 3 ]] || usage
pair=$1 src_dir=$2 out_dir=$3

case "$pair" in
    es) fwd=eng-spa back=spa-eng pkg=apertium-eng-spa ;;
    gl) fwd=en-gl   back=gl-en   pkg=apertium-en-gl ;;
    eo) fwd=en-eo   back=eo-en   pkg=apertium-eo-en ;;
    hbs) fwd=eng-hbs_HR back=hbs-eng pkg=apertium-hbs-eng ;;
    *)  echo "$prog: unknown PAIR '$pair' (expected es, gl, eo or hbs)" >&2; usage ;;
esac

if ! command -v apertium >/dev/null 2>&1; then
    cat >&2 <<EOF
$prog: 'apertium' not found.
Install it (Debian/Ubuntu) with:
    sudo apt-get update
    sudo apt-get install -y apertium apertium-eng-spa apertium-en-gl apertium-eo-en apertium-hbs-eng
EOF
    exit 1
fi

modes=$(apertium -l 2>/dev/null || true)
for m in "$fwd" "$back"; do
    if ! grep -qx "[[:space:]]*$m" <<<"$modes"; then
        echo "$prog: apertium mode '$m' not installed; run: sudo apt-get install -y $pkg" >&2
        exit 1
    fi
done

[[ -d "$src_dir" ]] || { echo "$prog: SRC_DIR '$src_dir' is not a directory" >&2; exit 1; }
mkdir -p "$out_dir"

shopt -s nullglob
files=("$src_dir"/*.txt)
shopt -u nullglob
[[ ${#files[@]} -gt 0 ]] || { echo "$prog: no *.txt files in '$src_dir'" >&2; exit 1; }

jobs=${JOBS:-$(nproc 2>/dev/null || echo 2)}
(( jobs > 4 )) && jobs=4
(( jobs < 1 )) && jobs=1

# Round-trip one file. Each input line is followed by an empty line so that
# the empty lines act as paragraph separators through both Apertium passes;
# afterwards the text between separators is re-joined into one line
# (Apertium may occasionally break a line inside a paragraph). If Apertium
# merged two paragraphs, the line count check catches it and the file fails.
roundtrip_one() {
    local in=$1 name out tmp n_in n_out t0 t1
    name=$(basename "$in")
    out="$RT_OUT_DIR/$name"
    tmp=$(mktemp "$RT_OUT_DIR/.${name}.XXXXXX")
    t0=$(date +%s.%N)

    # input validation: no empty / whitespace-only lines
    if LC_ALL=C awk '{ sub(/\r$/, "") } /^[[:space:]]*$/ { bad = NR; exit } END { exit bad ? 0 : 1 }' "$in"; then
        echo "[$RT_PAIR] FAIL $name: input contains an empty line" >&2
        rm -f "$tmp"; return 1
    fi
    n_in=$(LC_ALL=C awk 'END { print NR }' "$in")

    if ! LC_ALL=C awk '{ sub(/\r$/, ""); print; print "" }' "$in" \
        | apertium -u "$RT_FWD" \
        | apertium -u "$RT_BACK" \
        | LC_ALL=C sed 's/^[[:space:]]*$//' \
        | LC_ALL=C awk -v origfile="$in" '
            # Strip Apertium marks left in the output: "*" / "#" / "@" at the
            # start of a word (unknown word / generation / transfer error) and
            # "#" glued to the end of a word (unresolved multiword, "move# away").
            # A token that occurs verbatim in the original line (#hashtag,
            # C#, @user, "*" footnotes) is kept; e-mail "@" is never word-initial.
            function strip_marks(s, orig,   w, n, i, t, out, lead, tail) {
                n = split(s, w, / /)
                out = ""
                for (i = 1; i <= n; i++) {
                    t = w[i]
                    if (t ~ /[*#@]/ && index(orig, t) == 0) {
                        # leading: optional opening punctuation, then marks
                        if (match(t, /^[^[:alnum:]*#@\200-\377]*[*#@]+/)) {
                            lead = substr(t, 1, RLENGTH)
                            gsub(/[*#@]/, "", lead)
                            t = lead substr(t, RLENGTH + 1)
                        }
                        # trailing: word character, "#", optional closing punctuation
                        while (match(t, /[^[:space:][:punct:]]#+[^[:alnum:]\200-\377]*$/)) {
                            tail = substr(t, RSTART + 1)
                            sub(/^#+/, "", tail)
                            t = substr(t, 1, RSTART) tail
                        }
                    }
                    out = out (i > 1 ? " " : "") t
                }
                return out
            }
            BEGIN {
                while ((getline line < origfile) > 0) { sub(/\r$/, "", line); orig[++n_orig] = line }
                close(origfile)
                RS = ""   # paragraph mode: records are separated by empty lines
            }
            {
                gsub(/\n/, " ")
                gsub(/[ \t]+/, " ")
                sub(/^ /, ""); sub(/ $/, "")
                $0 = strip_marks($0, orig[NR])
                gsub(/  +/, " "); sub(/^ /, ""); sub(/ $/, "")
                if ($0 == "") { printf "empty output paragraph %d\n", NR > "/dev/stderr"; err = 1 }
                print
            }
            END { exit err }' > "$tmp"; then
        echo "[$RT_PAIR] FAIL $name: translation pipeline failed" >&2
        rm -f "$tmp"; return 1
    fi

    n_out=$(LC_ALL=C awk 'END { print NR }' "$tmp")
    if [[ "$n_in" != "$n_out" ]]; then
        echo "[$RT_PAIR] FAIL $name: line count mismatch (input $n_in, output $n_out)" >&2
        mv -f "$tmp" "$out.misaligned"
        return 1
    fi
    mv -f "$tmp" "$out"
    rm -f "$out.misaligned"
    t1=$(date +%s.%N)
    LC_ALL=C printf '[%s] ok %s (%d lines, %.1fs)\n' "$RT_PAIR" "$name" "$n_in" \
        "$(LC_ALL=C awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')" >&2
}
export -f roundtrip_one
export RT_PAIR=$pair RT_FWD=$fwd RT_BACK=$back RT_OUT_DIR=$out_dir

echo "[$pair] round-tripping ${#files[@]} files ($fwd | $back) with $jobs jobs -> $out_dir" >&2
start=$SECONDS
status=0
printf '%s\0' "${files[@]}" \
    | xargs -0 -n 1 -P "$jobs" bash -c 'roundtrip_one "$1"' _ || status=$?

if [[ $status -ne 0 ]]; then
    failed=$(cd "$out_dir" && ls -1 -- *.misaligned 2>/dev/null | wc -l || true)
    echo "[$pair] ERROR: one or more files failed (see FAIL lines above; $failed *.misaligned outputs kept in $out_dir)" >&2
    exit 1
fi
echo "[$pair] done: ${#files[@]} files in $((SECONDS - start))s" >&2
