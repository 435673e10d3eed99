#!/usr/bin/env python3
"""List Swift functions and initialisers longer than a limit that carry no stated reason.

A function may be longer when the line just above its declaration (or its doc comment) says
why, with a comment that starts `// Long:`. The check reads braces outside strings and
comments, so multi-line string literals and closures are measured correctly.

    python3 scripts/check_function_length.py            # Sources and Plugins, limit 60
    python3 scripts/check_function_length.py --limit 80 Sources

Exit status 1 when a function is over the limit without a reason.
"""

import argparse
import pathlib
import re
import sys

DECLARATION = re.compile(
    r"^\s*(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|private|fileprivate|internal|package|open|static|class|"
    r"mutating|nonmutating|override|final|nonisolated|convenience|required|indirect|lazy|dynamic|"
    r"isolated)\s+)*(?:func\s+[^\s(<]+|init[?!]?|deinit|subscript)\b"
)


def code_only(lines):
    """Yields each line with strings and comments blanked out, tracking multi-line state."""
    in_block_comment = 0
    in_multiline_string = False
    for line in lines:
        out = []
        i = 0
        in_string = False
        while i < len(line):
            c = line[i]
            nxt = line[i : i + 3]
            if in_block_comment:
                if line.startswith("*/", i):
                    in_block_comment -= 1
                    i += 2
                    continue
                if line.startswith("/*", i):
                    in_block_comment += 1
                    i += 2
                    continue
                i += 1
                continue
            if in_multiline_string:
                if nxt == '"""':
                    in_multiline_string = False
                    i += 3
                    continue
                i += 1
                continue
            if in_string:
                if c == "\\":
                    i += 2
                    continue
                if c == '"':
                    in_string = False
                i += 1
                continue
            if line.startswith("//", i):
                break
            if line.startswith("/*", i):
                in_block_comment += 1
                i += 2
                continue
            if nxt == '"""':
                in_multiline_string = True
                i += 3
                continue
            if c == '"':
                in_string = True
                i += 1
                continue
            out.append(c)
            i += 1
        yield "".join(out)


def long_functions(path, limit):
    lines = path.read_text(encoding="utf-8").split("\n")
    code = list(code_only(lines))
    found = []
    for index, line in enumerate(code):
        if not DECLARATION.match(line):
            continue
        depth = 0
        opened = False
        end = None
        for j in range(index, len(code)):
            for c in code[j]:
                if c == "{":
                    depth += 1
                    opened = True
                elif c == "}":
                    depth -= 1
            if opened and depth <= 0:
                end = j
                break
            if not opened and j > index and code[j].strip() == "" and "{" not in code[j]:
                # A requirement in a protocol: no body.
                break
        if end is None:
            continue
        length = end - index + 1
        if length <= limit:
            continue
        above = index - 1
        reason = False
        while above >= 0 and lines[above].strip().startswith(("//", "@")):
            if lines[above].strip().startswith("// Long:"):
                reason = True
            above -= 1
        if not reason:
            found.append((length, index + 1, lines[index].strip()))
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=60)
    parser.add_argument("paths", nargs="*", default=["Sources", "Plugins"])
    options = parser.parse_args()
    failures = 0
    for root in options.paths:
        for path in sorted(pathlib.Path(root).rglob("*.swift")):
            for length, line, text in long_functions(path, options.limit):
                print(f"{path}:{line}: {length} lines: {text[:80]}")
                failures += 1
    if failures:
        print(f"{failures} function(s) over {options.limit} lines without a '// Long:' reason", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
