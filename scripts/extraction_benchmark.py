#!/usr/bin/env python3
"""Score article-body extraction on the extraction benchmark.

The benchmark (default: ../shared/data/extraction/ next to the repository root) holds
181 gzip-compressed HTML pages in html/<id>.html.gz, their true article bodies in
ground-truth.json, and stored outputs of peer extractors in peer_outputs/<name>.json.gz.
Its README defines the metric, implemented here:

* tokens: the regex \\w+ (Unicode, case-sensitive);
* shingles: the multiset of 4-grams of consecutive tokens (a text of 1-3 tokens gives one
  shorter shingle, an empty text none);
* per page: TP/FP/FN summed over distinct shingles, then divided by TP+FP+FN so that each
  page weighs the same; precision = TP/(TP+FP), recall = TP/(TP+FN), both 1 when
  FP = FN = 0, precision 0 when TP = FP = 0, recall 0 when TP = FN = 0;
* corpus: precision = mean page precision over pages with TP+FP > 0, recall = mean page
  recall over pages with TP+FN > 0, F1 = 2PR/(P+R) from those means, accuracy = share of
  pages whose token list equals the truth exactly.

Systems:

  --system byline --predictions FILE.jsonl
        JSON Lines, one object per page with `file` (path of the page; its id is the file
        name without .html.gz) and `body` (the extracted text).
  --system trafilatura
        runs trafilatura.extract(html, include_comments=False, include_tables=True) on every
        page and reports its speed (uncompressed MB / seconds spent in extract, one core).
        Needs trafilatura; when the running Python lacks it, the script re-runs itself with
        <repo>/.venv/bin/python (made by scripts/setup-peers.sh).
  --system peer --name NAME
        a stored output, peer_outputs/NAME.json.gz (NAME=all scores each of them), checked
        against the figures published in the benchmark's README.

Pages missing from the predictions count as empty extractions.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import os
import random
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

SCRIPT_DIR = Path(__file__).resolve().parent
REPO_ROOT = SCRIPT_DIR.parent
DEFAULT_DATA = REPO_ROOT.parent / "shared" / "data" / "extraction"
VENV_PYTHON = REPO_ROOT / ".venv" / "bin" / "python"

SHINGLE_SIZE = 4
TOKEN_RE = re.compile(r"\w+")  # str pattern: Unicode \w by default

# Published figures (F1, precision, recall, accuracy) from the benchmark README, keyed by
# the stored peer file name; used to check that this metric reproduces them.
REFERENCE = {
    "trafilatura": ("trafilatura 2.0.0", 0.958, 0.938, 0.978, 0.293),
    "readability_js": ("readability_js 0.6.0", 0.947, 0.914, 0.982, 0.166),
    "newspaper": ("newspaper4k 0.9.3.1", 0.949, 0.964, 0.934, 0.326),
    "readability": ("readability-lxml 0.8.4.1", 0.922, 0.913, 0.931, 0.315),
    "go_domdistiller": ("go_domdistiller", 0.927, 0.901, 0.956, 0.061),
    "goose3": ("goose3 3.1.20", 0.896, 0.940, 0.856, 0.232),
    "html-text": ("html-text 0.7.0", 0.665, 0.500, 0.994, 0.000),
}


# --------------------------------------------------------------------------- metric


def tokenize(text: str | None) -> list[str]:
    return TOKEN_RE.findall(text or "")


def shingles(tokens: list[str]) -> Counter:
    """Multiset of SHINGLE_SIZE-grams; a short non-empty text is one shorter shingle."""
    if not tokens:
        return Counter()
    if len(tokens) < SHINGLE_SIZE:
        return Counter([tuple(tokens)])
    return Counter(
        tuple(tokens[i : i + SHINGLE_SIZE]) for i in range(len(tokens) - SHINGLE_SIZE + 1)
    )


@dataclass
class PageScore:
    page_id: str
    tp: float  # normalised so that tp + fp + fn == 1 (all 0 when both texts are empty)
    fp: float
    fn: float
    precision: float
    recall: float
    exact: bool
    true_tokens: int
    pred_tokens: int

    @property
    def f1(self) -> float:
        return f1_of(self.precision, self.recall)

    @property
    def counts_for_precision(self) -> bool:
        return self.tp + self.fp > 0

    @property
    def counts_for_recall(self) -> bool:
        return self.tp + self.fn > 0


def f1_of(precision: float, recall: float) -> float:
    if precision + recall == 0:
        return 0.0
    return 2 * precision * recall / (precision + recall)


def score_page(page_id: str, truth: str | None, prediction: str | None) -> PageScore:
    true_tokens = tokenize(truth)
    pred_tokens = tokenize(prediction)
    true_sh = shingles(true_tokens)
    pred_sh = shingles(pred_tokens)

    tp = fp = fn = 0
    for shingle in true_sh.keys() | pred_sh.keys():
        t = true_sh.get(shingle, 0)
        p = pred_sh.get(shingle, 0)
        tp += min(t, p)
        fp += max(0, p - t)
        fn += max(0, t - p)

    total = tp + fp + fn
    ntp, nfp, nfn = (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)

    if nfp == 0 and nfn == 0:
        precision = recall = 1.0
    else:
        precision = ntp / (ntp + nfp) if ntp + nfp > 0 else 0.0
        recall = ntp / (ntp + nfn) if ntp + nfn > 0 else 0.0

    return PageScore(
        page_id=page_id,
        tp=ntp,
        fp=nfp,
        fn=nfn,
        precision=precision,
        recall=recall,
        exact=true_tokens == pred_tokens,
        true_tokens=len(true_tokens),
        pred_tokens=len(pred_tokens),
    )


def mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def corpus_metrics(pages: list[PageScore]) -> dict:
    precision = mean([p.precision for p in pages if p.counts_for_precision])
    recall = mean([p.recall for p in pages if p.counts_for_recall])
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1_of(precision, recall),
        "accuracy": mean([1.0 if p.exact else 0.0 for p in pages]),
    }


def bootstrap_std(pages: list[PageScore], rounds: int, seed: int) -> dict:
    """Standard deviation of each corpus figure over `rounds` resamples of the pages."""
    rng = random.Random(seed)
    samples: dict[str, list[float]] = {"precision": [], "recall": [], "f1": [], "accuracy": []}
    for _ in range(rounds):
        resample = [pages[rng.randrange(len(pages))] for _ in pages]
        for key, value in corpus_metrics(resample).items():
            samples[key].append(value)
    out = {}
    for key, values in samples.items():
        m = mean(values)
        out[key] = math.sqrt(mean([(v - m) ** 2 for v in values]))
    return out


# --------------------------------------------------------------------------- data


def page_id_from_path(path: str) -> str:
    name = os.path.basename(path)
    for suffix in (".html.gz", ".html", ".htm.gz", ".htm"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def load_ground_truth(data_dir: Path) -> dict[str, dict]:
    with open(data_dir / "ground-truth.json", encoding="utf-8") as f:
        return json.load(f)


def load_jsonl_predictions(path: Path) -> dict[str, str]:
    predictions: dict[str, str] = {}
    with open(path, encoding="utf-8") as f:
        for line_no, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                raise SystemExit(f"{path}:{line_no}: not JSON: {e}")
            if "file" in obj and obj["file"]:
                page_id = page_id_from_path(str(obj["file"]))
            elif "id" in obj:
                page_id = str(obj["id"])
            else:
                raise SystemExit(f"{path}:{line_no}: object has no `file` field")
            if "body" not in obj:
                raise SystemExit(f"{path}:{line_no}: object has no `body` field")
            if page_id in predictions:
                warn(f"{path}:{line_no}: second prediction for {page_id}; keeping the last")
            predictions[page_id] = obj["body"] or ""
    return predictions


def load_peer_predictions(path: Path) -> tuple[dict[str, str], str | None]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        data = json.load(f)
    version = None
    if isinstance(data.get("output"), dict):  # wrapped: {"version": ..., "output": {...}}
        version = data.get("version")
        data = data["output"]
    predictions = {}
    for page_id, item in data.items():
        body = item.get("articleBody") if isinstance(item, dict) else item
        predictions[page_id] = body or ""
    return predictions, None if version is None else str(version)


def iter_pages(data_dir: Path, ids: list[str]):
    """Yield (id, uncompressed bytes) for each page, in the given order."""
    for page_id in ids:
        with gzip.open(data_dir / "html" / f"{page_id}.html.gz", "rb") as f:
            yield page_id, f.read()


def warn(message: str) -> None:
    print(f"warning: {message}", file=sys.stderr)


# --------------------------------------------------------------------------- systems


def ensure_trafilatura():
    try:
        import trafilatura  # noqa: F401
    except ImportError:
        in_venv = Path(sys.prefix).resolve() == VENV_PYTHON.parent.parent.resolve()
        if VENV_PYTHON.exists() and not in_venv and not os.environ.get("BYLINE_BENCH_REEXEC"):
            # Re-run under the peers' venv (through its own bin/python, which is what
            # activates it; the guard variable stops a loop if that still lacks trafilatura).
            print(f"trafilatura not importable here; re-running with {VENV_PYTHON}", file=sys.stderr)
            os.environ["BYLINE_BENCH_REEXEC"] = "1"
            os.execv(str(VENV_PYTHON), [str(VENV_PYTHON), str(Path(__file__).resolve())] + sys.argv[1:])
        raise SystemExit(
            "trafilatura is not installed; run scripts/setup-peers.sh, then use "
            f"{VENV_PYTHON} (or let this script find it)"
        )
    import trafilatura

    return trafilatura


def run_trafilatura(data_dir: Path, ids: list[str]) -> tuple[dict[str, str], dict]:
    trafilatura = ensure_trafilatura()
    predictions: dict[str, str] = {}
    total_bytes = 0
    seconds = 0.0
    failures = 0
    for page_id, raw in iter_pages(data_dir, ids):
        html = raw.decode("utf-8")
        total_bytes += len(raw)
        start = time.perf_counter()
        try:
            text = trafilatura.extract(html, include_comments=False, include_tables=True)
        except Exception as e:  # a crash on one page is scored as an empty extraction
            failures += 1
            warn(f"trafilatura failed on {page_id}: {e!r}")
            text = None
        seconds += time.perf_counter() - start
        predictions[page_id] = text or ""
    speed = {
        "version": getattr(trafilatura, "__version__", "unknown"),
        "pages": len(ids),
        "uncompressed_mb": total_bytes / 1e6,
        "extract_seconds": seconds,
        "mb_per_s": (total_bytes / 1e6) / seconds if seconds else None,
        "pages_per_s": len(ids) / seconds if seconds else None,
        "failures": failures,
    }
    return predictions, speed


def reference_check(name: str, metrics: dict) -> dict | None:
    if name not in REFERENCE:
        return None
    label, f1, precision, recall, accuracy = REFERENCE[name]
    expected = {"f1": f1, "precision": precision, "recall": recall, "accuracy": accuracy}
    measured = {key: round(metrics[key], 3) for key in expected}
    return {
        "reference": label,
        "expected": expected,
        "measured": measured,
        "match": all(abs(measured[k] - expected[k]) < 1e-9 for k in expected),
    }


# --------------------------------------------------------------------------- output


@dataclass
class Result:
    system: str
    pages: list[PageScore]
    predictions: dict[str, str]
    version: str | None = None
    speed: dict | None = None
    check: dict | None = None
    missing: int = 0
    std: dict | None = None

    def summary(self) -> dict:
        out = {"system": self.system}
        if self.version:
            out["version"] = self.version
        out["pages"] = len(self.pages)
        out["missing_predictions"] = self.missing
        out.update(corpus_metrics(self.pages))
        if self.std:
            out["bootstrap_std"] = self.std
        if self.speed:
            out["speed"] = self.speed
        if self.check:
            out["reference_check"] = self.check
        return out


def worst_pages(result: Result, truth: dict[str, dict], n: int) -> list[dict]:
    ranked = sorted(result.pages, key=lambda p: (p.f1, p.page_id))[:n]
    return [
        {
            "id": p.page_id,
            "url": truth[p.page_id].get("url", ""),
            "precision": p.precision,
            "recall": p.recall,
            "f1": p.f1,
            "pred_tokens": p.pred_tokens,
            "true_tokens": p.true_tokens,
            "prediction": result.predictions.get(p.page_id, "")[:200],
            "truth": (truth[p.page_id].get("articleBody") or "")[:200],
        }
        for p in ranked
    ]


def write_per_page(path: Path, result: Result) -> None:
    with open(path, "w", encoding="utf-8") as f:
        f.write("id\tprecision\trecall\tf1\texact\ttrue_tokens\tpred_tokens\n")
        for p in sorted(result.pages, key=lambda p: (p.f1, p.page_id)):
            f.write(
                f"{p.page_id}\t{p.precision:.6f}\t{p.recall:.6f}\t{p.f1:.6f}\t"
                f"{int(p.exact)}\t{p.true_tokens}\t{p.pred_tokens}\n"
            )


def print_table(results: list[Result]) -> None:
    header = ("system", "pages", "precision", "recall", "F1", "accuracy")
    rows = []
    for r in results:
        s = r.summary()
        name = r.system if not r.version else f"{r.system} {r.version}"
        cells = [name, str(s["pages"])]
        for key in ("precision", "recall", "f1", "accuracy"):
            cell = f"{s[key]:.3f}"
            if r.std:
                cell += f" ± {r.std[key]:.3f}"
            cells.append(cell)
        rows.append(cells)
    widths = [max(len(header[i]), *(len(row[i]) for row in rows)) for i in range(len(header))]

    def line(cells):
        return "  ".join(
            c.ljust(widths[i]) if i == 0 else c.rjust(widths[i]) for i, c in enumerate(cells)
        )

    print(line(header))
    print(line(["-" * w for w in widths]))
    for row in rows:
        print(line(row))


def print_notes(results: list[Result]) -> None:
    for r in results:
        if r.missing:
            print(f"\n{r.system}: {r.missing} page(s) had no prediction and were scored as empty.")
        if r.speed:
            sp = r.speed
            print(
                f"\n{r.system} {sp['version']} speed (one core, extract() calls only): "
                f"{sp['uncompressed_mb']:.1f} MB in {sp['extract_seconds']:.2f} s = "
                f"{sp['mb_per_s']:.2f} MB/s, {sp['pages_per_s']:.1f} pages/s"
                + (f"; {sp['failures']} page(s) raised" if sp["failures"] else "")
            )
        if r.check:
            c = r.check
            exp, got = c["expected"], c["measured"]
            verdict = "reproduced" if c["match"] else "DIFFERS"
            print(
                f"\ncheck against the benchmark README ({c['reference']}): {verdict}\n"
                f"  README:   F1 {exp['f1']:.3f}  P {exp['precision']:.3f}  "
                f"R {exp['recall']:.3f}  acc {exp['accuracy']:.3f}\n"
                f"  measured: F1 {got['f1']:.3f}  P {got['precision']:.3f}  "
                f"R {got['recall']:.3f}  acc {got['accuracy']:.3f}"
            )


def print_worst(system: str, worst: list[dict]) -> None:
    print(f"\n{len(worst)} lowest-F1 pages for {system} (first 200 characters, JSON-quoted):")
    for w in worst:
        print(
            f"\n{w['id']}  F1 {w['f1']:.3f}  P {w['precision']:.3f}  R {w['recall']:.3f}  "
            f"tokens pred/true {w['pred_tokens']}/{w['true_tokens']}\n  url:   {w['url']}\n"
            f"  pred:  {json.dumps(w['prediction'], ensure_ascii=False)}\n"
            f"  truth: {json.dumps(w['truth'], ensure_ascii=False)}"
        )


# --------------------------------------------------------------------------- main


def score(system: str, truth: dict[str, dict], predictions: dict[str, str]) -> Result:
    extra = set(predictions) - set(truth)
    if extra:
        warn(f"{system}: {len(extra)} prediction(s) for ids not in the ground truth, ignored")
    ids = sorted(truth)
    missing = sum(1 for i in ids if i not in predictions)
    pages = [score_page(i, truth[i].get("articleBody"), predictions.get(i, "")) for i in ids]
    return Result(system=system, pages=pages, predictions=predictions, missing=missing)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description="Score article-body extraction on the extraction benchmark.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=(
            "examples:\n"
            "  %(prog)s --system byline --predictions /tmp/byline-extraction.jsonl --compare-worst 10\n"
            "  %(prog)s --system trafilatura\n"
            "  %(prog)s --system peer --name readability_js\n"
            "  %(prog)s --system peer --name all"
        ),
    )
    ap.add_argument("--system", required=True, choices=["byline", "trafilatura", "peer"])
    ap.add_argument("--predictions", type=Path, help="JSON Lines predictions (--system byline)")
    ap.add_argument("--name", help="stored peer output, peer_outputs/NAME.json.gz, or 'all' (--system peer)")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help=f"benchmark folder (default {DEFAULT_DATA})")
    ap.add_argument("--json", action="store_true", help="print a JSON object instead of a table")
    ap.add_argument("--per-page", type=Path, metavar="FILE.tsv", help="write per-page scores, worst first")
    ap.add_argument("--compare-worst", type=int, metavar="N", help="show the N pages with the lowest F1")
    ap.add_argument("--save-predictions", type=Path, metavar="FILE.jsonl",
                    help="write the predictions scored (file, id, body) as JSON Lines")
    ap.add_argument("--bootstrap", type=int, default=0, metavar="ROUNDS",
                    help="also report the standard deviation over ROUNDS page resamples (upstream uses 1000)")
    ap.add_argument("--seed", type=int, default=0, help="seed for --bootstrap (default 0)")
    args = ap.parse_args(argv)

    data_dir: Path = args.data
    if not (data_dir / "ground-truth.json").is_file():
        ap.error(f"no ground-truth.json in {data_dir}")
    truth = load_ground_truth(data_dir)
    ids = sorted(truth)

    results: list[Result] = []
    if args.system == "byline":
        if not args.predictions:
            ap.error("--system byline needs --predictions FILE.jsonl")
        result = score("byline", truth, load_jsonl_predictions(args.predictions))
        results.append(result)
    elif args.system == "trafilatura":
        predictions, speed = run_trafilatura(data_dir, ids)
        result = score("trafilatura", truth, predictions)
        result.version = speed["version"]
        result.speed = speed
        results.append(result)
    else:
        if not args.name:
            ap.error("--system peer needs --name NAME (or --name all)")
        peer_dir = data_dir / "peer_outputs"
        available = sorted(p.name[: -len(".json.gz")] for p in peer_dir.glob("*.json.gz"))
        names = available if args.name == "all" else [args.name]
        for name in names:
            if name not in available:
                ap.error(f"no stored output {name!r}; available: {', '.join(available)}")
            predictions, version = load_peer_predictions(peer_dir / f"{name}.json.gz")
            result = score(name, truth, predictions)
            result.version = version
            result.check = reference_check(name, corpus_metrics(result.pages))
            results.append(result)

    if args.bootstrap > 0:
        for r in results:
            r.std = bootstrap_std(r.pages, args.bootstrap, args.seed)

    if len(results) == 1:
        if args.per_page:
            write_per_page(args.per_page, results[0])
        if args.save_predictions:
            with open(args.save_predictions, "w", encoding="utf-8") as f:
                for i in ids:
                    if i in results[0].predictions:
                        rec = {"file": str(data_dir / "html" / f"{i}.html.gz"), "id": i,
                               "body": results[0].predictions[i]}
                        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    elif args.per_page or args.save_predictions:
        ap.error("--per-page and --save-predictions take a single system, not --name all")

    worst = None
    if args.compare_worst:
        if len(results) != 1:
            ap.error("--compare-worst takes a single system, not --name all")
        worst = worst_pages(results[0], truth, args.compare_worst)

    if args.json:
        if len(results) == 1:
            out = results[0].summary()
            if worst is not None:
                out["worst"] = worst
        else:
            out = {"results": [r.summary() for r in results]}
        print(json.dumps(out, indent=2, ensure_ascii=False))
    else:
        print_table(results)
        print_notes(results)
        if worst is not None:
            print_worst(results[0].system, worst)

    return 0


if __name__ == "__main__":
    sys.exit(main())
