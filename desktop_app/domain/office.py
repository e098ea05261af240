"""The office that runs Lindungi: where it is and who signs its papers."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Office:
    name: str                      # "Kantor Kecamatan Penajam"
    government_name: str           # "Pemerintah Kabupaten Penajam Paser Utara"
    province_code: str
    regency_code: str
    district_code: str = ""
    village_code: str = ""         # set when the office is a desa/kelurahan
    address: str = ""
    phone: str = ""
    head_name: str = ""            # signs the recap (camat, kepala desa, kepala dinas)
    head_title: str = ""
    head_nip: str = ""
    officer_name: str = ""         # prepares and signs as officer
    officer_title: str = ""
    officer_nip: str = ""

    @property
    def home_code(self) -> str:
        """The most precise region the office belongs to."""
        return self.village_code or self.district_code or self.regency_code
