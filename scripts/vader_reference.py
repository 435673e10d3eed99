#!/usr/bin/env python3
"""Run the Python reference of VADER (PyPI vaderSentiment 3.3.2) for comparison with Byline.

Two modes:

  --input FILE [--repeat N]
        Speed. FILE holds one sentence per line, or is a TSV with a header whose first column
        is the text (detected by a tab in the first line; vader-parity.tsv is such a file).
        Blank lines are skipped. The analyzer is built, and the file read, before the clock
        starts; only the polarity_scores() calls are timed (time.perf_counter), on one core
        (the process is pinned to one CPU where the OS allows it). The sentences are scored
        N times over (default 1). Prints one JSON object:

          {"sentences": calls, "seconds": s, "sentences_per_second": calls / s,
           "input_sentences": n, "repeat": N, "best_pass_sentences_per_second": ...,
           "cpu": ..., "python": ..., "vaderSentiment": ...}

        where calls = n * N and s is the total time of the N passes.

  --pearson DIR
        Accuracy. For each *_GroundTruth.txt in DIR (default ../shared/data/vader: TSV of id,
        mean human rating -4..+4, text; CRLF line ends; read as UTF-8 with an optional BOM,
        split on the first two tabs only), scores every text and prints one JSON object per
        set: {"set", "n", "pearson_r", "seconds"}, where r is the Pearson correlation between
        VADER's compound score and the mean human rating (computed here, no SciPy). When
        DIR/vader_python_3.3.2_reference_scores.tsv.gz is present, the compound scores are
        also compared with it ("reference_mismatches": rows whose compound differs).

If the running Python lacks vaderSentiment, the script re-runs itself with
<repo>/.venv/bin/python (made by scripts/setup-peers.sh).
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import os
import platform
import sys
import time
from pathlib import Path

SCRIPT_DIR = Path(__file__).resolve().parent
REPO_ROOT = SCRIPT_DIR.parent
VENV_PYTHON = REPO_ROOT / ".venv" / "bin" / "python"
DEFAULT_VADER_DATA = REPO_ROOT.parent / "shared" / "data" / "vader"
SET_ORDER = ["tweets", "nytEditorialSnippets", "movieReviewSnippets", "amazonReviewSnippets"]


def ensure_vader():
    try:
        import vaderSentiment.vaderSentiment  # noqa: F401
    except ImportError:
        in_venv = Path(sys.prefix).resolve() == VENV_PYTHON.parent.parent.resolve()
        if VENV_PYTHON.exists() and not in_venv and not os.environ.get("BYLINE_VADER_REEXEC"):
            print(f"vaderSentiment not importable here; re-running with {VENV_PYTHON}", file=sys.stderr)
            os.environ["BYLINE_VADER_REEXEC"] = "1"
            os.execv(str(VENV_PYTHON), [str(VENV_PYTHON), str(Path(__file__).resolve())] + sys.argv[1:])
        raise SystemExit("vaderSentiment is not installed; run scripts/setup-peers.sh first")
    from importlib.metadata import version

    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer, version("vaderSentiment")


def pin_to_one_cpu() -> int | None:
    """Pin this process to the CPU it is running on; returns that CPU, or None if not possible."""
    try:
        cpus = sorted(os.sched_getaffinity(0))
        cpu = cpus[0]
        os.sched_setaffinity(0, {cpu})
        return cpu
    except (AttributeError, OSError):
        return None


# --------------------------------------------------------------------------- speed


def read_sentences(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8-sig")
    lines = text.split("\n")
    lines = [line[:-1] if line.endswith("\r") else line for line in lines]
    if lines and "\t" in lines[0]:  # TSV with a header; the text is the first column
        lines = [line.split("\t", 1)[0] for line in lines[1:]]
    return [line for line in lines if line.strip()]


def time_scoring(analyzer, sentences: list[str], repeat: int) -> dict:
    score = analyzer.polarity_scores
    passes = []
    for _ in range(repeat):
        start = time.perf_counter()
        for s in sentences:
            score(s)
        passes.append(time.perf_counter() - start)
    total = sum(passes)
    calls = len(sentences) * repeat
    return {
        "sentences": calls,
        "seconds": round(total, 6),
        "sentences_per_second": round(calls / total, 1) if total > 0 else None,
        "input_sentences": len(sentences),
        "repeat": repeat,
        "best_pass_sentences_per_second": round(len(sentences) / min(passes), 1) if min(passes) > 0 else None,
    }


# --------------------------------------------------------------------------- Pearson


def pearson(xs: list[float], ys: list[float]) -> float:
    n = len(xs)
    if n != len(ys) or n < 2:
        raise ValueError("need two equally long lists of at least 2 values")
    mx = math.fsum(xs) / n
    my = math.fsum(ys) / n
    sxy = math.fsum((x - mx) * (y - my) for x, y in zip(xs, ys))
    sxx = math.fsum((x - mx) ** 2 for x in xs)
    syy = math.fsum((y - my) ** 2 for y in ys)
    if sxx == 0 or syy == 0:
        return float("nan")
    return sxy / math.sqrt(sxx * syy)


def read_ground_truth(path: Path) -> list[tuple[str, float, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        if not line.strip():
            continue
        ident, mean, text = line.split("\t", 2)
        rows.append((ident, float(mean), text))
    return rows


def read_reference(vader_dir: Path) -> dict[tuple[str, str], float] | None:
    path = vader_dir / "vader_python_3.3.2_reference_scores.tsv.gz"
    if not path.exists():
        return None
    ref = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        ci, ii, ki = header.index("corpus"), header.index("id"), header.index("compound")
        for line in f:
            parts = line.rstrip("\n").split("\t")
            ref[(parts[ci], parts[ii])] = float(parts[ki])
    return ref


def run_pearson(analyzer, vader_dir: Path) -> list[dict]:
    files = sorted(vader_dir.glob("*_GroundTruth.txt"))
    if not files:
        raise SystemExit(f"no *_GroundTruth.txt in {vader_dir}")

    def order(p: Path):
        name = p.name[: -len("_GroundTruth.txt")]
        return (SET_ORDER.index(name) if name in SET_ORDER else len(SET_ORDER), name)

    reference = read_reference(vader_dir)
    results = []
    for path in sorted(files, key=order):
        name = path.name[: -len("_GroundTruth.txt")]
        rows = read_ground_truth(path)
        start = time.perf_counter()
        compounds = [analyzer.polarity_scores(text)["compound"] for _, _, text in rows]
        seconds = time.perf_counter() - start
        result = {
            "set": name,
            "n": len(rows),
            "pearson_r": round(pearson(compounds, [mean for _, mean, _ in rows]), 6),
            "seconds": round(seconds, 3),
        }
        if reference is not None:
            result["reference_mismatches"] = sum(
                1 for (ident, _, _), c in zip(rows, compounds) if reference.get((name, ident)) != c
            )
        results.append(result)
    return results


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    mode = ap.add_mutually_exclusive_group(required=True)
    mode.add_argument("--input", type=Path, help="sentences to time: one per line, or a TSV (header, text first)")
    mode.add_argument("--pearson", type=Path, nargs="?", const=DEFAULT_VADER_DATA, metavar="DIR",
                      help="Pearson r against the ground-truth sets in DIR (default: %(const)s)")
    ap.add_argument("--repeat", type=int, default=1, help="score the input N times (default: 1)")
    args = ap.parse_args(argv)
    if args.repeat < 1:
        ap.error("--repeat must be at least 1")

    Analyzer, version = ensure_vader()
    analyzer = Analyzer()

    if args.pearson is not None:
        for result in run_pearson(analyzer, args.pearson):
            print(json.dumps(result))
        return 0

    sentences = read_sentences(args.input)
    if not sentences:
        raise SystemExit(f"no sentences in {args.input}")
    cpu = pin_to_one_cpu()
    result = time_scoring(analyzer, sentences, args.repeat)
    result.update({"cpu": cpu, "python": platform.python_version(), "vaderSentiment": version})
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
