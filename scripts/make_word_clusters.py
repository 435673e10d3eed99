#!/usr/bin/env python3
"""Learn hierarchical word clusters from unlabelled English news text.

The clusters are meant as features for the BylineEntities named-entity tagger, in the
spirit of the Brown clusters of Ratinov & Roth (2009) and Turian et al. (2010), but
computed with a simpler distributional method:

1. Read and tokenise (CoNLL-2003 style) the unlabelled text under --data:
   CoNLL-2003 eng.train + eng.testa (token column only; eng.testb is never opened),
   BBC News, DUC 2004 documents and TempEval-3 TimeML documents.
   Exact duplicate documents (same token sequence) are kept once.
2. Vocabulary = case-sensitive words seen at least --min-count (3) times.
3. For every vocabulary word, count its left and right neighbours (separate
   dimensions) over the --contexts (2000) most frequent tokens, sentence boundary
   markers <s> and </s> included.  Neighbours outside that list are not dropped but
   pooled into a few word-shape buckets (capitalised, lower case, with digit, other),
   which helps rare proper names find each other.
4. Positive PMI with context-distribution smoothing (alpha = 0.75), truncated to
   --dims (100) dimensions by a randomised SVD (rows U * S), rows L2-normalised.
5. Spherical k-means (cosine, k-means++ init, --iters iterations) into 1024 fine
   clusters; the 1024 centroids are clustered into 256 (weighted by cluster size)
   and those 256 centroids into 64, so every coarse cluster is a union of finer ones.
   Each level keeps the best of several k-means++ restarts (highest mean cosine).  Cluster ids are renumbered by
   decreasing token frequency at each level.

Output: TSV with header "word<TAB>c64<TAB>c256<TAB>c1024", one row per vocabulary
word, sorted by word (code point order).  Deterministic for a given --seed and
--threads (BLAS thread count).  A sanity report goes to stderr.
"""

import argparse
import glob
import hashlib
import html
import os
import re
import sys
import time
from collections import Counter

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_DATA = os.path.normpath(os.path.join(REPO_ROOT, "..", "shared", "data"))
DEFAULT_OUTPUT = os.path.join(
    REPO_ROOT, "Plugins", "BylineEntities", "Resources", "clusters", "word-clusters.tsv")

SANITY_WORDS = ["Clinton", "Germany", "Reuters", "Monday", "million", "said", "London"]

BOS, EOS = "<s>", "</s>"

# ---------------------------------------------------------------------------
# Tokenisation (CoNLL-2003 / PTB-like)
# ---------------------------------------------------------------------------

CHAR_MAP = str.maketrans({
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"',
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u2013": "-", "\u2014": "--", "\u2015": "--", "\u2212": "-",
    "\u00a0": " ", "\u2009": " ", "\u200b": "",
    "\u2026": "...",
})

# Abbreviations that keep their full stop (as in the CoNLL-2003 data).
ABBREVIATIONS = {
    "Mr", "Mrs", "Ms", "Dr", "Jr", "Sr", "St", "Mt", "Ft", "Inc", "Corp", "Co", "Ltd",
    "Bros", "Gov", "Sen", "Rep", "Reps", "Gen", "Col", "Lt", "Sgt", "Capt", "Cmdr", "Adm",
    "Maj", "Prof", "Rev", "Hon", "Supt", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
    "Sep", "Sept", "Oct", "Nov", "Dec", "vs", "No", "Nos", "Ave", "Calif", "Fla", "Ariz",
    "Colo", "Conn", "Ill", "Kan", "Md", "Mich", "Minn", "Neb", "Nev", "Okla", "Ore", "Pa",
    "Tenn", "Tex", "Va", "Vt", "Wis", "Ala", "Ark", "Ga", "etc", "vol", "approx", "Dept",
}

TOKEN_RE = re.compile(r"""
    (?:[A-Za-z]\.){2,}(?:-\w+)*            # dotted abbreviations: U.S.  U.N.  a.m.  U.S.-led
  | \d+(?:[.,:/]\d+)*\w*(?:-\w+)*          # numbers: 1,000  3.5  10:30  1990s  5-year  2-6
  | \w+(?:[-']\w+)*(?:\.(?!\.))?           # words, hyphenated words, O'Brien, maybe a full stop
  | -{2,} | \.{2,} | \*{2,} | ={2,}        # dash / ellipsis / rule runs
  | \S                                     # any other single character
""", re.X)

CLITIC_RE = re.compile(r"^(.+?)('s|'re|'m|'ve|'ll|'d)$", re.I)
SENT_END = {".", "!", "?", "..."}


def normalise(text):
    text = text.translate(CHAR_MAP)
    text = text.replace("``", '"').replace("''", '"')
    text = re.sub(r"(?<=\s)_(?=\s)", "--", text)  # NYT-style " _ " dash
    return text


def split_word(tok):
    """Split trailing full stops that are not abbreviations, and clitics."""
    out = []
    if tok.endswith(".") and len(tok) > 1 and not re.fullmatch(r"(?:[A-Za-z]\.){2,}(?:-\w+)*", tok):
        base = tok[:-1]
        if base in ABBREVIATIONS or re.fullmatch(r"[A-Z]", base):
            return [tok]
        return split_word(base) + ["."]
    if "'" in tok:
        low = tok.lower()
        if low.endswith("n't") and len(tok) > 3:
            return [tok[:-3], tok[-3:]]
        m = CLITIC_RE.match(tok)
        if m:
            return [m.group(1), m.group(2)]
    out.append(tok)
    return out


def tokenise(text):
    toks = []
    for m in TOKEN_RE.finditer(text):
        t = m.group(0)
        if t[0].isalnum() or t[0] == "_":
            toks.extend(split_word(t))
        else:
            toks.append(t)
    return toks


def split_sentences(toks):
    """Split a paragraph's tokens at . ! ? (plus closing quotes) before a non-lower-case token."""
    sents, cur, i, n = [], [], 0, len(toks)
    while i < n:
        t = toks[i]
        cur.append(t)
        i += 1
        if t in SENT_END:
            while i < n and (toks[i] in (")", "]") or (toks[i] == '"' and cur.count('"') % 2 == 1)):
                cur.append(toks[i])
                i += 1
            if i >= n or not toks[i][0].islower():
                sents.append(cur)
                cur = []
    if cur:
        sents.append(cur)
    return sents


def text_to_sentences(text, unwrap_lines):
    """Paragraphs are separated by blank lines; optionally join hard-wrapped lines."""
    text = normalise(text)
    sents = []
    for para in re.split(r"\n\s*\n", text):
        if unwrap_lines:
            para = " ".join(para.split("\n"))
        lines = [para] if unwrap_lines else para.split("\n")
        for line in lines:
            toks = tokenise(line)
            if toks:
                sents.extend(split_sentences(toks))
    return sents


# ---------------------------------------------------------------------------
# Corpus readers: each yields documents (lists of sentences, lists of tokens)
# ---------------------------------------------------------------------------

def read_conll(data):
    files = [os.path.join(data, "conll2003", name) for name in ("eng.train", "eng.testa")]
    for path in files:
        assert not path.endswith("testb"), "eng.testb must never be read"
        doc, sent = [], []
        with open(path, encoding="utf-8", errors="replace") as fh:
            for line in fh:
                line = line.rstrip("\n")
                if not line.strip():
                    if sent:
                        doc.append(sent)
                        sent = []
                    continue
                tok = line.split(" ", 1)[0]
                if tok == "-DOCSTART-":
                    if sent:
                        doc.append(sent)
                        sent = []
                    if doc:
                        yield doc
                    doc = []
                    continue
                sent.append(tok)
        if sent:
            doc.append(sent)
        if doc:
            yield doc


def decode_lenient(raw):
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def read_bbc(data):
    for path in sorted(glob.glob(os.path.join(data, "bbc", "*", "*.txt"))):
        with open(path, "rb") as fh:
            text = decode_lenient(fh.read())
        # First line is the headline; paragraphs are separated by blank lines.
        yield text_to_sentences(text.replace("\r\n", "\n"), unwrap_lines=False)


TAG_RE = re.compile(r"<[^>]+>")


def read_duc(data):
    for path in sorted(glob.glob(os.path.join(data, "duc2004", "docs", "*", "*"))):
        if not os.path.isfile(path):
            continue
        with open(path, "rb") as fh:
            text = decode_lenient(fh.read())
        parts = re.findall(r"<TEXT>(.*?)</TEXT>", text, re.S)
        body = "\n\n".join(parts)
        body = html.unescape(TAG_RE.sub(" ", body))
        yield text_to_sentences(body, unwrap_lines=True)


def read_tempeval(data):
    paths = sorted(glob.glob(os.path.join(data, "tempeval3", "**", "*.tml"), recursive=True))
    for path in paths:
        with open(path, "rb") as fh:
            text = decode_lenient(fh.read())
        parts = re.findall(r"<TEXT>(.*?)</TEXT>", text, re.S)
        body = "\n\n".join(parts)
        body = html.unescape(TAG_RE.sub("", body))  # inline tags: no spaces added
        yield text_to_sentences(body, unwrap_lines=True)


SOURCES = [("conll2003", read_conll), ("bbc", read_bbc), ("duc2004", read_duc),
           ("tempeval3", read_tempeval)]


def load_corpus(data, log):
    sentences, seen, stats = [], set(), []
    for name, reader in SOURCES:
        ndoc = ndup = ntok = nsent = 0
        for doc in reader(data):
            if not doc:
                continue
            key = hashlib.sha1("\n".join(" ".join(s) for s in doc).encode("utf-8")).digest()
            if key in seen:
                ndup += 1
                continue
            seen.add(key)
            ndoc += 1
            nsent += len(doc)
            ntok += sum(len(s) for s in doc)
            sentences.extend(doc)
        stats.append((name, ndoc, ndup, nsent, ntok))
        log(f"  {name:10s} docs={ndoc:5d} (duplicates skipped {ndup:3d}) sentences={nsent:6d} tokens={ntok:8d}")
    return sentences, stats


# ---------------------------------------------------------------------------
# Numerics
# ---------------------------------------------------------------------------

def shape_bucket(w):
    if any(ch.isdigit() for ch in w):
        return 2
    if w[0].isupper():
        return 0
    if w[0].islower():
        return 1
    return 3


def randomized_svd(np, M, k, rng, oversample=20, n_iter=4):
    n_cols = M.shape[1]
    omega = rng.standard_normal((n_cols, k + oversample)).astype(np.float32)
    Y = M @ omega
    for _ in range(n_iter):
        Y, _ = np.linalg.qr(Y)
        Z, _ = np.linalg.qr(M.T @ Y)
        Y = M @ Z
    Q, _ = np.linalg.qr(Y)
    B = Q.T @ M
    Ub, S, Vt = np.linalg.svd(B.astype(np.float64), full_matrices=False)
    U = Q.astype(np.float64) @ Ub
    return U[:, :k], S[:k]


def kmeans_pp_init(np, X, k, weights, rng):
    n = X.shape[0]
    centers = np.empty((k, X.shape[1]), dtype=X.dtype)
    p = weights / weights.sum()
    first = rng.choice(n, p=p)
    centers[0] = X[first]
    d2 = np.maximum(2.0 - 2.0 * (X @ X[first]), 0.0)
    for j in range(1, k):
        prob = weights * d2
        tot = prob.sum()
        idx = rng.choice(n, p=prob / tot) if tot > 0 else rng.integers(n)
        centers[j] = X[idx]
        d2 = np.minimum(d2, np.maximum(2.0 - 2.0 * (X @ X[idx]), 0.0))
    return centers


def spherical_kmeans(np, X, k, weights, rng, iters, n_init=1, log=None, label=""):
    """Cosine k-means on L2-normalised rows of X with point weights.

    Runs n_init times from k-means++ seeds and keeps the run with the highest
    weighted mean cosine to the assigned centroid."""
    best_run = None
    for run in range(n_init):
        C = kmeans_pp_init(np, X, k, weights, rng)
        assign = None
        for it in range(iters):
            sims = X @ C.T
            new_assign = sims.argmax(axis=1)
            best = sims[np.arange(X.shape[0]), new_assign]
            changed = X.shape[0] if assign is None else int((new_assign != assign).sum())
            assign = new_assign
            C = np.zeros_like(C)
            np.add.at(C, assign, X * weights[:, None])
            counts = np.bincount(assign, minlength=k)
            empty = np.flatnonzero(counts == 0)
            if len(empty):
                # Re-seed empty clusters with the worst-fitting points (deterministic).
                worst = np.argsort(best, kind="stable")[: len(empty)]
                C[empty] = X[worst]
                assign[worst] = empty
            C /= np.maximum(np.linalg.norm(C, axis=1, keepdims=True), 1e-12)
            if log:
                obj = float((weights * best).sum() / weights.sum())
                log(f"    {label} run {run + 1} iter {it + 1:2d}: mean cos {obj:.4f}, "
                    f"changed {changed}, empty {len(empty)}")
        sims = X @ C.T
        assign = sims.argmax(axis=1)
        obj = float((weights * sims[np.arange(X.shape[0]), assign]).sum() / weights.sum())
        if best_run is None or obj > best_run[0]:
            best_run = (obj, assign, C)
    return best_run[1], best_run[2], best_run[0]


def renumber(np, assign, weights, k):
    """Renumber ids 0.. by decreasing total weight (ties by old id)."""
    tot = np.bincount(assign, weights=weights, minlength=k)
    present = np.flatnonzero(np.bincount(assign, minlength=k) > 0)
    order = present[np.lexsort((present, -tot[present]))]
    mapping = np.full(k, -1, dtype=np.int64)
    mapping[order] = np.arange(len(order))
    return mapping


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=DEFAULT_DATA, help="shared data folder (default: %(default)s)")
    ap.add_argument("--output", default=DEFAULT_OUTPUT, help="output TSV (default: %(default)s)")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--contexts", type=int, default=2000, help="number of context words per side")
    ap.add_argument("--dims", type=int, default=100)
    ap.add_argument("--iters", type=int, default=15, help="k-means iterations")
    ap.add_argument("--fine-restarts", type=int, default=3, help="k-means++ restarts for the 1024 level")
    ap.add_argument("--coarse-restarts", type=int, default=10, help="k-means++ restarts for 256 and 64")
    ap.add_argument("--weighting", choices=["ppmi", "sqrt"], default="ppmi",
                    help="context transform: positive PMI or sqrt of row-normalised counts")
    ap.add_argument("--threads", type=int, default=1, help="BLAS threads (results depend on it)")
    ap.add_argument("--quiet", action="store_true", help="no per-iteration k-means log")
    args = ap.parse_args()

    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[var] = str(args.threads)
    import numpy as np  # after the thread settings

    t0 = time.time()

    def log(msg):
        print(msg, file=sys.stderr, flush=True)

    rng = np.random.default_rng(args.seed)
    log(f"reading {args.data}")
    sentences, _ = load_corpus(args.data, log)
    ntok = sum(len(s) for s in sentences)
    log(f"  total: {len(sentences)} sentences, {ntok} tokens ({time.time() - t0:.1f}s)")

    # --- vocabulary and context words -------------------------------------
    freq = Counter()
    for s in sentences:
        freq.update(s)
    freq[BOS] = freq[EOS] = len(sentences)
    by_freq = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
    all_words = [w for w, _ in by_freq]
    gid = {w: i for i, w in enumerate(all_words)}
    gfreq = np.array([c for _, c in by_freq], dtype=np.int64)

    vocab_words = [w for w, c in by_freq if c >= args.min_count and w not in (BOS, EOS)]
    V = len(vocab_words)
    log(f"vocabulary (freq >= {args.min_count}): {V} words of {len(freq) - 2} types")

    ctx_words = [w for w in all_words[: args.contexts]]
    for m in (BOS, EOS):
        if m not in ctx_words:
            ctx_words.append(m)
    C = len(ctx_words)
    n_shape = 4
    D1 = C + n_shape
    # global id -> row (vocab) / column (context or shape bucket)
    row_of = np.full(len(all_words), -1, dtype=np.int64)
    row_of[[gid[w] for w in vocab_words]] = np.arange(V)
    col_of = np.empty(len(all_words), dtype=np.int64)
    for i, w in enumerate(all_words):
        col_of[i] = C + shape_bucket(w) if w not in (BOS, EOS) else -1
    col_of[[gid[w] for w in ctx_words]] = np.arange(C)

    flat = []
    for s in sentences:
        flat.append(BOS)
        flat.extend(s)
        flat.append(EOS)
    ids = np.fromiter((gid[t] for t in flat), dtype=np.int64, count=len(flat))
    del flat
    rows = row_of[ids[1:-1]]
    left = col_of[ids[:-2]]
    right = col_of[ids[2:]] + D1
    keep = rows >= 0  # vocab words (markers map to -1)
    rows, left, right = rows[keep], left[keep], right[keep]
    ncol = 2 * D1
    codes = np.concatenate([rows * ncol + left, rows * ncol + right])
    uniq, cnt = np.unique(codes, return_counts=True)
    M = np.zeros((V, ncol), dtype=np.float32)
    M.ravel()[uniq] = cnt
    log(f"context matrix {V} x {ncol}, {len(uniq)} non-zeros ({time.time() - t0:.1f}s)")

    # --- weighting ------------------------------------------------------------
    if args.weighting == "ppmi":
        total = M.sum(dtype=np.float64)
        row_sum = M.sum(axis=1, dtype=np.float64)
        col_sum = M.sum(axis=0, dtype=np.float64) ** 0.75  # context smoothing
        col_p = col_sum / col_sum.sum()
        row_p = row_sum / total
        with np.errstate(divide="ignore"):
            np.log(M / np.float32(total), out=M)  # log p(w,c); zeros -> -inf
        M -= np.log(row_p).astype(np.float32)[:, None]
        M -= np.log(np.maximum(col_p, 1e-30)).astype(np.float32)[None, :]
        np.maximum(M, 0, out=M)  # -inf -> 0
    else:
        M /= M.sum(axis=1, keepdims=True)
        np.sqrt(M, out=M)

    # --- SVD ------------------------------------------------------------------
    U, S = randomized_svd(np, M, args.dims, rng)
    del M
    X = (U * S[None, :]).astype(np.float64)
    X /= np.maximum(np.linalg.norm(X, axis=1, keepdims=True), 1e-12)
    log(f"SVD to {args.dims} dims, top singular values {np.round(S[:5], 1).tolist()} ({time.time() - t0:.1f}s)")

    # --- clustering -----------------------------------------------------------
    vfreq = gfreq[[gid[w] for w in vocab_words]].astype(np.float64)
    klog = None if args.quiet else log
    w_fine = np.ones(V)
    fine, Cf, obj_f = spherical_kmeans(np, X, 1024, w_fine, rng, args.iters, args.fine_restarts, klog, "k=1024")
    kf = Cf.shape[0]
    size_f = np.bincount(fine, minlength=kf).astype(np.float64)
    used = size_f > 0
    # Coarse levels: the non-empty fine centroids are clustered into 256 (weighted by
    # cluster size), and those 256 centroids into 64, so each level nests in the next.
    idx_used = np.flatnonzero(used)
    mid_u, Cm, obj_m = spherical_kmeans(np, Cf[idx_used], 256, size_f[idx_used], rng, args.iters,
                                        args.coarse_restarts, klog, "k=256")
    size_m = np.bincount(mid_u, weights=size_f[idx_used], minlength=Cm.shape[0])
    used_m = np.flatnonzero(size_m > 0)
    top_m, _, obj_t = spherical_kmeans(np, Cm[used_m], 64, size_m[used_m], rng, args.iters,
                                       args.coarse_restarts, klog, "k=64")
    mid = np.zeros(kf, dtype=np.int64)
    mid[idx_used] = mid_u
    top_of_mid = np.zeros(Cm.shape[0], dtype=np.int64)
    top_of_mid[used_m] = top_m
    c1024 = fine
    c256 = mid[fine]
    c64 = top_of_mid[c256]
    n256 = Cm.shape[0]

    # Renumber by token frequency.
    m1024 = renumber(np, c1024, vfreq, kf)
    m256 = renumber(np, c256, vfreq, n256)
    m64 = renumber(np, c64, vfreq, 64)
    c1024, c256, c64 = m1024[c1024], m256[c256], m64[c64]
    log(f"k-means mean cosine: fine {obj_f:.4f}, c256 {obj_m:.4f}, c64 {obj_t:.4f}")
    log(f"clusters: {len(np.unique(c1024))} fine, {len(np.unique(c256))} mid, {len(np.unique(c64))} coarse "
        f"({time.time() - t0:.1f}s)")

    # --- output ---------------------------------------------------------------
    os.makedirs(os.path.dirname(os.path.abspath(args.output)), exist_ok=True)
    order = sorted(range(V), key=lambda i: vocab_words[i])
    tmp = args.output + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("word\tc64\tc256\tc1024\n")
        for i in order:
            fh.write(f"{vocab_words[i]}\t{c64[i]}\t{c256[i]}\t{c1024[i]}\n")
    os.replace(tmp, args.output)
    log(f"wrote {args.output} ({os.path.getsize(args.output)} bytes)")

    # --- sanity report --------------------------------------------------------
    vidx = {w: i for i, w in enumerate(vocab_words)}  # vocab is in frequency order

    def members(mask, n=15):
        idx = np.flatnonzero(mask)[:n]  # already by decreasing frequency
        return " ".join(vocab_words[i] for i in idx)

    log("\nsanity check (members by decreasing frequency):")
    for w in SANITY_WORDS:
        if w not in vidx:
            log(f"  {w}: not in vocabulary")
            continue
        i = vidx[w]
        f, m, t = c1024[i], c256[i], c64[i]
        log(f"  {w} (c64={t} c256={m} c1024={f})")
        log(f"    fine   [{int((c1024 == f).sum()):4d}]: {members(c1024 == f)}")
        log(f"    c256   [{int((c256 == m).sum()):4d}]: {members((c256 == m) & (c1024 != f))}")
        log(f"    c64    [{int((c64 == t).sum()):4d}]: {members((c64 == t) & (c256 != m))}")
    log(f"\ndone in {time.time() - t0:.1f}s")


if __name__ == "__main__":
    main()
