#!/usr/bin/env python3
"""draw-sentences.py SOTU_DATA_DIR EUROPARL_EN_TXT COUNT FLUENT_OUT_DIR [REST_OUT_DIR]

Draws the training sentences of the sentence models (MT_WORDING, SPIN_WORDING) from the State of the Union
addresses and the English lines of Europarl: every sentence of 6-50 words, shuffled with a fixed seed, the
first COUNT of them, written 200 per file to FLUENT_OUT_DIR (t000.txt, t001.txt, ...).

With REST_OUT_DIR it also writes the text the language model is built from: the same sources with every
drawn sentence left out (one sentence per line, sotu/ and europarl/ folders). The sentence models are trained
on n-gram figures of their sentences; if the language model had counted those very sentences, fluent
training sentences would look far more fluent than any new text does (6.1 against 9.5 bits per word), and
the models would learn that in-sample difference instead of what translation and spinning change.
Used by build-wording.sh (fluent sentences) and build-lm.sh (the rest); both draw the same sentences.
"""
import os
import random
import re
import sys

SPLIT = re.compile(r'(?<=[.!?])\s+(?=[A-Z"])')


def sotu_sentences(data):
    """Per file (.txt and .json alike, as the draw has always read them), (sentence, candidate?) in order."""
    out = []
    for name in sorted(os.listdir(data)):
        text = re.sub(r'\s+', ' ', open(os.path.join(data, name), encoding='utf-8', errors='replace').read())
        # the test looks at the piece before stripping (a trailing space fails the last-character test)
        parts = [(s.strip(), 6 <= len(s.split()) <= 50 and s[-1:] in ('.', '!', '?')) for s in SPLIT.split(text)]
        out.append((name, [(s, ok) for s, ok in parts if s]))
    return out


def europarl_sentences(path):
    lines = []
    for line in open(path, encoding='utf-8'):
        parts = [(s.strip(), 6 <= len(s.split()) <= 50) for s in SPLIT.split(line.strip())]
        lines.append([(s, ok) for s, ok in parts if s])
    return lines


def main():
    data, europarl, count, fluent = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    rest = sys.argv[5] if len(sys.argv) > 5 else None
    sotu = sotu_sentences(data)
    euro = europarl_sentences(europarl)
    candidates = [s for _, parts in sotu for s, ok in parts if ok]
    candidates += [s for parts in euro for s, ok in parts if ok]
    random.seed(7)
    random.shuffle(candidates)
    drawn = candidates[:count]
    os.makedirs(fluent)
    for k in range(0, len(drawn), 200):
        with open(os.path.join(fluent, 't%03d.txt' % (k // 200)), 'w', encoding='utf-8') as f:
            f.write('\n'.join(drawn[k:k + 200]) + '\n')
    if rest is None:
        return
    left_out = set(drawn)
    kept = removed = 0
    os.makedirs(os.path.join(rest, 'sotu'))
    os.makedirs(os.path.join(rest, 'europarl'))
    for name, parts in sotu:
        if not name.endswith('.txt'):
            continue  # the package has each address twice, as .txt and .json; the model counts the .txt
        keep = [s for s, _ in parts if s not in left_out]
        removed += len(parts) - len(keep)
        kept += len(keep)
        with open(os.path.join(rest, 'sotu', name), 'w', encoding='utf-8') as f:
            f.write('\n'.join(keep) + '\n')
    with open(os.path.join(rest, 'europarl', 'europarl-en.txt'), 'w', encoding='utf-8') as f:
        for parts in euro:
            keep = [s for s, _ in parts if s not in left_out]
            removed += len(parts) - len(keep)
            kept += len(keep)
            if keep:
                f.write(' '.join(keep) + '\n')
    print('draw-sentences.py: %d sentences drawn; the language model text keeps %d sentences, leaves out %d'
          % (len(drawn), kept, removed), file=sys.stderr)


if __name__ == '__main__':
    main()
