"""One row of a village list → a ``Registration`` plus the problems its cells had.

Cell damage (NIKs eaten by Excel's number format, phones without their 0,
unreadable dates) is found by ``services.importing.cells``; desa names or codes are
resolved inside the office's area (``places``); common spellings of sex, marital
status, relationship and occupation are mapped to the form's values
(``spellings``). A section row above the person ("DESA NENANG", "DUSUN II")
fills the desa or address when the row has none. What the form itself checks is
left to ``domain.validation`` (via ``RegistryService.check``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from desktop_app.domain.nik import parse_nik
from desktop_app.domain.occupations import ADHOC_OFFICER
from desktop_app.domain.problems import Problem, error
from desktop_app.domain.regions import RegionDirectory
from desktop_app.domain.registration import FIELD_LABELS, Heir, LegalBasis, Registration
from desktop_app.domain.scheme import Scheme
from desktop_app.domain.validation import default_period
from desktop_app.i18n import QT_TRANSLATE_NOOP
from desktop_app.services.importing.cells import (
    LABEL_HEIR_NIK,
    LABEL_KK,
    date_value,
    identity_number,
    is_blank,
    money_value,
    phone_number,
    split_place_date,
    text_of,
)
from desktop_app.services.importing.places import VillageResolver
from desktop_app.services.importing.spellings import is_mark, marital_of, occupation_of, relationship_of, sex_of

M_VILLAGE_MISSING = QT_TRANSLATE_NOOP("Import", "Desa/kelurahan belum diisi; tambahkan kolom DESA atau pilih desa "
                                      "untuk seluruh berkas.")
LABEL_BIRTH_DATE = QT_TRANSLATE_NOOP("Import", "Tanggal lahir")
LABEL_INCOME = QT_TRANSLATE_NOOP("Import", "Penghasilan")
# read raw
_RAW = frozenset({"nik", "kk_number", "birth_date", "phone", "income", "honorarium", "heir_nik", "heir_phone"})


@dataclass
class Defaults:
    """What the sheet or a section row above says for every person below it."""

    village: str = ""          # village code
    dusun: str = ""            # written into the address when the row has none
    rt: str = ""
    rw: str = ""


class RowBuilder:
    """Builds a registration from one row's cells (a dict field → raw value)."""

    def __init__(self, regions: RegionDirectory, scheme: Scheme, villages: VillageResolver, today: date) -> None:
        self.regions = regions
        self.scheme = scheme
        self.villages = villages
        self.today = today
        self.period = default_period(scheme, today)

    def build(self, cells: dict[str, object], defaults: Defaults) -> tuple[Registration, list[Problem]]:
        problems: list[Problem] = []

        def note(found: Problem | None) -> None:
            if found is not None:
                problems.append(found)

        text = {k: text_of(v) for k, v in cells.items() if k not in _RAW}
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
        income, p = money_value(cells.get("income"), "income", LABEL_INCOME)
        note(p)
        village, p = self._village(text, defaults)
        note(p)
        rt, rw = self._rt_rw(text, defaults)
        address = text.get("address", "") or defaults.dusun
        reg = Registration(
            nik=nik, full_name=text.get("full_name", ""), birth_place=place, birth_date=birth,
            sex=self._sex(text), mother_name=text.get("mother_name", ""), kk_number=kk,
            marital_status=marital, address=address, rt=rt, rw=rw, village_code=village,
            phone=phone, email=text.get("email", ""), occupation=occupation, occupation_other=other, income=income,
            programs=self.scheme.programs, scheme_id=self.scheme.id, coverage_start=self.period[0],
            coverage_end=self.period[1], heirs=self._heirs(cells, text, note),
            legal_basis=LegalBasis.PUBLIC_TASK.value, note=text.get("note", ""))
        if self.scheme.is_adhoc:
            reg = self._officer(reg, cells, text, note)
        return self._fill_from_nik(reg), problems

    def _officer(self, reg: Registration, cells: dict, text: dict, note) -> Registration:
        """An ad-hoc scheme's row: the post (JABATAN), the honorarium (HONOR, else an UPAH/income
        column: a wage earner's wage), and the officers' occupation when the list names none."""
        honorarium, p = money_value(cells.get("honorarium"), "honorarium", FIELD_LABELS["honorarium"])
        note(p)
        if honorarium is None:
            honorarium = reg.income
        return reg.copy(post=text.get("post", ""), honorarium=honorarium, income=None,
                        occupation=reg.occupation or ADHOC_OFFICER)

    def _birth(self, cells: dict, text: dict, note) -> tuple[str, date | None]:
        place, raw_date = text.get("birth_place", ""), cells.get("birth_date")
        combined = cells.get("birth_place_date")
        if not is_blank(combined) and (not place or is_blank(raw_date)):
            split_place, split_date = split_place_date(combined)
            place = place or split_place
            raw_date = split_date if is_blank(raw_date) else raw_date
        birth, p = date_value(raw_date, "birth_date", LABEL_BIRTH_DATE, self.today)
        note(p)
        return place, birth

    @staticmethod
    def _sex(text: dict) -> str:
        if text.get("sex"):
            return sex_of(text["sex"])
        said = {sex_of(v) for v in (text.get("sex_male", ""), text.get("sex_female", "")) if sex_of(v) in ("L", "P")}
        if len(said) == 1:                   # "L"/"P" written in a marker column says the sex itself
            return said.pop()
        male = is_mark(text.get("sex_male", ""))
        female = is_mark(text.get("sex_female", ""))
        if male != female:
            return "L" if male else "P"
        return ""

    def _village(self, text: dict, defaults: Defaults) -> tuple[str, Problem | None]:
        value = text.get("village", "")
        if value:
            return self.villages.resolve(value, text.get("district", ""))
        if defaults.village:
            return defaults.village, None
        return "", error("village_code", "import.village_missing", M_VILLAGE_MISSING)

    @staticmethod
    def _rt_rw(text: dict, defaults: Defaults) -> tuple[str, str]:
        rt, rw = text.get("rt", ""), text.get("rw", "")
        if text.get("rt_rw") and not (rt or rw):
            parts = re.split(r"\s*[/\-]\s*", text["rt_rw"], maxsplit=1)
            rt, rw = parts[0], parts[1] if len(parts) > 1 else ""
        return rt or defaults.rt, rw or defaults.rw

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
