"""What a column holds, read from its values: the second opinion next to its header.

Sixteen-digit numbers are NIKs (or KK numbers), dates are birth dates, L/P is
sex, ``08…`` is a phone, names found in the office's region list are desa,
"Istri"/"Anak" are heir relationships, large amounts are rupiah. ``profile``
samples a column; ``fit`` says, per field, which share of the column's values
could be that field, and ``DISTINCT`` how much such a fit means on its own (a
column of dates is surely a date; a column of names could be any name).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from desktop_app.domain.dates import parse_day_first
from desktop_app.domain.nik import strip_separators
from desktop_app.services.importing.cells import is_blank, split_place_date
from desktop_app.services.importing.spellings import SEX, is_marital, is_mark, is_occupation, is_relationship

SAMPLE = 200
_PHONE = re.compile(r"^(?:\+?62|0)8\d{7,11}$")
_RT_RW = re.compile(r"^\d{1,3}\s*[/\-]\s*\d{1,3}$")
_NAME = re.compile(r"^[^\W\d_][^\W\d_ .,'\-]*(?:[ .,'\-]+[^\W\d_][^\W\d_.,'\-]*){0,6}\.?$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_MONEY_TEXT = re.compile(r"^(?:rp\.?\s*)?\d{1,3}(?:[.,]\d{3})+(?:,-)?$|^rp\.?\s*\d+", re.I)
_SCIENTIFIC = re.compile(r"^[+-]?\d+(?:[.,]\d+)?\s*[eE]\s*\+?\d+$")

# How much a column whose values fit a field says on its own, without a header.
DISTINCT = {"nik": 1.0, "kk_number": 0.5, "heir_nik": 0.4, "birth_date": 0.9, "birth_place_date": 0.9,
            "sex": 0.9, "sex_male": 0.5, "sex_female": 0.5, "phone": 0.9, "heir_phone": 0.4, "email": 0.95,
            "rt_rw": 0.9, "village": 0.85, "district": 0.7, "heir_relationship": 0.85, "occupation": 0.8,
            "marital_status": 0.85, "income": 0.6, "rt": 0.2, "rw": 0.2, "row_number": 0.6}


@dataclass
class Profile:
    """Shares of a column's sampled values of each kind (over the non-empty ones)."""

    values: int = 0
    empty: int = 0
    kinds: dict[str, float] = field(default_factory=dict)
    sequential: bool = False

    def share(self, kind: str) -> float:
        return self.kinds.get(kind, 0.0)


def _digits(value: object) -> str:
    if isinstance(value, bool):
        return ""
    if isinstance(value, (int, float)):
        return str(int(value)) if float(value).is_integer() and abs(value) < 1e17 else ""
    return strip_separators(str(value)).lstrip("'")


def _as_date(value: object, today: date) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return date(1900, 1, 1) if 3000 < value < 50000 and float(value).is_integer() else None
    try:
        found = parse_day_first(str(value), today=today)
    except (ValueError, OverflowError):
        return None
    return found if 1900 <= found.year <= today.year else None


def _is_date(value: object, today: date) -> bool:
    return _as_date(value, today) is not None


def _is_birth(value: object, today: date) -> bool:
    """A date a worker can be born on: at least ten years ago, and no time of day (a form's timestamp)."""
    if isinstance(value, datetime) and value.time() != datetime.min.time():
        return False
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return 3000 < value < (date(today.year - 10, 1, 1) - date(1899, 12, 30)).days and float(value).is_integer()
    found = _as_date(value, today)
    return found is not None and found.year <= today.year - 10


def _kinds(value: object, today: date, is_village: Callable[[str], bool],
           is_district: Callable[[str], bool]) -> set[str]:
    text = value.strip() if isinstance(value, str) else ""
    digits = _digits(value)
    out = set()
    if digits.isdigit() and len(digits) in (15, 16) or _SCIENTIFIC.match(text):
        out.add("nik16")
    if _is_date(value, today):
        out.add("date")
        if _is_birth(value, today):
            out.add("birth")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        number = float(value)
        out.update(k for k, ok in (("small_int", number.is_integer() and 0 <= number < 1000),
                                   ("money", number >= 10_000 and "nik16" not in out),
                                   ("phone", digits.startswith("8") and 9 <= len(digits) <= 12)) if ok)
        return out
    if not text:
        return out
    upper = text.upper()
    checks = (("small_int", digits.isdigit() and len(digits) <= 3), ("rt_rw", bool(_RT_RW.match(text))),
              ("phone", bool(_PHONE.match(re.sub(r"[\s\-.()]", "", text)))), ("email", bool(_EMAIL.match(text))),
              ("money", bool(_MONEY_TEXT.match(text))), ("sex", upper in SEX or upper.replace("-", " ") in SEX),
              ("mark", is_mark(text)), ("name", bool(_NAME.match(text))), ("relationship", is_relationship(text)),
              ("occupation", is_occupation(text)), ("marital", is_marital(text)), ("village", is_village(text)),
              ("district", is_district(text)))
    out.update(k for k, ok in checks if ok)
    if "date" not in out and len(text) > 8:
        place, when = split_place_date(text)
        if place and when and _is_date(when, today):
            out.add("place_date")
    if not out - {"name"}:
        out.add("text")
    return out


def profile(values: list, today: date, is_village: Callable[[str], bool],
            is_district: Callable[[str], bool]) -> Profile:
    out = Profile()
    counts: dict[str, int] = {}
    numbers = []
    for value in values[:SAMPLE]:
        if is_blank(value):
            out.empty += 1
            continue
        out.values += 1
        for kind in _kinds(value, today, is_village, is_district):
            counts[kind] = counts.get(kind, 0) + 1
        if isinstance(value, (int, float)) and not isinstance(value, bool) or str(value).strip().isdigit():
            numbers.append(float(value) if not isinstance(value, str) else float(value.strip()))
    if out.values:
        out.kinds = {k: n / out.values for k, n in counts.items()}
    out.sequential = len(numbers) >= 3 and len(numbers) == out.values and all(
        b - a == 1 for a, b in zip(numbers, numbers[1:], strict=False))
    return out


_STRICT = {
    "nik": ("nik16",), "kk_number": ("nik16",), "heir_nik": ("nik16",), "birth_date": ("birth",),
    "birth_place_date": ("place_date",), "sex": ("sex",), "sex_male": ("mark",), "sex_female": ("mark",),
    "phone": ("phone",), "heir_phone": ("phone",), "rt": ("small_int",), "rw": ("small_int",), "rt_rw": ("rt_rw",),
    "income": ("money",), "honorarium": ("money",), "email": ("email",), "village": ("village",),
    "district": ("district",),
    "heir_relationship": ("relationship",), "occupation": ("occupation",), "marital_status": ("marital",),
    "row_number": ("small_int",),
}
_LAX = {
    **_STRICT, "occupation": ("occupation", "name", "text"), "full_name": ("name",), "mother_name": ("name",),
    "heir_name": ("name",), "birth_place": ("name", "village", "district"), "village": ("village", "name", "text"),
    "address": ("name", "text", "small_int", "rt_rw"), "note": ("name", "text", "small_int", "date"),
    "heir_relationship": ("relationship", "name"), "district": ("district", "name"),
    "sex_male": ("mark", "sex"), "sex_female": ("mark", "sex"),
}


def _share(prof: Profile, kinds: tuple[str, ...]) -> float:
    return max(prof.share(k) for k in kinds)


def fit(prof: Profile, field_name: str) -> float:
    """Share of the column's values that are surely ``field_name``'s kind (0 for fields content cannot tell)."""
    kinds = _STRICT.get(field_name)
    if not kinds or not prof.values:
        return 0.0
    share = _share(prof, kinds)
    return share if field_name != "row_number" or prof.sequential else share * 0.3


def agrees(prof: Profile, field_name: str) -> float | None:
    """Share of the column's values that could be ``field_name`` (None: no values to judge)."""
    if not prof.values:
        return None
    kinds = _LAX.get(field_name)
    if not kinds:
        return 1.0
    share = _share(prof, kinds)
    if field_name in ("full_name", "mother_name", "heir_name"):
        share -= max(prof.share(k) for k in ("village", "relationship", "sex", "occupation", "marital", "nik16",
                                             "date", "phone"))
    return max(0.0, min(1.0, share))
