"""One row of a village list → a ``Registration`` plus the problems its cells had.

Cell damage (NIKs eaten by Excel's number format, phones without their 0,
unreadable dates) is found by ``services.importing.cells``; desa names or codes are
resolved inside the office's area; common spellings of sex, marital status,
relationship and occupation are mapped to the form's values. What the form
itself checks is left to ``domain.validation`` (via ``RegistryService.check``).
"""

from __future__ import annotations

import re
from datetime import date
from difflib import SequenceMatcher

from desktop_app.domain.dates import YearMonth
from desktop_app.domain.nik import parse_nik
from desktop_app.domain.occupations import OTHER, canonical_occupation
from desktop_app.domain.problems import Problem, error, warning
from desktop_app.domain.regions import RegionDirectory, code_from_digits, district_of, is_within, villages_in
from desktop_app.domain.registration import HEIR_RELATIONSHIPS, Heir, LegalBasis, Registration
from desktop_app.domain.scheme import Scheme
from desktop_app.i18n import QT_TRANSLATE_NOOP
from desktop_app.services.importing.cells import (
    LABEL_HEIR_NIK,
    LABEL_KK,
    date_value,
    identity_number,
    is_blank,
    money_value,
    phone_number,
    text_of,
)
from desktop_app.services.importing.headers import normalize_header

M_VILLAGE_UNKNOWN = QT_TRANSLATE_NOOP("Import", "Desa/kelurahan \"{value}\" tidak ditemukan di wilayah {area}.")
M_VILLAGE_SUGGEST = QT_TRANSLATE_NOOP("Import", "Desa/kelurahan \"{value}\" tidak ditemukan di wilayah {area}; "
                                      "mungkin maksudnya \"{suggestion}\"?")
M_VILLAGE_AMBIGUOUS = QT_TRANSLATE_NOOP("Import", "Desa/kelurahan \"{value}\" ada di beberapa kecamatan ({districts}); "
                                        "tambahkan kolom KECAMATAN atau tulis kode desanya.")
M_VILLAGE_OUTSIDE = QT_TRANSLATE_NOOP("Import", "Kode desa {value} berada di luar wilayah {area}.")
M_VILLAGE_MISSING = QT_TRANSLATE_NOOP("Import", "Desa/kelurahan belum diisi; tambahkan kolom DESA atau pilih desa "
                                      "untuk seluruh berkas.")
M_OCCUPATION_OTHER = QT_TRANSLATE_NOOP("Import", "Pekerjaan \"{value}\" tidak ada di daftar; dicatat sebagai "
                                                 "\"Lainnya\".")
M_MARITAL = QT_TRANSLATE_NOOP("Import", "Status perkawinan \"{value}\" tidak dikenal; dikosongkan.")

_CODE = re.compile(r"^\d{2}\.?\d{2}\.?\d{2}\.?\d{4}$")
_VILLAGE_PREFIX = re.compile(r"^(DESA|DS|KELURAHAN|KEL|KAMPUNG|KAMPUNG ADAT)\s+")
_SEX = {"L": "L", "LK": "L", "LAKI": "L", "LAKI LAKI": "L", "PRIA": "L", "M": "L", "MALE": "L", "COWOK": "L",
        "P": "P", "PR": "P", "PEREMPUAN": "P", "WANITA": "P", "W": "P", "F": "P", "FEMALE": "P"}
_MARITAL = {"KAWIN": "kawin", "MENIKAH": "kawin", "SUDAH KAWIN": "kawin", "K": "kawin", "BELUM KAWIN": "belum_kawin",
            "BELUM MENIKAH": "belum_kawin", "LAJANG": "belum_kawin", "BK": "belum_kawin", "TK": "belum_kawin",
            "CERAI HIDUP": "cerai_hidup", "CH": "cerai_hidup", "JANDA": "cerai_hidup", "DUDA": "cerai_hidup",
            "CERAI MATI": "cerai_mati", "CM": "cerai_mati"}
_OCCUPATION_WORDS = {
    "Petani/Pekebun": ("PETANI", "PEKEBUN", "PETANI PEKEBUN", "BERTANI", "BERKEBUN", "PETANI SAWIT"),
    "Buruh Tani/Perkebunan": ("BURUH TANI", "BURUH KEBUN", "BURUH PERKEBUNAN", "BURUH TANI PERKEBUNAN",
                              "BURUH SAWIT"),
    "Nelayan/Perikanan": ("NELAYAN", "PERIKANAN", "NELAYAN PERIKANAN", "PEMBUDIDAYA IKAN"),
    "Buruh Nelayan/Perikanan": ("BURUH NELAYAN", "ABK", "BURUH NELAYAN PERIKANAN", "BURUH PERIKANAN"),
    "Peternak": ("PETERNAK", "PETERNAKAN"),
    "Buruh Peternakan": ("BURUH PETERNAKAN", "BURUH TERNAK"),
    "Buruh Harian Lepas": ("BURUH HARIAN LEPAS", "BHL", "BURUH HARIAN", "BURUH", "BURUH LEPAS", "HARIAN LEPAS"),
    "Pedagang (kecil/keliling/kaki lima)": ("PEDAGANG", "PEDAGANG KECIL", "PEDAGANG KELILING", "PKL",
                                            "PEDAGANG KAKI LIMA", "BERDAGANG", "DAGANG"),
    "Tukang Ojek": ("OJEK", "TUKANG OJEK", "OJOL", "OJEK ONLINE", "PENGOJEK"),
    "Sopir Angkot": ("SOPIR ANGKOT", "SUPIR ANGKOT", "SOPIR", "SUPIR"),
    "Tukang Parkir": ("TUKANG PARKIR", "JUKIR", "JURU PARKIR"),
    "Buruh Pelabuhan/Tukang Angkut": ("BURUH PELABUHAN", "TUKANG ANGKUT", "KULI ANGKUT", "PORTER", "BURUH ANGKUT"),
    "Kuli Bangunan": ("KULI BANGUNAN", "BURUH BANGUNAN", "TUKANG BANGUNAN"),
    "Tukang Las/Pandai Besi": ("TUKANG LAS", "PANDAI BESI", "TUKANG LAS PANDAI BESI"),
    "Tukang Jahit": ("TUKANG JAHIT", "PENJAHIT"),
    "Pembantu Rumah Tangga": ("PEMBANTU RUMAH TANGGA", "PRT", "ART", "ASISTEN RUMAH TANGGA"),
    "Paraji/Dukun Beranak": ("PARAJI", "DUKUN BERANAK", "DUKUN BAYI", "PARAJI DUKUN BERANAK"),
    "Penggiat Agama (marbot, guru ngaji)": ("MARBOT", "GURU NGAJI", "PENGGIAT AGAMA", "GARIN", "MODIN"),
    "Pekerja Serabutan": ("PEKERJA SERABUTAN", "SERABUTAN"),
    "Pelaku UMKM": ("UMKM", "PELAKU UMKM", "USAHA MIKRO", "WIRAUSAHA"),
}
_OCCUPATION_ALIASES = {alias: name for name, aliases in _OCCUPATION_WORDS.items() for alias in aliases}
_RELATIONSHIPS = {normalize_header(r): str(r) for r in HEIR_RELATIONSHIPS}


def occupation_of(text: str) -> tuple[str, str, Problem | None]:
    """(occupation, occupation_other, warning) for an occupation as a village typed it."""
    if not text:
        return "", "", None
    canonical = canonical_occupation(text)
    if canonical:
        return canonical, "", None
    alias = _OCCUPATION_ALIASES.get(normalize_header(text))
    if alias:
        return alias, "", None
    return OTHER, text, warning("occupation", "import.occupation_other", M_OCCUPATION_OTHER, value=text)


def sex_of(text: str) -> str:
    return _SEX.get(normalize_header(text), text)


def marital_of(text: str) -> tuple[str, Problem | None]:
    if not text:
        return "", None
    value = _MARITAL.get(normalize_header(text))
    if value is None:
        return "", warning("marital_status", "import.marital", M_MARITAL, value=text)
    return value, None


def relationship_of(text: str) -> str:
    return _RELATIONSHIPS.get(normalize_header(text), text.title() if text.isupper() else text)


class VillageResolver:
    """Desa names or codes → Kemendagri village codes inside the office's area."""

    def __init__(self, regions: RegionDirectory, area_code: str) -> None:
        self.regions = regions
        self.area = area_code
        area = regions.get(area_code)
        self.area_name = area.name if area else area_code
        self._by_name: dict[str, list[str]] | None = None
        self._cache: dict[tuple[str, str], tuple[str, Problem | None]] = {}

    def _index(self) -> dict[str, list[str]]:
        if self._by_name is None:
            self._by_name = {}
            for village in villages_in(self.regions, self.area):
                self._by_name.setdefault(self._key(village.name), []).append(village.code)
        return self._by_name

    @staticmethod
    def _key(name: str) -> str:
        return _VILLAGE_PREFIX.sub("", normalize_header(name))

    def resolve(self, text: str, district: str = "") -> tuple[str, Problem | None]:
        key = (text, district)
        if key not in self._cache:
            self._cache[key] = self._resolve(text, district)
        return self._cache[key]

    def _resolve(self, text: str, district: str) -> tuple[str, Problem | None]:
        if _CODE.match(text):
            code = code_from_digits(text.replace(".", ""))
            if self.regions.get(code) is None or not is_within(code, self.area):
                return "", error("village_code", "import.village_outside", M_VILLAGE_OUTSIDE, value=code,
                                 area=self.area_name)
            return code, None
        codes = self._index().get(self._key(text), [])
        if len(codes) > 1 and district:
            codes = [c for c in codes if self._key(self._name(district_of(c))) == self._key(district)] or codes
        if len(codes) == 1:
            return codes[0], None
        if codes:
            districts = ", ".join(sorted({self._name(district_of(c)) for c in codes}))
            return "", error("village_code", "import.village_ambiguous", M_VILLAGE_AMBIGUOUS, value=text,
                             districts=districts)
        return "", self._unknown(text)

    def _name(self, code: str) -> str:
        region = self.regions.get(code)
        return region.name if region else code

    def _unknown(self, text: str) -> Problem:
        def likeness(name: str) -> float:
            return SequenceMatcher(None, self._key(text), self._key(name)).ratio()
        names = {self._name(codes[0]) for codes in self._index().values()}
        best = max(names, key=likeness, default="")
        if best and likeness(best) >= 0.8:
            return error("village_code", "import.village_unknown", M_VILLAGE_SUGGEST, value=text,
                         area=self.area_name, suggestion=best)
        return error("village_code", "import.village_unknown", M_VILLAGE_UNKNOWN, value=text, area=self.area_name)

    def in_title(self, texts: list[str]) -> str:
        """The one village of the area named in title rows ("DAFTAR … DESA BABULU DARAT"), or ""."""
        found = set()
        for text in texts:
            words = f" {normalize_header(text)} "
            for key, codes in self._index().items():
                if len(codes) == 1 and any(f" {prefix} {key} " in words for prefix in ("DESA", "KELURAHAN", "KEL")):
                    found.add(codes[0])
        return found.pop() if len(found) == 1 else ""


class RowBuilder:
    """Builds a registration from one row's cells (a dict field → raw value)."""

    def __init__(self, regions: RegionDirectory, scheme: Scheme, villages: VillageResolver, today: date,
                 default_village: str = "") -> None:
        self.regions = regions
        self.scheme = scheme
        self.villages = villages
        self.today = today
        self.default_village = default_village
        start = max(scheme.coverage_start, YearMonth.of(today))
        self.period = (min(start, scheme.coverage_end), scheme.coverage_end)

    def build(self, cells: dict[str, object]) -> tuple[Registration, list[Problem]]:
        problems: list[Problem] = []

        def note(found: Problem | None) -> None:
            if found is not None:
                problems.append(found)

        text = {k: text_of(v) for k, v in cells.items()}
        nik, p = identity_number(cells.get("nik"), "nik")
        note(p)
        kk, p = identity_number(cells.get("kk_number"), "kk_number", LABEL_KK)
        note(p)
        place, birth = self._birth(cells, text, note)
        phone, p = phone_number(cells.get("phone"))
        note(p)
        occupation, other, p = occupation_of(text.get("occupation", ""))
        note(p)
        marital, p = marital_of(text.get("marital_status", ""))
        note(p)
        income, p = money_value(cells.get("income"), "income", "Penghasilan")
        note(p)
        village, p = self._village(text)
        note(p)
        rt, rw = self._rt_rw(text)
        reg = Registration(
            nik=nik, full_name=text.get("full_name", ""), birth_place=place, birth_date=birth,
            sex=self._sex(cells, text), mother_name=text.get("mother_name", ""), kk_number=kk,
            marital_status=marital, address=text.get("address", ""), rt=rt, rw=rw, village_code=village,
            phone=phone, email=text.get("email", ""), occupation=occupation, occupation_other=other, income=income,
            programs=self.scheme.programs, scheme_id=self.scheme.id, coverage_start=self.period[0],
            coverage_end=self.period[1], heirs=self._heirs(cells, text, note),
            legal_basis=LegalBasis.PUBLIC_TASK.value, note=text.get("note", ""))
        return self._fill_from_nik(reg), problems

    def _birth(self, cells: dict, text: dict, note) -> tuple[str, date | None]:
        place, raw_date = text.get("birth_place", ""), cells.get("birth_date")
        combined = text.get("birth_place_date", "")
        if combined and not place and is_blank(raw_date):
            head, _, tail = combined.rpartition(",")
            place, raw_date = (head.strip(), tail.strip()) if head else ("", combined)
        birth, p = date_value(raw_date, "birth_date", "Tanggal lahir", self.today)
        note(p)
        return place, birth

    @staticmethod
    def _sex(cells: dict, text: dict) -> str:
        if text.get("sex"):
            return sex_of(text["sex"])
        if text.get("sex_male") and not text.get("sex_female"):
            return "L"
        if text.get("sex_female") and not text.get("sex_male"):
            return "P"
        return ""

    def _village(self, text: dict) -> tuple[str, Problem | None]:
        value = text.get("village", "")
        if value:
            return self.villages.resolve(value, text.get("district", ""))
        if self.default_village:
            return self.default_village, None
        return "", error("village_code", "import.village_missing", M_VILLAGE_MISSING)

    @staticmethod
    def _rt_rw(text: dict) -> tuple[str, str]:
        rt, rw = text.get("rt", ""), text.get("rw", "")
        if text.get("rt_rw") and not (rt or rw):
            parts = re.split(r"\s*[/\-]\s*", text["rt_rw"], maxsplit=1)
            rt, rw = parts[0], parts[1] if len(parts) > 1 else ""
        return rt, rw

    def _heirs(self, cells: dict, text: dict, note) -> list[Heir]:
        name, relation = text.get("heir_name", ""), text.get("heir_relationship", "")
        heir_nik, p = identity_number(cells.get("heir_nik"), "heirs[0].nik", LABEL_HEIR_NIK)
        note(p)
        heir_phone, p = phone_number(cells.get("heir_phone"), "heirs[0].phone")
        note(p)
        if not any((name, relation, heir_nik, heir_phone)):
            return []
        return [Heir(name, relationship_of(relation), heir_nik, heir_phone)]

    def _fill_from_nik(self, reg: Registration) -> Registration:
        """Like the form: a valid NIK fills a missing birth date and sex."""
        if reg.birth_date and reg.sex:
            return reg
        info = parse_nik(reg.nik, self.regions, today=self.today)
        if not info.valid:
            return reg
        return reg.copy(birth_date=reg.birth_date or info.birth_date, sex=reg.sex or info.sex or "")
