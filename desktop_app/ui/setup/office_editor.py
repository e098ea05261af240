"""The office profile inputs: where it is, its name, who signs. Shared by the wizard and Settings."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from desktop_app.domain.office import Office
from desktop_app.domain.regions import RegionDirectory
from desktop_app.errors import UserError
from desktop_app.i18n import fill
from desktop_app.ui.widgets.regions import RegionCascade

translate = QCoreApplication.translate


class OfficeEditor:
    """Builds ``region_box`` (province → kabupaten/kota → kecamatan) and ``details_box`` (names, signatory)."""

    def __init__(self, regions: RegionDirectory) -> None:
        self.regions = regions
        self.cascade = RegionCascade(regions)
        self.region_box = QWidget()
        form = QFormLayout(self.region_box)
        form.addRow(translate("OfficeEditor", "Provinsi"), self.cascade.province)
        form.addRow(translate("OfficeEditor", "Kabupaten/Kota"), self.cascade.regency)
        form.addRow(translate("OfficeEditor", "Kecamatan"), self.cascade.district)
        hint = QLabel(
            translate("OfficeEditor", "Kosongkan kecamatan bila kantor ini tingkat kabupaten/kota (misalnya Dinas).")
        )
        hint.setObjectName("fieldHint")
        hint.setWordWrap(True)
        form.addRow("", hint)
        self.region_problem = QLabel()
        self.region_problem.setObjectName("dialogWarning")
        self.region_problem.setWordWrap(True)
        form.addRow("", self.region_problem)
        for combo in (self.cascade.province, self.cascade.regency, self.cascade.district):
            combo.lineEdit().textEdited.connect(lambda _t: self.explain_regions())
            combo.lineEdit().editingFinished.connect(self.explain_regions)
        self.name, self.government_name, self.address, self.phone = (QLineEdit() for _ in range(4))
        self.head_name, self.head_title, self.head_nip = QLineEdit(), QLineEdit(), QLineEdit()
        self.officer_name, self.officer_title, self.officer_nip = QLineEdit(), QLineEdit(), QLineEdit()
        self.details_box = QWidget()
        form = QFormLayout(self.details_box)
        for text, edit in (
            (translate("OfficeEditor", "Nama kantor"), self.name),
            (translate("OfficeEditor", "Nama pemerintah daerah"), self.government_name),
            (translate("OfficeEditor", "Alamat kantor"), self.address),
            (translate("OfficeEditor", "Telepon kantor"), self.phone),
            (translate("OfficeEditor", "Penanda tangan: nama"), self.head_name),
            (translate("OfficeEditor", "Penanda tangan: jabatan"), self.head_title),
            (translate("OfficeEditor", "Penanda tangan: NIP"), self.head_nip),
            (translate("OfficeEditor", "Petugas pengelola data: nama"), self.officer_name),
            (translate("OfficeEditor", "Petugas pengelola data: jabatan"), self.officer_title),
            (translate("OfficeEditor", "Petugas pengelola data: NIP"), self.officer_nip),
        ):
            form.addRow(text, edit)
        self.name.setPlaceholderText(translate("OfficeEditor", "misalnya Kantor Kecamatan Penajam"))
        self.head_title.setPlaceholderText(translate("OfficeEditor", "misalnya Camat"))
        self._suggested = {"name": "", "government_name": ""}
        self._village_code = ""
        self.cascade.changed.connect(self._suggest_names)

    def _suggest_names(self, _code: str) -> None:
        """Offer a name from the regions chosen, unless the officer already typed one."""
        regency = self.regions.get(self.cascade.regency.value() or "")
        district = self.regions.get(self.cascade.district.value() or "")
        suggestions = {
            "name": fill(translate("OfficeEditor", "Kantor Kecamatan {name}"), name=district.name)
            if district
            else "",
            "government_name": fill(translate("OfficeEditor", "Pemerintah {name}"), name=regency.name)
            if regency
            else "",
        }
        for key, text in suggestions.items():
            edit = getattr(self, key)
            if edit.text().strip() in ("", self._suggested[key]):
                edit.setText(text)
                self._suggested[key] = text

    def explain_regions(self) -> str:
        """Say why a typed province, kabupaten/kota or kecamatan was not taken (nothing is guessed)."""
        found = []
        levels = ((self.cascade.province, translate("OfficeEditor", "provinsi"), None),
                  (self.cascade.regency, translate("OfficeEditor", "kabupaten/kota"), self.cascade.province),
                  (self.cascade.district, translate("OfficeEditor", "kecamatan"), self.cascade.regency))
        for combo, level, above in levels:
            typed, text = combo.text(), ""
            if not typed or combo.value() is not None:
                continue
            several = combo.ambiguous()
            if several:
                text = fill(translate("OfficeEditor", "\"{typed}\" cocok dengan beberapa {level}: {names}. Ketik lebih "
                                                      "lengkap atau pilih dari daftar (panah bawah)."),
                            typed=typed, level=level, names=", ".join(several[:4]))
            elif above is not None and above.value() is None:
                text = fill(translate("OfficeEditor", "Tidak ada {level} \"{typed}\" karena {above} belum dipilih. "
                                                      "Pilih {above} dulu."),
                            typed=typed, level=level, above=levels[[c for c, _, _ in levels].index(above)][1])
            elif combo.candidates(typed) == []:
                text = fill(translate("OfficeEditor", "Tidak ada {level} \"{typed}\" di {parent}. Periksa ejaannya, "
                                                      "atau pilihan di atasnya."),
                            typed=typed, level=level, parent=above.currentText() if above else "Indonesia")
            if text:
                found.append(text)
        text = "\n".join(found)
        self.region_problem.setText(text)
        self.region_problem.setVisible(bool(text))
        return text

    def office(self) -> Office:
        """The office as entered; raises ``UserError`` naming what is missing."""
        if not self.cascade.regency.value():
            raise UserError(self.explain_regions() or translate("OfficeEditor", "Pilih provinsi dan kabupaten/kota "
                                                                                "kantor."))
        for text, edit in (
            (translate("OfficeEditor", "NIP penanda tangan"), self.head_nip),
            (translate("OfficeEditor", "NIP petugas"), self.officer_nip),
        ):
            nip = re.sub(r"\s", "", edit.text())
            if nip and not (nip.isdigit() and len(nip) == 18):
                raise UserError(
                    fill(translate("OfficeEditor", "{field} harus 18 angka (atau dikosongkan)."), field=text)
                )
        return Office(
            name=self.name.text().strip(),
            government_name=self.government_name.text().strip(),
            province_code=self.cascade.province.value() or "",
            regency_code=self.cascade.regency.value() or "",
            district_code=self.cascade.district.value() or "",
            village_code=self._village_code,
            address=self.address.text().strip(),
            phone=self.phone.text().strip(),
            head_name=self.head_name.text().strip(),
            head_title=self.head_title.text().strip(),
            head_nip=re.sub(r"\s", "", self.head_nip.text()),
            officer_name=self.officer_name.text().strip(),
            officer_title=self.officer_title.text().strip(),
            officer_nip=re.sub(r"\s", "", self.officer_nip.text()),
        )

    def set_office(self, office: Office) -> None:
        self._village_code = office.village_code
        self.cascade.set_codes(office.province_code, office.regency_code, office.district_code)
        for name in (
            "name",
            "government_name",
            "address",
            "phone",
            "head_name",
            "head_title",
            "head_nip",
            "officer_name",
            "officer_title",
            "officer_nip",
        ):
            getattr(self, name).setText(getattr(office, name))
