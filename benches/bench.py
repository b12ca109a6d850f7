#!/usr/bin/env python3
"""End-to-end benchmark: bigsoc classify against a plain multi-pattern scan.

    python3 benches/bench.py [--quick] [--rounds N]

Builds the release binary, generates deterministic corpora with
benches/gen_corpus.py (from the project's own text), exports bigsoc's lexicon
terms as literal patterns, then times, alternating in one run:

- `rg -j1 -c -i -f PATTERNS` and `bigsoc classify -j1` over ~4,500 files
  (~50 MB) and over one ~50 MB file, and reports the median ratio;
- `bigsoc classify -j2` against `-j1` (scaling);
- peak RSS (from /usr/bin/time -v) for one 50 MB and one 250 MB file, and
  for the many-file corpus;
- start-up: `bigsoc classify` on one small file.

--quick uses ~10 MB corpora, a 50 MB big file and 3 rounds. Timings are
medians of wall-clock time with output sent to /dev/null. Needs ripgrep
(`apt-get install ripgrep`) and /usr/bin/time (`apt-get install time`).
This is a benchmark, not a test: it asserts nothing and CI does not run it.
"""
import argparse
import json
import os
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
WORK = os.path.join(ROOT, "target", "bench")
BIN = os.path.join(ROOT, "target", "release", "bigsoc")


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, **kw)


def wall(cmd):
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def startup(cmd):
    """Milliseconds to run `cmd` once: hyperfine's mean when it is installed
    (it has no process-spawning overhead of its own), else the median of
    timed Python subprocess runs, which adds about a millisecond."""
    if shutil.which("hyperfine"):
        with tempfile.NamedTemporaryFile(suffix=".json") as f:
            run(["hyperfine", "-N", "--warmup", "20", "--runs", "300", "--export-json", f.name,
                 "--style", "none", shlex.join(cmd)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            return json.load(open(f.name))["results"][0]["mean"] * 1000
    return statistics.median(wall(cmd) for _ in range(50)) * 1000


def peak_rss_kib(cmd):
    out = subprocess.run(["/usr/bin/time", "-v"] + cmd, check=True, stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE, text=True).stderr
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", out)
    return int(m.group(1)) if m else 0


def size_of(path):
    if os.path.isfile(path):
        return os.path.getsize(path)
    total = 0
    for dirpath, _, files in os.walk(path):
        for f in files:
            total += os.path.getsize(os.path.join(dirpath, f))
    return total


def corpus(kind, name, mb, files=None):
    """Generates a corpus once per parameter set."""
    path = os.path.join(WORK, name)
    stamp = path + ".stamp"
    want = f"{kind} {mb} {files}"
    if os.path.exists(stamp) and open(stamp).read() == want and os.path.exists(path):
        return path
    if os.path.isdir(path):
        shutil.rmtree(path)
    args = [sys.executable, os.path.join(HERE, "gen_corpus.py"), kind, path, "--mb", str(mb)]
    if files:
        args += ["--files", str(files)]
    run(args)
    open(stamp, "w").write(want)
    return path


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--rounds", type=int)
    args = ap.parse_args()
    mb, files, big, rounds = (10, 900, 50, 3) if args.quick else (50, 4500, 250, 7)
    rounds = args.rounds or rounds
    for tool in ("rg", "/usr/bin/time"):
        if not shutil.which(tool):
            sys.exit(f"bench.py: {tool} not found (apt-get install ripgrep time)")
    run(["cargo", "build", "--release", "--quiet"], cwd=ROOT)
    os.makedirs(WORK, exist_ok=True)
    many = corpus("many", f"many-{mb}", mb, files)
    one = corpus("one", f"one-{mb}.txt", mb)
    big_file = corpus("one", f"one-{big}.txt", big)
    patterns = os.path.join(WORK, "patterns.txt")
    with open(patterns, "w") as f:
        run([BIN, "lexicon", "export", "--patterns"], stdout=f)
    n_patterns = sum(1 for _ in open(patterns))
    print(f"machine: {os.cpu_count()} cores; {n_patterns} lexicon patterns; {rounds} rounds, medians")
    print(f"corpora: {files} files / {size_of(many) / 1e6:.1f} MB; one file {size_of(one) / 1e6:.1f} MB")
    print()
    print(f"{'corpus':<10} {'command':<28} {'MB/s':>8} {'paras/s':>10} {'vs rg':>7}")
    for label, path in (("many", many), ("one", one)):
        mbytes = size_of(path) / 1e6
        paras = int(subprocess.run(f"{BIN} classify --flat -j2 {path} | wc -l", shell=True,
                                   check=True, capture_output=True, text=True).stdout)
        rg, b1, b2 = [], [], []
        for _ in range(rounds):
            rg.append(wall(["rg", "-j1", "-c", "-i", "-f", patterns, path]))
            b1.append(wall([BIN, "classify", "-j1", path]))
            b2.append(wall([BIN, "classify", "-j2", path]))
        t_rg, t1, t2 = statistics.median(rg), statistics.median(b1), statistics.median(b2)
        ratios = [r / b for r, b in zip(rg, b1)]
        print(f"{label:<10} {'rg -j1 -c -i -f patterns':<28} {mbytes / t_rg:>8.1f} {'':>10} {'1.00':>7}")
        print(f"{label:<10} {'bigsoc classify -j1':<28} {mbytes / t1:>8.1f} {paras / t1:>10.0f} "
              f"{statistics.median(ratios):>7.2f}")
        print(f"{label:<10} {'bigsoc classify -j2':<28} {mbytes / t2:>8.1f} {paras / t2:>10.0f} "
              f"{t_rg / t2:>7.2f}   scaling x{t1 / t2:.2f}")
    print()
    small = os.path.join(ROOT, "tests", "fixtures", "articles", "library_closures.txt")
    start, floor = startup([BIN, "classify", small]), startup([BIN, "--version"])
    print(f"start-up: classify one small file in {start:.1f} ms; bigsoc --version {floor:.1f} ms "
          f"({'hyperfine -N, mean' if shutil.which('hyperfine') else 'median of Python subprocess runs'})")
    r_one = peak_rss_kib([BIN, "classify", "-j1", one])
    r_big = peak_rss_kib([BIN, "classify", "-j1", big_file])
    r_many = peak_rss_kib([BIN, "classify", "-j2", many])
    print(f"peak RSS: one {size_of(one) / 1e6:.0f} MB file {r_one / 1024:.1f} MiB; "
          f"one {size_of(big_file) / 1e6:.0f} MB file {r_big / 1024:.1f} MiB (x{r_big / max(r_one, 1):.2f}); "
          f"{files} files {r_many / 1024:.1f} MiB")


if __name__ == "__main__":
    main()
