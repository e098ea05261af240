"""Data satu orang: everything held about one NIK (or registration number) and its processing steps,
shown and printable as a PDF for the person (``services.subject``)."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLineEdit, QPushButton, QTextBrowser, QVBoxLayout

from desktop_app.errors import UserError
from desktop_app.services.context import Context
from desktop_app.services.subject import SubjectFile, SubjectService
from desktop_app.ui import file_dialogs, msgbox
from desktop_app.ui.printing import print_folder


def _html(file: SubjectFile, steps_title: str) -> str:
    e = html.escape
    parts = [f"<h3>{e(file.name)} · {e(file.masked_nik)}</h3>"]
    for title, rows in file.sections:
        parts.append(f"<h4>{e(title)}</h4><table cellspacing='0' cellpadding='2'>")
        parts += [f"<tr><td><b>{e(k)}</b></td><td>{e(v)}</td></tr>" for k, v in rows]
        parts.append("</table>")
    for table in file.tables:
        parts.append(f"<h4>{e(table.title)}</h4><table border='1' cellspacing='0' cellpadding='2'><tr>")
        parts += [f"<th>{e(h)}</th>" for h in table.headers] + ["</tr>"]
        parts += ["<tr>" + "".join(f"<td>{e(v)}</td>" for v in row) + "</tr>" for row in table.rows]
        parts.append("</table>")
    parts.append(f"<h4>{e(steps_title)}</h4><table border='1' cellspacing='0' cellpadding='2'>")
    parts += [f"<tr><td>{e(s.at)}</td><td>{e(s.operator)}</td><td>{e(s.action_label)}</td><td>{e(s.detail)}</td></tr>"
              for s in file.steps]
    parts.append("</table>")
    return "".join(parts)


class SubjectDialog(QDialog):
    def __init__(self, ctx: Context, person: str = "", parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.file = ctx, None
        self.setWindowTitle(self.tr("Data satu orang"))
        self.resize(860, 640)
        self.person = QLineEdit(person)
        self.person.setPlaceholderText(self.tr("NIK atau nomor pendaftaran"))
        self.person.returnPressed.connect(self.look_up)
        find = QPushButton(self.tr("Cari"))
        find.clicked.connect(self.look_up)
        self.browser = QTextBrowser()
        self.print_button = QPushButton(self.tr("Cetak PDF…"))
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(self.print_pdf)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.person, 1)
        row.addWidget(find)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        if person.strip():
            self.look_up()

    def look_up(self) -> None:
        try:
            self.file = SubjectService(self.ctx).gather(self.person.text())
        except UserError as exc:
            self.file = None
            self.browser.setPlainText(exc.message)
        else:
            self.browser.setHtml(_html(self.file, self.tr("Riwayat pemrosesan (log)")))
        self.print_button.setEnabled(self.file is not None)

    def print_pdf(self) -> None:
        title = self.tr("Cetak data satu orang")
        out = file_dialogs.save_file(self, title, Path(print_folder()) / "data-subjek.pdf",
                                     self.tr("Dokumen PDF (*.pdf)"), ".pdf")
        if out is None or self.file is None:
            return
        try:
            path, _pages = SubjectService(self.ctx).write_pdf(self.file, out)
        except UserError as exc:
            msgbox.error(self, title, exc.message)
            return
        file_dialogs.show_in_system(self, path)
