#!/usr/bin/env python3
"""Regenerates the machine-made comment files of this fixture blog; the output is committed.

Deterministic: no randomness, no clock. Run from anywhere:
    python3 generate-comments.py

Writes
  comments/diary/busy/c01.yaml .. c55.yaml  55 small comments on posts/diary/busy.md, so that
      /comments/ needs two pages of 50. Comment n is dated 2014-05-01 00:00 UTC plus
      (n * 17) % 55 hours: every hour 0..54 once, in an order unlike the file names
      (c55 is the oldest, c42 the newest). CommentsIT relies on this formula.
  comments/security/hostile/evil.yaml  the hostile comment: HTML in the author, a javascript: url,
      an email that must never be published, every attack of the brief in the body, then over
      100 KB of filler text ending in the line "END OF HOSTILE FILLER."
"""

import os

HERE = os.path.dirname(os.path.abspath(__file__))
BUSY_COUNT = 55
FILLER_BYTES = 100 * 1024


def busy_hour(n):
    return n * 17 % BUSY_COUNT


def write(relative, text):
    path = os.path.join(HERE, relative)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def busy():
    for n in range(1, BUSY_COUNT + 1):
        hours = busy_hour(n)
        day, hour = 1 + hours // 24, hours % 24
        write(
            "comments/diary/busy/c%02d.yaml" % n,
            "author: Reader %02d\n"
            "email: reader%02d@example.com\n"
            "date: 2014-05-%02d %02d:00\n"
            "body: Comment number %02d on the busy post.\n" % (n, n, day, hour, n),
        )


HOSTILE_BODY = [
    'Nice post! <script>alert(1)</script>',
    '',
    '<img src=x onerror="alert(1)">',
    '',
    'Click [x](javascript:alert(2)) or [y](JaVaScRiPt:alert(4)) or <javascript:alert(3)> to win.',
    '',
    '<a href="https://ok.example/" onclick="steal()">ok</a>',
    '',
    '<iframe src="https://evil.example/"></iframe>',
    '',
    '<div style="position:fixed">',
    '',
    '<style>body{display:none}</style>',
    '',
    '![tracker](https://evil.example/pixel.png)',
    '',
]


def evil():
    lines = [
        "author: '<b>Evil</b> & \"co\"'",
        "url: javascript:alert(1)",
        "email: evil@example.com",
        "date: 2014-06-02 10:00",
        "body: |",
    ]
    lines += ["  " + line if line else "" for line in HOSTILE_BODY]
    filler = []
    size = 0
    n = 0
    while size < FILLER_BYTES:
        n += 1
        line = "Filler line %05d: all work and no play makes a dull comment." % n
        filler.append(line)
        size += len(line) + 1
        if n % 10 == 0:
            filler.append("")
    filler.append("END OF HOSTILE FILLER.")
    lines += ["  " + line if line else "" for line in filler]
    write("comments/security/hostile/evil.yaml", "\n".join(lines) + "\n")


if __name__ == "__main__":
    busy()
    evil()
