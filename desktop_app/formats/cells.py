"""Spreadsheet cell references (``A`` ↔ column 0), for code that must not import openpyxl."""

from __future__ import annotations

from openpyxl.utils import column_index_from_string, get_column_letter


def column_letter(index: int) -> str:
    """0-based column index → Excel letters: ``0`` → ``A``, ``27`` → ``AB``."""
    return get_column_letter(index + 1)


def column_index(letters: str) -> int | None:
    """Excel letters → 0-based index (``"c"`` → 2), or None when ``letters`` is not a column."""
    try:
        return column_index_from_string(letters.strip().upper()) - 1
    except ValueError:
        return None
