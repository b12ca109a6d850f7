#!/usr/bin/env python3
"""Deterministic benchmark corpora for bigsoc, built only from the project's
own text (tests/fixtures/articles and the tuning part of tests/gold), never
from the development corpus.

    gen_corpus.py many OUTDIR [--mb 50] [--files 4500] [--seed 1]
    gen_corpus.py one OUTFILE [--mb 50] [--seed 1]

`many` writes about --files documents adding up to about --mb megabytes;
`one` writes a single document of about --mb megabytes. The same arguments
always give byte-identical output.
"""
import argparse
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SOURCES = [
    os.path.join(ROOT, "tests", "fixtures", "articles"),
    os.path.join(ROOT, "tests", "gold", "tune", "docs"),
]


def paragraphs():
    """Every paragraph of the project's own articles, in a stable order."""
    pool = []
    for folder in SOURCES:
        for name in sorted(os.listdir(folder)):
            if not name.endswith(".txt"):
                continue
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                text = f.read()
            block = []
            for line in text.split("\n"):
                if line.strip():
                    block.append(line)
                elif block:
                    pool.append("\n".join(block).strip())
                    block = []
            if block:
                pool.append("\n".join(block).strip())
    if not pool:
        sys.exit("gen_corpus.py: no source paragraphs found")
    return pool


def document(rng, pool, size):
    """Paragraphs drawn from the pool until the document reaches `size` bytes."""
    out = []
    total = 0
    while total < size:
        p = rng.choice(pool)
        out.append(p)
        total += len(p.encode("utf-8")) + 2
    return "\n\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mode", choices=["many", "one"])
    ap.add_argument("out")
    ap.add_argument("--mb", type=float, default=50.0)
    ap.add_argument("--files", type=int, default=4500)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    pool = paragraphs()
    target = int(args.mb * 1024 * 1024)
    if args.mode == "one":
        os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
        with open(args.out, "w", encoding="utf-8", newline="\n") as f:
            written = 0
            while written < target:
                chunk = document(rng, pool, min(1 << 20, target - written))
                f.write(chunk + "\n")
                written += len(chunk.encode("utf-8")) + 1
        return
    os.makedirs(args.out, exist_ok=True)
    per_file = max(1, target // args.files)
    for i in range(args.files):
        # Vary sizes around the mean so the pool sees uneven work.
        size = int(per_file * rng.uniform(0.3, 1.7))
        with open(os.path.join(args.out, f"doc{i:05d}.txt"), "w", encoding="utf-8", newline="\n") as f:
            f.write(document(rng, pool, size))


if __name__ == "__main__":
    main()
