#!/usr/bin/env python3
"""Writes a large JSON Lines corpus for memory and throughput measurements.

Each record is one BBC News article from ../shared/data/bbc (first line the title, the rest the
body), repeated with a fresh id until the count is reached, so that nothing is dropped as a
duplicate:

    python3 scripts/make_large_corpus.py --count 100000 --output /tmp/bbc-100k.jsonl
"""
import argparse
import json
import os
import sys


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--output", required=True)
    parser.add_argument("--bbc", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data", "bbc"))
    arguments = parser.parse_args()

    articles = []
    for folder in sorted(os.listdir(arguments.bbc)):
        path = os.path.join(arguments.bbc, folder)
        if not os.path.isdir(path):
            continue
        for name in sorted(os.listdir(path)):
            with open(os.path.join(path, name), encoding="latin-1") as handle:
                lines = handle.read().strip().split("\n")
            articles.append((folder, name, lines[0].strip(), "\n".join(lines[1:]).strip()))
    if not articles:
        print(f"no articles under {arguments.bbc}", file=sys.stderr)
        return 1
    with open(arguments.output, "w", encoding="utf-8") as out:
        for number in range(arguments.count):
            folder, name, title, body = articles[number % len(articles)]
            copy = number // len(articles)
            record = {"id": f"bbc-{folder}-{name[:-4]}-{copy}", "title": title, "outlet": "BBC News",
                      "body": body}
            out.write(json.dumps(record) + "\n")
    print(f"wrote {arguments.count} articles to {arguments.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
