#!/usr/bin/env python3
"""Translation slips for the fit split: a few sentences of each clean article damaged the way a round trip
through a distant language damages them, one slip each.

Usage:
  corpus/scripts/slips.py [--count 3] [--seed 3] [--out corpus/slips-3] [CORPUS_DIR]

For every corpus/clean/NAME.txt, COUNT paragraphs (not the headline) get one slip each, of a kind drawn at
random among those the paragraph allows:
  person   a third-person pronoun outside quotation marks turned into the first person (he/she -> I,
           his/her -> my, they -> we, their -> our)
  subject  a sentence-initial subject pronoun dropped ("He said ..." -> "Said ...")
  strand   a sentence cut after a preposition, its object lost ("... to the far post." -> "... to.")
  name     one later mention of a name the article uses twice or more respelt by one letter (a vowel
           changed, a consonant doubled or undoubled, two inner letters swapped)
  lower    one later mention of such a name in lower case
  glue     a long word with a letter glued on or its last letter cut off
Apertium's round trips make few of these (it keeps names and persons), real round trips through Japanese or
Chinese make many; they are the slips the brief names. The hand-made test set was written separately and is
never read here.

Deterministic: Python's random.Random(f"{SEED}:{NAME}") decides. Only the standard library is used.
"""
import argparse
import collections
import os
import random
import re
import sys

from versionset import write_set

PERSON = {"he": "I", "she": "I", "He": "I", "She": "I", "his": "my", "His": "My", "her": "my", "Her": "My",
          "they": "we", "They": "We", "their": "our", "Their": "Our"}
PREPOSITIONS = ("to", "of", "with", "about", "for", "on", "in", "from", "at", "by")
VOWELS = "aeiou"


def outside_quotes(line, pos):
    before = line[:pos]
    return before.count('"') % 2 == 0 and before.count("\u201c") <= before.count("\u201d")


def sentences(line):
    """(start, end) of each sentence: ends after . ! ? followed by a space and a capital or the line end."""
    out, start = [], 0
    for m in re.finditer(r'[.!?]["\u201d]?(?= [A-Z"\u201c]|$)', line):
        out.append((start, m.end()))
        start = m.end() + 1
    return out


def person(line, rng):
    sites = [m for m in re.finditer(r"\b(" + "|".join(PERSON) + r")\b", line) if outside_quotes(line, m.start())]
    if not sites:
        return None
    m = rng.choice(sites)
    return line[:m.start()] + PERSON[m.group(1)] + line[m.end():]


def subject(line, rng):
    sites = []
    for s, e in sentences(line):
        m = re.match(r"(He|She|They|It) ([a-z]+)", line[s:e])
        if m and outside_quotes(line, s) and not line[s:e].startswith('"'):
            sites.append((s, m))
    if not sites:
        return None
    s, m = rng.choice(sites)
    verb = m.group(2)
    return line[:s] + verb[0].upper() + verb[1:] + line[s + m.end():]


def strand(line, rng):
    sites = []
    for s, e in sentences(line):
        sent = line[s:e]
        if not sent.endswith(".") or '"' in sent or "\u201c" in sent:
            continue
        words = list(re.finditer(r"\S+", sent))
        for k in range(5, len(words) - 1):
            w = words[k].group(0)
            tail = words[k + 1:]
            if w in PREPOSITIONS and 1 <= len(tail) <= 4 and all(re.fullmatch(r"[\w'-]+\.?", t.group(0)) for t in tail):
                sites.append((s, e, s + words[k].end()))
    if not sites:
        return None
    s, e, cut = rng.choice(sites)
    return line[:cut] + "." + line[e:]


def names(lines):
    """Capitalised words of five letters or more used mid-sentence at least twice in the article."""
    count = collections.Counter()
    for line in lines[1:]:
        for m in re.finditer(r"(?<=[a-z,] )([A-Z][a-z]{4,})\b", line):
            count[m.group(1)] += 1
    return {w for w, c in count.items() if c >= 2}


def respell(word, rng):
    edits = []
    for i in range(1, len(word) - 1):
        c = word[i]
        if c in VOWELS:
            for v in VOWELS:
                if v != c:
                    edits.append(word[:i] + v + word[i + 1:])
        elif word[i + 1] == c:
            edits.append(word[:i] + word[i + 1:])
        elif c.isalpha():
            edits.append(word[:i] + c + word[i:])
        if i + 2 < len(word) and word[i] != word[i + 1]:
            edits.append(word[:i] + word[i + 1] + word[i] + word[i + 2:])
    return rng.choice(edits) if edits else None


def glue(line, rng):
    sites = [m for m in re.finditer(r"\b[a-z]{8,}\b", line)]
    if not sites:
        return None
    m = rng.choice(sites)
    w = m.group(0)
    w = w + rng.choice("aeo") if rng.random() < 0.5 else w[:-1]
    return line[:m.start()] + w + line[m.end():]


def slip_article(name, lines, count, seed):
    rng = random.Random(f"{seed}:{name}")
    known = names(lines)
    first_seen = {}
    for i, line in enumerate(lines):
        for m in re.finditer(r"(?<=[a-z,] )([A-Z][a-z]{4,})\b", line):
            first_seen.setdefault(m.group(1), i)
    out = list(lines)
    body = list(range(1, len(lines)))
    rng.shuffle(body)
    done = 0
    for i in body:
        if done == count:
            break
        line = lines[i]
        later = {w for w in known if first_seen.get(w, i) < i}
        options = []
        for kind in ("person", "subject", "strand", "name", "lower", "glue"):
            if kind == "person":
                new = person(line, rng)
            elif kind == "subject":
                new = subject(line, rng)
            elif kind == "strand":
                new = strand(line, rng)
            elif kind in ("name", "lower"):
                ms = [m for m in re.finditer(r"(?<=[a-z,] )([A-Z][a-z]{4,})\b", line) if m.group(1) in later]
                new = None
                if ms:
                    m = rng.choice(ms)
                    w = respell(m.group(1), rng) if kind == "name" else m.group(1).lower()
                    new = None if w is None else line[:m.start()] + w + line[m.end():]
            else:
                new = glue(line, rng)
            if new is not None and new != line:
                options.append(new)
        if options:
            out[i] = rng.choice(options)
            done += 1
    return out


def main(argv):
    p = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    p.add_argument("corpus", nargs="?", default=os.path.join(os.path.dirname(__file__), ".."))
    p.add_argument("--count", type=int, default=3)
    p.add_argument("--seed", type=int, default=3)
    p.add_argument("--out", default=None, help="output directory (default CORPUS/slips-<count>)")
    a = p.parse_args(argv[1:])
    if a.count < 1:
        print(f"slips.py: --count must be at least 1, got {a.count}", file=sys.stderr)
        return 2
    corpus = os.path.normpath(a.corpus)
    out_dir = a.out or os.path.join(corpus, f"slips-{a.count}")
    return write_set("slips.py", corpus, out_dir, lambda name, lines: slip_article(name, lines, a.count, a.seed))

if __name__ == "__main__":
    sys.exit(main(sys.argv))
