"""Registration numbers: a short sequence plus a Damm check digit, ``000123-4``.

The Damm algorithm catches every single-digit typo and every swap of two
adjacent digits, which is what happens when a number is read over the phone.
"""

from __future__ import annotations

import re

_DAMM = (
    (0, 3, 1, 7, 5, 9, 8, 6, 4, 2), (7, 0, 9, 2, 1, 5, 4, 8, 6, 3),
    (4, 2, 0, 6, 8, 7, 1, 3, 5, 9), (1, 7, 5, 0, 9, 8, 3, 4, 2, 6),
    (6, 1, 2, 3, 0, 4, 5, 9, 7, 8), (3, 6, 7, 4, 2, 0, 9, 5, 8, 1),
    (5, 8, 6, 9, 7, 2, 0, 1, 3, 4), (8, 9, 4, 5, 3, 6, 2, 0, 1, 7),
    (9, 4, 3, 8, 6, 1, 7, 2, 0, 5), (2, 5, 8, 1, 4, 3, 6, 7, 9, 0),
)
WIDTH = 6


def damm_digit(digits: str) -> int:
    interim = 0
    for ch in digits:
        interim = _DAMM[interim][int(ch)]
    return interim


def format_number(seq: int) -> str:
    """Sequence 123 → ``000123-4``."""
    body = f"{seq:0{WIDTH}d}"
    return f"{body}-{damm_digit(body)}"


def parse_number(text: str) -> int | None:
    """``000123-4`` / ``0001234`` / ``123-4`` → 123 when the check digit agrees, else None."""
    digits = re.sub(r"[\s\-.]", "", text or "")
    if not digits.isdigit() or len(digits) < 2:
        return None
    body, check = digits[:-1], int(digits[-1])
    if damm_digit(body.zfill(WIDTH)) != check:
        return None
    return int(body)
