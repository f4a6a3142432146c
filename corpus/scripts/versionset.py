"""Shared by the scripts that derive a set of damaged versions from corpus/clean (mix.py, slips.py).

A set is written to OUT.tmp and moves to OUT only when every file is written, so a failed run never leaves
a half-made set behind. Only the standard library is used.
"""
import os
import shutil
import sys


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        return f.read().splitlines()


def clean_names(corpus):
    """The article files of CORPUS/clean, sorted."""
    return sorted(n for n in os.listdir(os.path.join(corpus, "clean")) if n.endswith(".txt"))


def write_set(prog, corpus, out_dir, make):
    """Writes make(name, clean_lines) for every clean article to out_dir; make raises ValueError to stop."""
    names = clean_names(corpus)
    tmp = out_dir + ".tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    os.makedirs(tmp)
    try:
        for name in names:
            lines = make(name, read_lines(os.path.join(corpus, "clean", name)))
            with open(os.path.join(tmp, name), "w", encoding="utf-8") as f:
                f.write("\n".join(lines) + "\n")
    except ValueError as e:
        shutil.rmtree(tmp, ignore_errors=True)
        print(f"{prog}: {e}", file=sys.stderr)
        return 1
    shutil.rmtree(out_dir, ignore_errors=True)
    os.rename(tmp, out_dir)
    print(f"{prog}: {len(names)} articles -> {out_dir}", file=sys.stderr)
    return 0
