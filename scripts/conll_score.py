#!/usr/bin/env python3
"""Scores a CoNLL file whose last two columns are the gold and the predicted tag, the way
conlleval does (entity-level exact match; chunks read from IOB1/IOB2/BILOU tags with conlleval's
rules), independently of the Swift code. Usage:

    byline --empty eval ner --data eng.testb --predictions /tmp/pred.conll
    python3 scripts/conll_score.py /tmp/pred.conll
"""
import sys
from collections import Counter


def chunks(tags):
    found, start, kind = [], None, None
    for index, tag in enumerate(tags + ["O"]):
        prefix, _, name = tag.partition("-")
        begins = prefix in ("B", "U", "S") or (prefix in ("I", "L", "E") and (start is None or name != kind))
        if start is not None and (tag == "O" or begins):
            found.append((start, index, kind))
            start = None
        if tag != "O":
            if start is None:
                start, kind = index, name
            if prefix in ("L", "E", "U", "S"):
                found.append((start, index + 1, kind))
                start = None
    return found


def main(path):
    gold_count, predicted_count, correct = Counter(), Counter(), Counter()
    sentence = []

    def flush():
        gold = set(chunks([row[-2] for row in sentence]))
        predicted = set(chunks([row[-1] for row in sentence]))
        for chunk in gold:
            gold_count[chunk[2]] += 1
        for chunk in predicted:
            predicted_count[chunk[2]] += 1
            if chunk in gold:
                correct[chunk[2]] += 1
        sentence.clear()

    with open(path, encoding="utf-8") as handle:
        for line in handle:
            fields = line.split()
            if not fields or fields[0] == "-DOCSTART-":
                if sentence:
                    flush()
                continue
            sentence.append(fields)
    if sentence:
        flush()

    def report(name, c, p, g):
        precision = c / p if p else 0.0
        recall = c / g if g else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        print(f"{name:>8}  precision {100 * precision:6.2f}  recall {100 * recall:6.2f}  F1 {100 * f1:6.2f}")

    for kind in sorted(set(gold_count) | set(predicted_count)):
        report(kind, correct[kind], predicted_count[kind], gold_count[kind])
    report("overall", sum(correct.values()), sum(predicted_count.values()), sum(gold_count.values()))


if __name__ == "__main__":
    main(sys.argv[1])
