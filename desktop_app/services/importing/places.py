"""Desa names or codes → Kemendagri village codes inside the office's area.

A village list names its desa as "Nenang", "DESA NENANG", "Ds. Nenang" or
"64.09.01.1010"; the same name may exist in two kecamatan of a regency (then
the kecamatan column, or a code, decides). The resolver also tells the content
recogniser whether a value is a desa or kecamatan of the area, and finds the
one desa a sheet name or title row names ("DAFTAR … DESA BABULU DARAT").
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from desktop_app.domain.problems import Problem, error
from desktop_app.domain.regions import RegionDirectory, code_from_digits, district_of, is_within, villages_in
from desktop_app.i18n import QT_TRANSLATE_NOOP
from desktop_app.services.importing.headers import normalize_value

M_VILLAGE_UNKNOWN = QT_TRANSLATE_NOOP("Import", "Desa/kelurahan \"{value}\" tidak ditemukan di wilayah {area}.")
M_VILLAGE_SUGGEST = QT_TRANSLATE_NOOP("Import", "Desa/kelurahan \"{value}\" tidak ditemukan di wilayah {area}; "
                                      "mungkin maksudnya \"{suggestion}\"?")
M_VILLAGE_AMBIGUOUS = QT_TRANSLATE_NOOP("Import", "Desa/kelurahan \"{value}\" ada di beberapa kecamatan ({districts}); "
                                        "tambahkan kolom KECAMATAN atau tulis kode desanya.")
M_VILLAGE_OUTSIDE = QT_TRANSLATE_NOOP("Import", "Kode desa {value} berada di luar wilayah {area}.")

_CODE = re.compile(r"^\d{2}\.?\d{2}\.?\d{2}\.?\d{4}$")
_PREFIX = re.compile(r"^(?:DESA|DS|KELURAHAN|KEL|KAMPUNG ADAT|KAMPUNG|KEC|KECAMATAN)\s+")


class VillageResolver:
    """Resolves desa names and codes within ``area_code`` (a kecamatan, regency or province)."""

    def __init__(self, regions: RegionDirectory, area_code: str) -> None:
        self.regions = regions
        self.area = area_code
        area = regions.get(area_code)
        self.area_name = area.name if area else area_code
        self._by_name: dict[str, list[str]] | None = None
        self._districts: set[str] | None = None
        self._cache: dict[tuple[str, str], tuple[str, Problem | None]] = {}

    def _index(self) -> dict[str, list[str]]:
        if self._by_name is None:
            self._by_name, self._districts = {}, set()
            for village in villages_in(self.regions, self.area):
                self._by_name.setdefault(self.key(village.name), []).append(village.code)
                self._districts.add(self.key(self.name_of(district_of(village.code))))
        return self._by_name

    @staticmethod
    def key(name: str) -> str:
        return _PREFIX.sub("", normalize_value(name))

    def is_village(self, text: str) -> bool:
        return bool(_CODE.match(text.strip())) or self.key(text) in self._index()

    def is_district(self, text: str) -> bool:
        self._index()
        return self.key(text) in (self._districts or set())

    def resolve(self, text: str, district: str = "") -> tuple[str, Problem | None]:
        key = (text, district)
        if key not in self._cache:
            self._cache[key] = self._resolve(text.strip(), district)
        return self._cache[key]

    def _resolve(self, text: str, district: str) -> tuple[str, Problem | None]:
        if _CODE.match(text):
            code = code_from_digits(text.replace(".", ""))
            if self.regions.get(code) is None or not is_within(code, self.area):
                return "", error("village_code", "import.village_outside", M_VILLAGE_OUTSIDE, value=code,
                                 area=self.area_name)
            return code, None
        codes = self._index().get(self.key(text), [])
        if len(codes) > 1 and district:
            codes = [c for c in codes if self.key(self.name_of(district_of(c))) == self.key(district)] or codes
        if len(codes) == 1:
            return codes[0], None
        if codes:
            districts = ", ".join(sorted({self.name_of(district_of(c)) for c in codes}))
            return "", error("village_code", "import.village_ambiguous", M_VILLAGE_AMBIGUOUS, value=text,
                             districts=districts)
        return "", self._unknown(text)

    def name_of(self, code: str) -> str:
        region = self.regions.get(code)
        return region.name if region else code

    def _unknown(self, text: str) -> Problem:
        def likeness(name: str) -> float:
            return SequenceMatcher(None, self.key(text), self.key(name)).ratio()
        names = {self.name_of(codes[0]) for codes in self._index().values()}
        best = max(names, key=likeness, default="")
        if best and likeness(best) >= 0.8:
            return error("village_code", "import.village_unknown", M_VILLAGE_SUGGEST, value=text,
                         area=self.area_name, suggestion=best)
        return error("village_code", "import.village_unknown", M_VILLAGE_UNKNOWN, value=text, area=self.area_name)

    def named_in(self, texts: list[str], bare: bool = False) -> str:
        """The one village of the area named in ``texts`` ("DAFTAR … DESA BABULU DARAT", or with ``bare`` a
        sheet called just "Nenang"), or ""."""
        found = set()
        for text in texts:
            words = f" {normalize_value(text)} "
            for key, codes in self._index().items():
                if len(codes) != 1:
                    continue
                if any(f" {p} {key} " in words for p in ("DESA", "KELURAHAN", "KEL", "DS")) \
                        or (bare and words.strip() == key):
                    found.add(codes[0])
        return found.pop() if len(found) == 1 else ""
