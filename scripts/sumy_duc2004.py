#!/usr/bin/env python3
"""sumy LexRank / TextRank baselines on DUC 2004 task 2 (see scripts/README.md).

Default: one JSON line per (system, cluster) on stdout:
    {"system": "sumy-lexrank"|"sumy-textrank", "cluster": "d30001t", "summary": "..."}
--timing: also time the summarizers (one core) and print one JSON object per system to stderr;
--timing-json: print those objects to stdout instead of the summaries.

NLTK data is not needed: sentences and words are split by the small regex tokenizer below.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time

# One BLAS thread: the timings are for one core.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

from sumy.nlp.stemmers import Stemmer  # noqa: E402
from sumy.parsers.plaintext import PlaintextParser  # noqa: E402
from sumy.summarizers.lex_rank import LexRankSummarizer  # noqa: E402
from sumy.summarizers.text_rank import TextRankSummarizer  # noqa: E402
from sumy.utils import get_stop_words  # noqa: E402

DEFAULT_DOCS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "data", "duc2004", "docs")
TARGET_WORDS = 100
ARTICLE_WORDS = 1000
ARTICLE_SENTENCES = 5
ARTICLE_REPEAT = 20


# ---------------------------------------------------------------- tokenizer
ABBREVIATIONS = {
    # titles
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "rev", "fr", "sen", "rep", "gov", "gen", "lt", "col",
    "maj", "capt", "cmdr", "sgt", "adm", "pres", "supt", "messrs", "mt", "ft",
    # months and days
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    # companies and misc.
    "inc", "corp", "co", "ltd", "bros", "dept", "univ", "assn", "no", "nos", "vs", "etc", "approx", "est",
    "vol", "pp", "fig", "ave", "blvd", "rd",
    # US states (AP style)
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la",
    "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex",
    "va", "vt", "wash", "wis", "wyo",
}
# Candidate boundary: . ! or ? (possibly repeated), optional closing quotes/brackets, whitespace,
# then something that can start a sentence (capital, digit, opening quote or bracket).
_BOUNDARY = re.compile(r"""([.!?]+)((?:''|["')\]])*)(\s+)(?=(?:``|["'(\[])*[A-Z0-9])""")
_LAST_TOKEN = re.compile(r"(\S+)$")
_WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")
_SUMY_WORD = re.compile(r"^[^\W\d_](?:[^\W\d_]|['-])*$")  # sumy's own word filter


def _is_abbreviation(before: str, punct: str) -> bool:
    if punct != ".":
        return False
    m = _LAST_TOKEN.search(before)
    if not m:
        return False
    token = m.group(1).lstrip("`'\"([")
    low = token.lower()
    if low in ABBREVIATIONS:
        return True
    if re.fullmatch(r"[A-Za-z]", token):  # initial: "George W. Bush"
        return True
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", token):  # "U.S", "U.N", "p.m"
        return True
    return False


class RegexTokenizer:
    """Duck-typed replacement for sumy.nlp.tokenizers.Tokenizer (no NLTK data needed)."""

    language = "english"

    def to_sentences(self, paragraph: str):
        sentences = []
        start = 0
        for m in _BOUNDARY.finditer(paragraph):
            if _is_abbreviation(paragraph[start:m.start()], m.group(1)):
                continue
            end = m.end(2)
            sentence = paragraph[start:end].strip()
            if sentence:
                sentences.append(sentence)
            start = m.end()
        rest = paragraph[start:].strip()
        if rest:
            sentences.append(rest)
        return tuple(sentences)

    def to_words(self, sentence: str):
        words = []
        for w in _WORD.findall(sentence):
            if w.endswith(("'s", "'S")):  # possessive, as the Treebank tokenizer splits it off
                w = w[:-2]
            if _SUMY_WORD.match(w):
                words.append(w)
        return tuple(words)


# ---------------------------------------------------------------- data
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S | re.I)
_P_TAG = re.compile(r"</?P\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>]+>")


def read_document(path: str) -> str:
    """Text inside <TEXT>, tags dropped, hard-wrapped lines unwrapped into paragraphs
    (paragraphs end at blank lines or <P> boundaries); paragraphs joined by a blank line."""
    with open(path, encoding="ascii", errors="replace") as f:
        raw = f.read()
    m = _TEXT.search(raw)
    body = m.group(1) if m else ""
    body = _P_TAG.sub("\n\n", body)
    body = _TAG.sub(" ", body)
    paragraphs = []
    for block in re.split(r"\n\s*\n", body):
        text = " ".join(line.strip() for line in block.splitlines() if line.strip())
        if text:
            paragraphs.append(text)
    return "\n\n".join(paragraphs)


def load_clusters(docs_dir: str):
    clusters = []
    for cluster in sorted(os.listdir(docs_dir)):
        cdir = os.path.join(docs_dir, cluster)
        if not os.path.isdir(cdir):
            continue
        docs = [(docno, read_document(os.path.join(cdir, docno))) for docno in sorted(os.listdir(cdir))]
        clusters.append((cluster, docs))
    return clusters


# ---------------------------------------------------------------- summarizing
def make_summarizers():
    stemmer = Stemmer("english")
    stop_words = get_stop_words("english")
    systems = []
    for name, cls in (("sumy-lexrank", LexRankSummarizer), ("sumy-textrank", TextRankSummarizer)):
        s = cls(stemmer)
        s.stop_words = stop_words
        systems.append((name, s))
    return systems


def summarize_to_words(summarizer, text: str, tokenizer, target: int = TARGET_WORDS) -> str:
    """Ask for 1, 2, 3 ... sentences until the summary has at least `target` whitespace words."""
    document = PlaintextParser.from_string(text, tokenizer).document
    n_sentences = len(document.sentences)
    summary = ""
    for count in range(1, n_sentences + 1):
        sentences = summarizer(document, count)
        summary = " ".join(str(s) for s in sentences)
        if len(summary.split()) >= target:
            break
    return summary


def pin_to_one_cpu():
    try:
        cpu = sorted(os.sched_getaffinity(0))[0]
        os.sched_setaffinity(0, {cpu})
        return cpu
    except (AttributeError, OSError):
        return None


def timing(clusters, systems, tokenizer):
    cpu = pin_to_one_cpu()
    texts = [(c, "\n\n".join(t for _, t in docs)) for c, docs in clusters]
    # Article: the first cluster's documents in DOCNO order, cut to 1,000 words (paragraphs kept);
    # no single DUC document is that long.
    _, first_docs = clusters[0]
    docno = first_docs[0][0]
    longest = "\n\n".join(t for _, t in first_docs)
    kept, paragraphs = 0, []
    for para in longest.split("\n\n"):
        words = para.split()
        if kept + len(words) > ARTICLE_WORDS:
            words = words[:ARTICLE_WORDS - kept]
        if words:
            paragraphs.append(" ".join(words))
        kept += len(words)
        if kept >= ARTICLE_WORDS:
            break
    article = "\n\n".join(paragraphs)
    results = []
    for name, summarizer in systems:
        t0 = time.perf_counter()
        for _, text in texts:
            summarize_to_words(summarizer, text, tokenizer)
        cluster_seconds = time.perf_counter() - t0
        t0 = time.perf_counter()
        for _ in range(ARTICLE_REPEAT):
            document = PlaintextParser.from_string(article, tokenizer).document
            summarizer(document, ARTICLE_SENTENCES)
        article_seconds = time.perf_counter() - t0
        results.append({
            "system": name,
            "cluster_summaries_per_second": round(len(texts) / cluster_seconds, 4),
            "article_summaries_per_second": round(ARTICLE_REPEAT / article_seconds, 4),
            "clusters": len(texts),
            "cluster_seconds": round(cluster_seconds, 3),
            "article": docno,
            "article_words": len(article.split()),
            "article_repeat": ARTICLE_REPEAT,
            "article_seconds": round(article_seconds, 3),
            "cpu": cpu,
        })
    return results


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", default=DEFAULT_DOCS, help="DUC 2004 docs/ folder (default: ../shared/data/duc2004/docs)")
    ap.add_argument("--timing", action="store_true", help="also print timing JSON to stderr")
    ap.add_argument("--timing-json", action="store_true", help="print timing JSON to stdout instead of summaries")
    args = ap.parse_args(argv)

    tokenizer = RegexTokenizer()
    systems = make_summarizers()
    clusters = load_clusters(args.docs)
    if not clusters:
        sys.exit(f"no clusters found in {args.docs}")

    if not args.timing_json:
        for name, summarizer in systems:
            for cluster, docs in clusters:
                text = "\n\n".join(t for _, t in docs)
                summary = summarize_to_words(summarizer, text, tokenizer)
                print(json.dumps({"system": name, "cluster": cluster, "summary": summary}))
        sys.stdout.flush()

    if args.timing or args.timing_json:
        out = sys.stdout if args.timing_json else sys.stderr
        for result in timing(clusters, systems, tokenizer):
            print(json.dumps(result), file=out)


if __name__ == "__main__":
    main()
