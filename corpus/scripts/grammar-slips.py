#!/usr/bin/env python3
"""Grammatical slips for training GRAMMAR_WORDING: a copy of a folder of fluent sentences (one per line,
.txt files) where each line gets one or two small errors of the kinds machine translation from a distant
language and careless rewriting make in English: the classic error types of grammatical error detection.

Usage:
  corpus/scripts/grammar-slips.py [--seed 7] IN_DIR OUT_DIR          training copies (build-wording.sh grammar)
  corpus/scripts/grammar-slips.py --articles [--count 3] [--seed 3]   corpus/grammar-3 from corpus/clean

With --articles, COUNT paragraphs (not the headline) of every corpus/clean article get one slip each
instead, written to corpus/grammar-COUNT (the fit split's grammar slips, as slips.py writes slips-3).

Each line gets one slip (two with probability 0.35), of a kind drawn at random among those the line allows:
  det-drop    an article dropped ("at a crossing" -> "at crossing")
  det-add     "the" put before a noun phrase after a preposition ("in June" -> "in the June")
  det-swap    "a"/"an" and "the" exchanged
  prep-swap   a preposition replaced by another one
  prep-add    a preposition put between a word and the determiner or pronoun after it ("praised its" ->
              "praised about its")
  prep-drop   a preposition dropped
  agree       a form of be, have or do of the wrong number ("parties is", "there are weakness")
  modal       a verb after a modal given the -s of the third person ("will connects")
  number      a noun's plural lost after a plural determiner, or given after "a"/"one"
  order       two adjacent lower-case words exchanged
  possessive  "X's Y" -> "X Y" or "the Y of X"
  comparative "harder than" -> "more hard than"
  adverb      an -ly adverb before a verb or adjective losing its -ly ("independently verified")
A line where no slip applies is copied unchanged (the trainer skips unchanged lines). Lines stay aligned,
so build-wording can pair them with the fluent ones.

The kinds come from the error typologies of grammatical error detection (article, preposition, agreement,
verb form, noun number, word order, word form); none is drawn from the corpus's hand-made set, which is
never read here. Deterministic: random.Random(f"{SEED}:{FILE}") decides. Only the standard library is used.
"""
import argparse
import os
import random
import re
import shutil
import sys

PREPOSITIONS = ("in", "on", "at", "of", "for", "to", "with", "from", "by", "about", "into", "over", "under",
                "between", "through", "during", "against", "among", "toward", "towards", "after", "before")
SWAP_PREPOSITIONS = ("in", "on", "at", "of", "for", "to", "with", "from", "by", "about", "into")
DETERMINERS = ("the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my",
               "your", "some", "any", "no", "every", "each", "all", "both", "many", "much", "several")
AGREE = {"is": "are", "are": "is", "was": "were", "were": "was", "has": "have", "have": "has", "does": "do",
         "do": "does"}
MODALS = ("will", "would", "can", "could", "may", "might", "must", "should", "shall")
PLURAL_DETS = ("these", "those", "many", "several", "two", "three", "four", "five", "few", "both")
SINGULAR_DETS = ("a", "an", "one", "this", "every", "each")
# closed-class words that a slip must not treat as nouns, verbs or adjectives
FUNCTION = set(PREPOSITIONS) | set(DETERMINERS) | set(AGREE) | set(MODALS) | {
    "and", "or", "but", "not", "so", "as", "than", "then", "if", "when", "while", "because", "who", "which",
    "whom", "whose", "what", "where", "how", "why", "it", "he", "she", "they", "we", "i", "you", "him", "them",
    "us", "me", "there", "here", "also", "only", "very", "more", "most", "be", "been", "being", "had", "did",
    "yes", "thus", "less", "least", "other", "such", "own", "same", "up", "out", "off", "down", "just"}


def tokens(line):
    return [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"\S+", line)]


def bare(tok):
    """The word of a token without punctuation around it, or None."""
    m = re.fullmatch(r"[\"'(\u201c]?([A-Za-z][A-Za-z'-]*)[.,;:!?\"')\u201d]*", tok)
    return m.group(1) if m else None


def replace(line, start, end, text):
    return line[:start] + text + line[end:]


def plain(tok):
    """True for a lower-case word with no punctuation attached."""
    return re.fullmatch(r"[a-z]+", tok) is not None


def det_drop(line, toks, rng):
    sites = [t for k, t in enumerate(toks) if k > 0 and t[2] in ("the", "a", "an") and k + 1 < len(toks)]
    if not sites:
        return None
    s, e, _ = rng.choice(sites)
    return line[:s] + line[e + 1:]


def det_add(line, toks, rng):
    sites = []
    for k in range(len(toks) - 1):
        p, n = toks[k][2], bare(toks[k + 1][2])
        if p in PREPOSITIONS and n and n.lower() not in FUNCTION and not toks[k + 1][2][0].isdigit():
            sites.append(toks[k + 1])
    if not sites:
        return None
    s, _, _ = rng.choice(sites)
    return line[:s] + "the " + line[s:]


def det_swap(line, toks, rng):
    sites = [t for k, t in enumerate(toks) if t[2] in ("the", "a", "an") and k + 1 < len(toks)
             and plain(toks[k + 1][2])]
    if not sites:
        return None
    s, e, w = rng.choice(sites)
    if w == "the":
        k = [t[0] for t in toks].index(s)
        nxt = toks[k + 1][2]
        return replace(line, s, e, "an" if nxt[0] in "aeiou" else "a")
    return replace(line, s, e, "the")


def prep_swap(line, toks, rng):
    sites = [t for k, t in enumerate(toks) if t[2] in SWAP_PREPOSITIONS and 0 < k < len(toks) - 1]
    if not sites:
        return None
    s, e, w = rng.choice(sites)
    return replace(line, s, e, rng.choice([p for p in SWAP_PREPOSITIONS if p != w]))


def prep_add(line, toks, rng):
    sites = []
    for k in range(1, len(toks) - 1):
        p, n = toks[k][2], toks[k + 1][2]
        if plain(p) and p not in FUNCTION and n in ("the", "a", "an", "his", "her", "its", "their", "our"):
            sites.append(toks[k + 1])
    if not sites:
        return None
    s, _, _ = rng.choice(sites)
    return line[:s] + rng.choice(SWAP_PREPOSITIONS) + " " + line[s:]


def prep_drop(line, toks, rng):
    sites = [t for k, t in enumerate(toks) if t[2] in SWAP_PREPOSITIONS and 0 < k < len(toks) - 1]
    if not sites:
        return None
    s, e, _ = rng.choice(sites)
    return line[:s] + line[e + 1:]


def agree(line, toks, rng):
    sites = [t for t in toks if t[2] in AGREE]
    if not sites:
        return None
    s, e, w = rng.choice(sites)
    return replace(line, s, e, AGREE[w])


def modal(line, toks, rng):
    sites = []
    for k in range(len(toks) - 1):
        n = toks[k + 1][2]
        if toks[k][2] in MODALS and plain(n) and n not in FUNCTION and not n.endswith("s") and len(n) > 2:
            sites.append(toks[k + 1])
    if not sites:
        return None
    s, e, w = rng.choice(sites)
    third = w + "es" if re.search(r"(s|sh|ch|x|o)$", w) else w[:-1] + "ies" if re.search(r"[^aeiou]y$", w) \
        else w + "s"
    return replace(line, s, e, third)


def number(line, toks, rng):
    sites = []
    for k in range(len(toks) - 1):
        d, n = toks[k][2].lower(), bare(toks[k + 1][2])
        if not n or not n.islower() or n in FUNCTION or len(n) < 4:
            continue
        if d in PLURAL_DETS and n.endswith("s") and not n.endswith("ss"):
            sites.append((toks[k + 1][0], n, n[:-1]))
        elif d in SINGULAR_DETS and not n.endswith("s") and not n.endswith("ly"):
            sites.append((toks[k + 1][0], n, n + "s"))
    if not sites:
        return None
    s, old, new = rng.choice(sites)
    at = line.index(old, s)
    return replace(line, at, at + len(old), new)


def order(line, toks, rng):
    sites = [k for k in range(1, len(toks) - 1) if plain(toks[k][2]) and plain(toks[k + 1][2])
             and toks[k][2] != toks[k + 1][2]]
    if not sites:
        return None
    k = rng.choice(sites)
    (start, _, a), (_, end, b) = toks[k], toks[k + 1]
    return line[:start] + b + " " + a + line[end:]


def possessive(line, toks, rng):
    sites = []
    for k in range(len(toks) - 1):
        m = re.fullmatch(r"([A-Z][A-Za-z-]+)'s", toks[k][2])
        if m and re.fullmatch(r"[a-z]+[.,]?", toks[k + 1][2]):
            sites.append((k, m.group(1)))
    if not sites:
        return None
    k, owner = rng.choice(sites)
    s, e = toks[k][0], toks[k][1]
    if rng.random() < 0.5:
        return replace(line, s, e, owner)
    noun = toks[k + 1][2]
    punct = noun[-1] if noun[-1] in ".," else ""
    noun = noun.rstrip(".,")
    return line[:s] + "the " + noun + " of " + owner + punct + line[toks[k + 1][1]:]


def comparative(line, toks, rng):
    sites = []
    for k in range(len(toks) - 1):
        w = toks[k][2]
        if toks[k + 1][2] == "than" and plain(w) and w.endswith("er") and len(w) > 4 and w not in ("other", "rather"):
            base = w[:-2]
            if len(base) > 2 and base[-1] == base[-2]:
                base = base[:-1]
            elif base.endswith("i"):
                base = base[:-1] + "y"
            sites.append((toks[k], base))
    if not sites:
        return None
    (s, e, _), base = rng.choice(sites)
    return replace(line, s, e, "more " + base)


def adverb(line, toks, rng):
    sites = [t for k, t in enumerate(toks) if k + 1 < len(toks) and plain(t[2]) and t[2].endswith("ly")
             and len(t[2]) > 6 and plain(toks[k + 1][2]) and toks[k + 1][2] not in FUNCTION
             and not t[2].endswith("ily")]
    if not sites:
        return None
    s, e, w = rng.choice(sites)
    return replace(line, s, e, w[:-2])


KINDS = (det_drop, det_add, det_swap, prep_swap, prep_add, prep_drop, agree, modal, number, order, possessive,
         comparative, adverb)


def slip(line, rng):
    options = []
    toks = tokens(line)
    for kind in KINDS:
        new = kind(line, toks, rng)
        if new is not None and new != line:
            options.append(new)
    return rng.choice(options) if options else line


def slip_line(line, rng):
    out = slip(line, rng)
    if out != line and rng.random() < 0.35:
        out = slip(out, rng)
    return out


def slip_article(name, lines, count, seed):
    rng = random.Random(f"{seed}:{name}")
    out = list(lines)
    body = [i for i in range(1, len(lines)) if lines[i].strip()]
    rng.shuffle(body)
    done = 0
    for i in body:
        if done == count:
            break
        new = slip(lines[i], rng)
        if new != lines[i]:
            out[i] = new
            done += 1
    return out


def main(argv):
    p = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    p.add_argument("src", nargs="?")
    p.add_argument("out", nargs="?")
    p.add_argument("--seed", type=int, default=None)
    p.add_argument("--articles", action="store_true", help="damage COUNT paragraphs of each corpus article")
    p.add_argument("--count", type=int, default=3)
    a = p.parse_args(argv[1:])
    if a.articles:
        from versionset import write_set
        corpus = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
        seed = 3 if a.seed is None else a.seed
        out_dir = os.path.join(corpus, f"grammar-{a.count}")
        return write_set("grammar-slips.py", corpus, out_dir, lambda name, lines: slip_article(name, lines, a.count, seed))
    if not a.src or not a.out:
        p.error("IN_DIR and OUT_DIR are required (or --articles)")
    if a.seed is None:
        a.seed = 7
    if not os.path.isdir(a.src):
        print(f"grammar-slips.py: {a.src}: not a folder", file=sys.stderr)
        return 2
    tmp = a.out.rstrip("/") + ".tmp"
    os.makedirs(tmp, exist_ok=True)
    for name in sorted(n for n in os.listdir(a.src) if n.endswith(".txt")):
        rng = random.Random(f"{a.seed}:{name}")
        with open(os.path.join(a.src, name), encoding="utf-8") as f:
            lines = f.read().splitlines()
        with open(os.path.join(tmp, name), "w", encoding="utf-8") as f:
            for line in lines:
                f.write(slip_line(line, rng) + "\n")
    shutil.rmtree(a.out, ignore_errors=True)
    os.rename(tmp, a.out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
