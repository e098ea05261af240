"""Registration numbers: the one home of how they are formed, printed and read back.

Two forms, both ending in a Damm check digit (it catches every single-digit typo and
every swap of two adjacent digits, which is what happens when a number is read over
the phone):

- **Kabupaten-unique** ``012-000123-7``: the office number assigned by the Dinas
  (1..999), the office's running number, the check digit. Stored as one integer
  ``seq = office_number × 10^6 + running`` (``office_seq``), so the UNIQUE
  ``registrations.seq`` column and the FTS rowid never collide between offices of one
  kabupaten database.
- **Legacy** ``000123-4``: an office without a number (every office before migration
  m011): ``seq`` below 10^6. When an office gets its number, its legacy rows move into
  its block (``seq`` 123 becomes 12 000 123, printed ``012-000123-7``, the same
  running number) and keep the old value in ``registrations.legacy_seq`` so the
  numbers already printed (``000123-4``) stay findable and their slips still verify.

Damm ignores leading zeros, so the check digit of ``012-000123`` is that of ``12000123``:
``parse_number`` returns the integer in both forms; a value below ``OFFICE_BLOCK`` is a
legacy number (``is_legacy``), looked up through ``legacy_seq``.
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
WIDTH = 6                      # digits of a legacy number and of a running number
OFFICE_WIDTH = 3               # digits of an office number
OFFICE_BLOCK = 10 ** WIDTH     # running numbers per office: seq = office × OFFICE_BLOCK + running
MAX_OFFICE_NUMBER = 10 ** OFFICE_WIDTH - 1
MAX_RUNNING = OFFICE_BLOCK - 1
_SEPARATORS = re.compile(r"[\s\-./]+")


def damm_digit(digits: str) -> int:
    interim = 0
    for ch in digits:
        interim = _DAMM[interim][int(ch)]
    return interim


def office_seq(office_number: int, running: int) -> int:
    """The stored ``seq`` of running number ``running`` at office ``office_number``."""
    if not 1 <= office_number <= MAX_OFFICE_NUMBER or not 1 <= running <= MAX_RUNNING:
        raise ValueError("office number or running number out of range")
    return office_number * OFFICE_BLOCK + running


def is_legacy(seq: int) -> bool:
    """A number from before the office had its number (``000123-4``)."""
    return seq < OFFICE_BLOCK


def office_number_of(seq: int) -> int | None:
    """The office number a ``seq`` carries; None for a legacy number."""
    return None if is_legacy(seq) else seq // OFFICE_BLOCK


def running_of(seq: int) -> int:
    return seq % OFFICE_BLOCK


def office_range(office_number: int) -> tuple[int, int]:
    """The first and last ``seq`` of an office's block."""
    return office_number * OFFICE_BLOCK + 1, office_number * OFFICE_BLOCK + MAX_RUNNING


def format_number(seq: int) -> str:
    """Sequence 123 → ``000123-4``; 12 000 123 → ``012-000123-7``."""
    if is_legacy(seq):
        body = f"{seq:0{WIDTH}d}"
        return f"{body}-{damm_digit(body)}"
    office, running = divmod(seq, OFFICE_BLOCK)
    return f"{office:0{OFFICE_WIDTH}d}-{running:0{WIDTH}d}-{damm_digit(str(seq))}"


def parse_number(text: str) -> int | None:
    """The ``seq`` a typed or printed number names when its check digit agrees, else None.

    ``000123-4`` / ``0001234`` / ``123-4`` → 123 (legacy); ``012-000123-7`` / ``12-123-7`` /
    ``0120001237`` → 12 000 123. Spaces, dots and slashes count as dashes."""
    text = (text or "").strip()
    groups = [g for g in _SEPARATORS.split(text) if g]
    if not groups or not all(g.isdigit() for g in groups):
        return None
    if len(groups) == 3:
        office, running, check = groups
        if len(check) != 1 or len(running) > WIDTH or not 1 <= int(office) <= MAX_OFFICE_NUMBER:
            return None
        value = int(office) * OFFICE_BLOCK + int(running)
    elif len(groups) <= 2:
        digits = "".join(groups)
        if len(digits) < 2 or len(digits) > OFFICE_WIDTH + WIDTH + 1:
            return None
        value, check = int(digits[:-1]), digits[-1]
    else:
        return None
    if value < 1 or damm_digit(str(value)) != int(check):
        return None
    return value
