"""Help → Tentang Lindungi: version, where the data lives, the legal basis, and licence notices.

Notices cover what ships inside the bundle: the Kemendagri region codes (from
cahyadsn/wilayah, MIT), the DejaVu fonts embedded in every PDF, Qt/PySide6
(LGPL v3, shipped as separate replaceable libraries in the one-folder build),
Python and the other libraries. The full licence files are read from
``resources/`` through ``paths.resource``, the same files the bundle carries.
"""

from __future__ import annotations

import html
import platform
from importlib import metadata
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME, __version__
from desktop_app.domain.office_identity import OfficeIdentity, level_label
from desktop_app.i18n import fill
from desktop_app.paths import log_dir, resource, user_data_dir
from desktop_app.ui.theme import icon

# (distribution name for its version, shown name, licence)
LIBRARIES = (
    ("PySide6-Essentials", "Qt 6 / PySide6", "LGPL-3.0"),
    ("sqlite-utils", "sqlite-utils", "Apache-2.0"),
    ("openpyxl", "openpyxl", "MIT"),
    ("python-calamine", "python-calamine (calamine)", "MIT"),
    ("reportlab", "ReportLab", "BSD"),
    ("rl-accel", "rl-accel", "BSD"),
    ("pillow", "Pillow", "MIT-CMU"),
    ("rapidfuzz", "RapidFuzz", "MIT"),
    ("", "SQLite", "Public domain"),
    ("pyinstaller", "PyInstaller (bootloader)", "GPL-2.0+ with bootloader exception"),
)
LICENCE_FILES = (("wilayah", "LICENSE"), ("wilayah", "README.md"), ("fonts", "LICENSE-DejaVu.txt"))


def library_version(distribution: str) -> str:
    if not distribution:
        return ""
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return ""


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, db_path: Path | None = None, *,
                 identity: OfficeIdentity | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.identity = identity          # the office's code and number (OfficeService.identity)
        self.setWindowTitle(self.tr("Tentang Lindungi"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self._browser(self.about_html()), self.tr("Tentang"))
        self.tabs.addTab(self._browser(self.legal_html()), self.tr("Dasar hukum"))
        self.tabs.addTab(self._browser(self.notices_html()), self.tr("Lisensi"))
        self.tabs.addTab(self._licence_texts(), self.tr("Teks lisensi"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Tutup"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self._header())
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(700, 580)

    def _header(self) -> QHBoxLayout:
        logo = QLabel()
        logo.setPixmap(icon("app").pixmap(64, 64))
        self.title_label = QLabel(f"<b style='font-size:18px'>{APP_NAME}</b><br>"
                                  + fill(self.tr("Versi {version}"), version=__version__))
        self.title_label.setObjectName("aboutTitle")
        row = QHBoxLayout()
        row.addWidget(logo)
        row.addWidget(self.title_label, 1)
        return row

    @staticmethod
    def _browser(text: str) -> QTextBrowser:
        browser = QTextBrowser()
        browser.setOpenExternalLinks(True)
        browser.setHtml(text)
        return browser

    # --- tabs ----------------------------------------------------------------
    def about_html(self) -> str:
        office = []
        if self.identity is not None and self.identity.name:
            office = [(self.tr("Kantor"), f"{self.identity.name} ({level_label(self.identity.level)})"),
                      (self.tr("Kode kantor"), self.identity.code_text()),
                      (self.tr("Nomor kantor"), self.identity.number_text())]
        rows = [*office,
                (self.tr("Versi"), __version__),
                (self.tr("Python"), platform.python_version()),
                (self.tr("Qt / PySide6"), f"{qVersion()} / {pyside_version}"),
                (self.tr("Folder data"), str(user_data_dir())),
                (self.tr("Basis data"), str(self.db_path) if self.db_path else "-"),
                (self.tr("Catatan (log)"), str(log_dir()))]
        table = "".join(f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>" for k, v in rows)
        return ("<p>" + self.tr("Lindungi membantu petugas kecamatan dan desa/kelurahan mendaftarkan pekerja "
                                "rentan ke program Jaminan Kecelakaan Kerja (JKK) dan Jaminan Kematian (JKM) BPJS "
                                "Ketenagakerjaan yang iurannya dibayar pemerintah daerah. Semua data disimpan di "
                                "komputer ini dan dapat dipakai tanpa internet.") + "</p>"
                + f"<table cellpadding='3'>{table}</table>"
                + "<p>" + self.tr("Cadangan basis data dibuat otomatis di folder <i>backups</i> di samping basis "
                                  "data. Salin folder data ke tempat lain secara berkala.") + "</p>")

    def legal_html(self) -> str:
        items = [
            self.tr("Undang-Undang Nomor 40 Tahun 2004 tentang Sistem Jaminan Sosial Nasional."),
            self.tr("Undang-Undang Nomor 24 Tahun 2011 tentang Badan Penyelenggara Jaminan Sosial."),
            self.tr("Peraturan Pemerintah Nomor 44 Tahun 2015 tentang Penyelenggaraan Program Jaminan Kecelakaan "
                    "Kerja dan Jaminan Kematian, sebagaimana diubah dengan Peraturan Pemerintah Nomor 82 Tahun 2019 "
                    "dan Peraturan Pemerintah Nomor 49 Tahun 2023 (Lampiran II: dasar penghasilan dan iuran peserta "
                    "bukan penerima upah)."),
            self.tr("Peraturan Pemerintah Nomor 46 Tahun 2015 tentang Penyelenggaraan Program Jaminan Hari Tua."),
            self.tr("Peraturan Menteri Ketenagakerjaan Nomor 5 Tahun 2021 tentang Tata Cara Penyelenggaraan Program "
                    "Jaminan Kecelakaan Kerja, Jaminan Kematian, dan Jaminan Hari Tua, termasuk bagi peserta bukan "
                    "penerima upah."),
            self.tr("Instruksi Presiden Nomor 2 Tahun 2021 tentang Optimalisasi Pelaksanaan Program Jaminan Sosial "
                    "Ketenagakerjaan: kepala daerah menganggarkan jaminan sosial bagi pekerja rentan."),
            self.tr("Peraturan Pemerintah Nomor 50 Tahun 2025: keringanan sementara iuran JKK dan JKM peserta bukan "
                    "penerima upah, tidak berlaku bagi iuran yang dibayar dari APBN/APBD."),
            self.tr("Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi."),
        ]
        return ("<h3>" + self.tr("Dasar hukum program") + "</h3><ol>"
                + "".join(f"<li>{html.escape(item)}</li>" for item in items) + "</ol><p>"
                + self.tr("NIK, Kartu Keluarga dan data keluarga adalah data pribadi. Olah hanya untuk pendaftaran, "
                          "catat dasar pemrosesannya, jaga komputer dan cadangannya, dan laporkan kebocoran data "
                          "dalam 3 × 24 jam.") + "</p>")

    def notices_html(self) -> str:
        data = [
            self.tr("<b>Kode wilayah Kemendagri</b> (edisi 2025): dari kumpulan data cahyadsn/wilayah, "
                    "hak cipta © 2017-2025 Cahya DSN, lisensi MIT."),
            self.tr("<b>Huruf DejaVu Sans</b> 2.37 yang disematkan di setiap PDF: © Bitstream, Inc. (lisensi "
                    "Bitstream Vera); perubahan DejaVu berstatus domain publik."),
            self.tr("<b>Qt 6 dan PySide6</b> dipakai di bawah lisensi LGPL versi 3. Pustaka Qt disertakan sebagai "
                    "berkas terpisah di folder program sehingga dapat diganti dengan versi lain; kode sumbernya "
                    "tersedia di qt.io."),
            self.tr("<b>Python</b> dipakai di bawah Python Software Foundation License."),
        ]
        rows = "".join(f"<tr><td>{html.escape(name)}</td><td>{html.escape(library_version(dist))}</td>"
                       f"<td>{html.escape(licence)}</td></tr>" for dist, name, licence in LIBRARIES)
        return ("<h3>" + self.tr("Data dan huruf yang disertakan") + "</h3><ul>"
                + "".join(f"<li>{item}</li>" for item in data) + "</ul>"
                + "<h3>" + self.tr("Pustaka") + "</h3><table cellpadding='3'><tr><th align='left'>"
                + self.tr("Nama") + "</th><th align='left'>" + self.tr("Versi") + "</th><th align='left'>"
                + self.tr("Lisensi") + f"</th></tr>{rows}</table><p>"
                + self.tr("Teks lengkap lisensi data dan huruf ada di tab \u201cTeks lisensi\u201d.") + "</p>")

    def _licence_texts(self) -> QWidget:
        page = QWidget()
        self.licence_choice = QComboBox()
        self.licence_text = QPlainTextEdit()
        self.licence_text.setReadOnly(True)
        for parts in LICENCE_FILES:
            self.licence_choice.addItem("resources/" + "/".join(parts), parts)
        self.licence_choice.currentIndexChanged.connect(self._show_licence)
        layout = QVBoxLayout(page)
        layout.addWidget(self.licence_choice)
        layout.addWidget(self.licence_text, 1)
        self._show_licence(0)
        return page

    def _show_licence(self, index: int) -> None:
        path = resource(*self.licence_choice.itemData(index))
        try:
            self.licence_text.setPlainText(path.read_text(encoding="utf-8"))
        except OSError as exc:
            self.licence_text.setPlainText(fill(self.tr("Berkas {path} tidak dapat dibaca: {reason}"), path=str(path),
                                                reason=str(exc)))
