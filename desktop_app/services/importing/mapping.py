"""Which column feeds which field: every header scored against every field, the best assignment.

Each (column, field) pair gets one score from the header (``headers``) and the
column's values (``content``): a header that names a field and values that fit
it give a confident pair; a strong header with values that contradict it, or
values alone without a header, give a weaker one. Pairs are then taken best
first, each field and each column once, so "NAMA" under "AHLI WARIS" cannot
take the participant's name. Pairs below ``CONFIRM`` are assigned but shown
for confirmation; columns left over say why they are not used.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.formats.cells import column_letter
from desktop_app.services.importing.content import DISTINCT, Profile, agrees, fit
from desktop_app.services.importing.headers import grouped_scores, normalize_header
from desktop_app.services.importing.vocabulary import IGNORE, NOT_FOR_IMPORT

ASSIGN = 0.45          # below this a pair is not taken
CONFIRM = 0.8          # below this a taken pair is shown for confirmation
WEIGHTS = {"nik": 3.0, "full_name": 2.0, "birth_date": 1.0, "birth_place": 1.0, "birth_place_date": 1.5, "sex": 1.0,
           "sex_male": 0.55, "sex_female": 0.55,
           "mother_name": 1.0, "village": 1.0, "address": 1.0, "occupation": 1.0, "row_number": 0.2}
# Unused-column reasons (``ColumnMapping.why``).
WHY_EMPTY, WHY_UNKNOWN, WHY_TAKEN, WHY_ANSWER, WHY_ROW_NUMBER, WHY_USER = (
    "empty", "unknown", "taken", "answer", "row_number", "user")


@dataclass
class ColumnMapping:
    """One column: where it is, its header as written, the field it feeds and how sure that is."""

    index: int
    header: str
    field: str = IGNORE
    source: str = "auto"       # auto | content | learned (header taught) | remembered (same headers) | user
    confidence: float = 0.0
    why: str = ""              # for a column not used: WHY_*
    rival: int | None = None   # WHY_TAKEN: the column that took the field
    wish: str = ""             # WHY_TAKEN: the field it would have fed
    hidden: bool = False

    @property
    def letter(self) -> str:
        return column_letter(self.index)

    @property
    def needs_confirmation(self) -> bool:
        return bool(self.field) and self.field != "row_number" and self.source in ("auto", "content") \
            and self.confidence < CONFIRM

    @property
    def used(self) -> bool:
        return bool(self.field) and self.field not in ("row_number", *NOT_FOR_IMPORT)

    def as_dict(self) -> dict:
        return {"column": self.letter, "index": self.index, "header": self.header, "field": self.field,
                "source": self.source, "confidence": round(self.confidence, 2),
                "needs_confirmation": self.needs_confirmation, "why_unused": "" if self.used else self.why,
                "hidden": self.hidden}


def combine(header: float, prof: Profile, field_name: str) -> tuple[float, str]:
    """(score, source) of a pair from its header score and the column's values."""
    distinct = DISTINCT.get(field_name, 0.3)
    strict = fit(prof, field_name)
    if header >= 0.5:
        lax = agrees(prof, field_name)
        if lax is None:
            return header * 0.95, "auto"
        score = header * (1 - 0.45 * distinct * (1 - lax)) + 0.1 * distinct * strict
        return min(score, 1.0), "auto"
    content = 0.78 * strict * distinct
    return (content, "content") if content > header * 0.8 else (header * 0.8, "auto")


def _pairs(labels: list[tuple[str, str]], profiles: list[Profile],
           learned: dict[str, str]) -> list[tuple[float, int, str, str]]:
    out = []
    for c, (group, sub) in enumerate(labels):
        text = normalize_header(f"{group} {sub}".strip())
        if text and learned.get(text):
            out.append((1.0, c, learned[text], "learned"))
            continue
        scores = grouped_scores(group, sub)
        for field_name in sorted(set(scores) | {f for f in DISTINCT if fit(profiles[c], f) > 0.5}):
            score, source = combine(scores.get(field_name, 0.0), profiles[c], field_name)
            if score >= ASSIGN * 0.5:
                out.append((score, c, field_name, source))
    return sorted(out, key=lambda p: (-p[0], -WEIGHTS.get(p[2], 0.5), p[1], p[2]))     # ties: always the same


def assign(labels: list[tuple[str, str]], profiles: list[Profile], learned: dict[str, str] | None = None,
           hidden: set[int] | None = None, fixed: dict[int, tuple[str, str]] | None = None) -> list[ColumnMapping]:
    """The best assignment of fields to columns; ``labels`` are (group title, header) per column; ``fixed`` holds
    choices made already (column → (field, source): the user's, or remembered) that the rest is fitted around."""
    columns = [ColumnMapping(c, " ".join(p for p in label if p), hidden=c in (hidden or set()))
               for c, label in enumerate(labels)]
    taken: dict[str, int] = {}
    done: set[int] = set()
    for c, (field_name, source) in (fixed or {}).items():
        if c < len(columns):
            columns[c].field, columns[c].source, columns[c].confidence = field_name, source, 1.0
            columns[c].why = WHY_USER if not field_name else ""
            done.add(c)
            if field_name and field_name != "row_number":
                taken[field_name] = c
    best_wish: dict[int, tuple[str, float]] = {}
    for score, c, field_name, source in _pairs(labels, profiles, learned or {}):
        best_wish.setdefault(c, (field_name, score))
        column = columns[c]
        if c in done or column.field or score < ASSIGN:
            continue
        if field_name in taken and field_name != "row_number":
            continue
        column.field, column.confidence, column.source = field_name, score, source
        taken.setdefault(field_name, c)
    for column in columns:
        if not column.used and column.index not in done:
            wish = best_wish.get(column.index)
            column.why, column.rival = _why(column, profiles[column.index], wish, taken)
            column.wish = wish[0] if wish and column.why == WHY_TAKEN else ""
    return columns


def _why(column: ColumnMapping, prof: Profile, wish: tuple[str, float] | None,
         taken: dict[str, int]) -> tuple[str, int | None]:
    if column.field == "row_number":
        return WHY_ROW_NUMBER, None
    if column.field in NOT_FOR_IMPORT:
        return WHY_ANSWER, None
    if not prof.values and not column.header:
        return WHY_EMPTY, None
    if wish and wish[1] >= ASSIGN and wish[0] in taken and taken[wish[0]] != column.index:
        return WHY_TAKEN, taken[wish[0]]
    return WHY_UNKNOWN, None


def table_score(columns: list[ColumnMapping]) -> float:
    """How much of a table of people this mapping finds (NIK and name weigh most; answer columns count too)."""
    return sum(WEIGHTS.get(c.field, 0.5) * c.confidence for c in columns if c.field)
