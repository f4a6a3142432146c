#!/usr/bin/env python3
"""Findings of each rule per 1,000 sentences, per labelled set of articles.

Usage:
  garblecheck score --format jsonl -o all.jsonl DIR1 DIR2 ...
  corpus/scripts/rule-rates.py all.jsonl LABEL=PATH_PREFIX [LABEL=PATH_PREFIX ...] [--rules PREFIX,...]

Each article of the report belongs to the first set whose PATH_PREFIX starts its "source". Rules are
sorted by their rate on the first set (usually the clean text). Only the standard library is used.
"""
import collections
import json
import sys


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    report = argv[1]
    sets, prefixes = [], []
    rules_filter = None
    for arg in argv[2:]:
        if arg.startswith("--rules="):
            rules_filter = tuple(arg[len("--rules="):].split(","))
        elif "=" in arg:
            label, prefix = arg.split("=", 1)
            sets.append(label)
            prefixes.append(prefix)
        else:
            print("not LABEL=PATH_PREFIX: " + arg, file=sys.stderr)
            return 2
    sentences = collections.Counter()
    counts = collections.defaultdict(collections.Counter)
    with open(report, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if "sentences" not in d:
                continue
            label = next((s for s, p in zip(sets, prefixes) if d["source"].startswith(p)), None)
            if label is None:
                continue
            sentences[label] += d["sentenceCount"]
            for x in d["findings"]:
                counts[x["rule"]][label] += 1
    rules = [r for r in counts if rules_filter is None or r.startswith(rules_filter)]
    rules.sort(key=lambda r: (-counts[r][sets[0]] / max(1, sentences[sets[0]]), r))
    width = max([len(r) for r in rules] + [10])
    print("per 1,000 sentences".ljust(width) + "".join(s.rjust(12) for s in sets))
    print("sentences".ljust(width) + "".join(str(sentences[s]).rjust(12) for s in sets))
    for r in rules:
        print(r.ljust(width) + "".join(
            ("%.2f" % (1000.0 * counts[r][s] / max(1, sentences[s]))).rjust(12) for s in sets))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
