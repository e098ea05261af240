"""The office that runs Lindungi: where it is and who signs its papers."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.domain.regions import district_of


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
    def area_code(self) -> str:
        """The region whose villages belong to this office: a desa office's kecamatan (it
        also registers people of the neighbouring villages), a kecamatan office's kecamatan,
        a kabupaten office's kabupaten."""
        if self.village_code:
            return district_of(self.village_code)
        return self.district_code or self.regency_code

    @property
    def home_district(self) -> str:
        """The kecamatan the office sits in ("" for a kabupaten office)."""
        return district_of(self.area_code)
