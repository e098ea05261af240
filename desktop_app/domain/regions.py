"""Kemendagri region codes: levels, parents and the lookup interface the rules use.

Codes are dotted: province ``64``, regency/city ``64.09``, kecamatan ``64.09.01``,
village ``64.09.01.2001`` (1xxx kelurahan, 2xxx desa, 3xxx desa adat). The data
itself is loaded by ``storage.reference``; the domain only needs this protocol.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Protocol

# Regency prefixes used in Kalimantan Utara NIKs issued before the 2012 split,
# which today's Kalimantan Timur list skips (DOMAIN.md, "known gap").
KALTARA_PRE_2012 = frozenset({"64.04", "64.05", "64.06", "64.10", "64.73"})


class Level(IntEnum):
    PROVINCE = 1
    REGENCY = 2
    DISTRICT = 3
    VILLAGE = 4


_CODE_LENGTHS = {2: Level.PROVINCE, 5: Level.REGENCY, 8: Level.DISTRICT, 13: Level.VILLAGE}


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    historic: bool = False

    @property
    def level(self) -> Level:
        return level_of(self.code)

    @property
    def parent_code(self) -> str | None:
        return parent_code(self.code)


def level_of(code: str) -> Level:
    try:
        return _CODE_LENGTHS[len(code)]
    except KeyError:
        raise ValueError(f"not a region code: {code!r}") from None


def parent_code(code: str) -> str | None:
    return code.rsplit(".", 1)[0] if "." in code else None


def ancestor_code(code: str, level: Level) -> str:
    """The code at ``level`` holding ``code`` (``"64.09.01.2001"``, DISTRICT → ``"64.09.01"``);
    the code itself at its own level, and "" when ``code`` is shallower than ``level``."""
    parts = code.split(".") if code else []
    return ".".join(parts[:level]) if len(parts) >= level else ""


def district_of(code: str) -> str:
    """The kecamatan of a village (or of the kecamatan itself)."""
    return ancestor_code(code, Level.DISTRICT)


def regency_of(code: str) -> str:
    """The kabupaten/kota of a village or kecamatan."""
    return ancestor_code(code, Level.REGENCY)


def place_name(regency_name: str) -> str:
    """A kabupaten/kota as a place of birth is written on a KTP: ``Penajam Paser Utara``, not
    ``Kabupaten Penajam Paser Utara``."""
    return regency_name.removeprefix("Kabupaten ").removeprefix("Kota ").removeprefix("Kab. ")


def province_of(code: str) -> str:
    return ancestor_code(code, Level.PROVINCE)


def is_within(code: str, area: str) -> bool:
    """True when ``code`` is ``area`` or lies inside it (``64.09.01.2001`` is within ``64.09``)."""
    return bool(area) and (code == area or code.startswith(area + "."))


def code_from_digits(digits: str) -> str:
    """``"640901"`` → ``"64.09.01"``; ``"6409012001"`` → ``"64.09.01.2001"``."""
    parts = [digits[0:2], digits[2:4], digits[4:6], digits[6:10]]
    return ".".join(p for p in parts if p)


def digits_of(code: str) -> str:
    return code.replace(".", "")


class RegionDirectory(Protocol):
    """Read-only lookup over every current and historical region code."""

    def get(self, code: str) -> Region | None: ...

    def children(self, code: str | None) -> list[Region]: ...

    def lineage(self, code: str) -> list[Region]: ...

    def search(self, text: str, *, within: str | None = None, level: Level | None = None,
               limit: int = 50) -> list[Region]: ...


def villages_in(regions: RegionDirectory, code: str) -> list[Region]:
    """Every desa/kelurahan inside ``code`` (a village is inside itself), in directory order."""
    region = regions.get(code) if code else None
    if region is None:
        return []
    if region.level is Level.VILLAGE:
        return [region]
    return [v for child in regions.children(code) for v in villages_in(regions, child.code)]
