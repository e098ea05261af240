"""The BPJS Ketenagakerjaan programs a registration may hold (segment BPU): JKK and JKM are the
base every scheme covers, JHT may be added; JP and JKP do not exist for BPU (DOMAIN.md)."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum


class Program(StrEnum):
    JKK = "JKK"    # work accident
    JKM = "JKM"    # death
    JHT = "JHT"    # old-age savings (optional)


PROGRAMS = tuple(Program)
BASE_PROGRAMS = (Program.JKK, Program.JKM)


def programs_with(jht: bool) -> tuple[Program, ...]:
    """The base programs, plus JHT when chosen."""
    return BASE_PROGRAMS + ((Program.JHT,) if jht else ())


def in_order(programs: Iterable[str]) -> tuple[str, ...]:
    """Distinct program codes in the house order (JKK, JKM, JHT); unknown ones last."""
    def rank(code: str) -> int:
        return PROGRAMS.index(code) if code in PROGRAMS else len(PROGRAMS)
    return tuple(sorted(set(programs), key=lambda code: (rank(code), code)))


def has_base(programs: Iterable[str]) -> bool:
    return set(BASE_PROGRAMS) <= set(programs)


def programs_text(programs: Iterable[str], separator: str = " + ") -> str:
    """``JKK + JKM`` on paper; the export's data cell asks for ``", "``."""
    return separator.join(in_order(programs))
