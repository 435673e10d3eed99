#!/usr/bin/env python3
"""Rebuild the sentiment plugin's VADER lexicons from the vaderSentiment package on PyPI.

Copies vader_lexicon.txt and emoji_utf8_lexicon.txt from vaderSentiment 3.3.2 (MIT,
Copyright (c) 2016 C.J. Hutto) into Plugins/BylineSentiment/Resources/ with Unix line ends,
vader_lexicon.txt with a final newline (the package's has none); the entries are unchanged.

    bash scripts/setup-peers.sh            # makes .venv with vaderSentiment
    .venv/bin/python scripts/build_vader_lexicon.py [--check]

With --check, nothing is written and the exit status says whether the shipped files equal
the rebuilt ones.
"""

import argparse
import os
import sys

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_OUTPUT = os.path.join(REPO_ROOT, "Plugins", "BylineSentiment", "Resources")
#: Each file, and whether a final newline is added.
FILES = {"vader_lexicon.txt": True, "emoji_utf8_lexicon.txt": False}


def rebuilt(path, final_newline):
    with open(path, "rb") as file:
        data = file.read().replace(b"\r\n", b"\n")
    return data + b"\n" if final_newline and not data.endswith(b"\n") else data


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", default=DEFAULT_OUTPUT, help="the Resources folder")
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    arguments = parser.parse_args()
    import vaderSentiment

    source = os.path.dirname(vaderSentiment.__file__)
    differ = []
    for name, final_newline in FILES.items():
        data = rebuilt(os.path.join(source, name), final_newline)
        target = os.path.join(arguments.output, name)
        if arguments.check:
            with open(target, "rb") as file:
                if file.read() != data:
                    differ.append(name)
        else:
            with open(target, "wb") as file:
                file.write(data)
    if differ:
        print("differ from vaderSentiment: " + ", ".join(differ), file=sys.stderr)
        return 1
    print("checked" if arguments.check else "written", ", ".join(FILES), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
