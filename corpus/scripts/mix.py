#!/usr/bin/env python3
"""Light damage for the article model: clean articles with some paragraphs swapped for damaged ones.

Usage:
  corpus/scripts/mix.py [--rate 0.3] [--seed 30] [--out corpus/mixed-30] [CORPUS_DIR]

For every corpus/clean/NAME.txt, each line (the headline and every paragraph) is independently replaced,
with probability RATE, by the same line of corpus/roundtrip-es/NAME.txt or corpus/spun-20/NAME.txt (one of
the two at even odds): a scraper that rewrote part of a story. Both sources are fit-split generators, so
the mixed set adds no new damage, only lighter doses of it. An article in which no line would change gets
one line, the first that differs, from the round trip. Output line i is line i of the clean file or of a
damaged copy, so `garblecheck manifest` finds the changed lines by comparison as for any other version.

Deterministic: Python's random.Random(f"{SEED}:{NAME}") decides, whatever the platform.
Only the standard library is used.
"""
import argparse
import os
import random
import sys

from versionset import read_lines, write_set

SOURCES = ("roundtrip-es", "spun-20")


def mix(name, clean, damaged, rate, seed):
    rng = random.Random(f"{seed}:{name}")
    out = []
    for i, line in enumerate(clean):
        pick = rng.random() < rate
        source = rng.randrange(len(damaged))
        out.append(damaged[source][i] if pick else line)
    if out == clean:
        for i, line in enumerate(clean):
            if damaged[0][i] != line:
                out[i] = damaged[0][i]
                break
    return out


def main(argv):
    p = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    p.add_argument("corpus", nargs="?", default=os.path.join(os.path.dirname(__file__), ".."))
    p.add_argument("--rate", type=float, default=0.3)
    p.add_argument("--seed", type=int, default=30)
    p.add_argument("--out", default=None, help="output directory (default CORPUS/mixed-<rate*100>)")
    a = p.parse_args(argv[1:])
    if not 0 < a.rate <= 1:
        print(f"mix.py: --rate must be in (0, 1], got {a.rate}", file=sys.stderr)
        return 2
    corpus = os.path.normpath(a.corpus)
    out_dir = a.out or os.path.join(corpus, f"mixed-{round(a.rate * 100)}")

    def make(name, clean):
        damaged = [read_lines(os.path.join(corpus, s, name)) for s in SOURCES]
        for s, d in zip(SOURCES, damaged):
            if len(d) != len(clean):
                raise ValueError(f"{s}/{name} has {len(d)} lines, clean has {len(clean)}")
        return mix(name, clean, damaged, a.rate, a.seed)

    return write_set("mix.py", corpus, out_dir, make)

if __name__ == "__main__":
    sys.exit(main(sys.argv))
