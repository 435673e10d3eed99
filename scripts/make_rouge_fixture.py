#!/usr/bin/env python3
"""Make the ROUGE parity fixture: candidate and reference summaries built from the project's own
sample corpus (Examples/corpus), scored by Python's rouge-score (ROUGE-1, ROUGE-2 and ROUGE-Lsum,
Porter stemming on). Writes JSON Lines to Tests/BylineSummarizationTests/Fixtures/rouge-parity.jsonl.

    .venv/bin/python scripts/make_rouge_fixture.py
"""
import json
import pathlib
import random
import re
import sys

try:
    from rouge_score import rouge_scorer
except ImportError:
    sys.exit("rouge-score is missing: run scripts/setup-peers.sh and use .venv/bin/python")

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT / "Examples" / "corpus"
OUTPUT = ROOT / "Tests" / "BylineSummarizationTests" / "Fixtures" / "rouge-parity.jsonl"


def sentences(path):
    text = path.read_text(encoding="utf-8-sig").replace("\r\n", "\n")
    found = []
    for line in text.split("\n"):
        for sentence in re.split(r"(?<=[.!?])\s+", line.strip()):
            if len(sentence.split()) >= 6:
                found.append(sentence)
    return found


def main():
    random.seed(2025)
    files = sorted(CORPUS.glob("*.txt"))
    stories = {}
    for path in files:
        stories.setdefault(path.name.split("-")[0] + "-" + path.name.split("-")[1], []).append(path)
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    rows = []
    for story, paths in sorted(stories.items()):
        texts = {path: sentences(path) for path in paths}
        for _ in range(40):
            first, second = random.sample(paths, 2)
            candidate = "\n".join(random.sample(texts[first], min(3, len(texts[first]))))
            reference = "\n".join(texts[second][: random.randint(2, 5)])
            scores = scorer.score(reference, candidate)
            rows.append({
                "candidate": candidate,
                "reference": reference,
                "rouge1": [scores["rouge1"].precision, scores["rouge1"].recall, scores["rouge1"].fmeasure],
                "rouge2": [scores["rouge2"].precision, scores["rouge2"].recall, scores["rouge2"].fmeasure],
                "rougeL": [scores["rougeLsum"].precision, scores["rougeLsum"].recall, scores["rougeLsum"].fmeasure],
            })
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    with OUTPUT.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} pairs to {OUTPUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
