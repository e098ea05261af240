"""Safety by design: Enter, the clerk's reflex, never does the destructive thing in any dialog of the
app, and every button and message a dialog shows is Indonesian in the Indonesian UI.

The walk finds every ``QDialog`` subclass in ``desktop_app.ui``: a new dialog fails this test until
it is listed below with what Enter must do there.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QWizard

import desktop_app.ui
from desktop_app.domain.office_keys import OfficeKey
from desktop_app.services.importing.answers import ACCEPTED, AnswerPreview, AnswerRow
from desktop_app.services.office import OfficeService
from desktop_app.services.registry import RegistryService
from desktop_app.ui import msgbox
from desktop_app.ui.language import install_language
from desktop_app.ui.settings import UiSettings
from tests import factories

# Qt's English defaults: none may reach the screen in the Indonesian UI.
ENGLISH = {"cancel", "yes", "no", "close", "save", "apply", "discard", "open", "help", "back", "next",
           "finish", "reset", "show details...", "hide details...", "< back", "next >", "abort", "retry",
           "ignore", "restore defaults", "continue", "commit", "done", "quit"}
REJECTS = "Enter closes without changing anything"
HARMLESS = "Enter may accept: nothing is written"


def _all_dialog_classes() -> set[type]:
    for info in pkgutil.walk_packages(desktop_app.ui.__path__, "desktop_app.ui."):
        importlib.import_module(info.name)
    found, todo = set(), [QDialog]
    while todo:
        for sub in todo.pop().__subclasses__():
            todo.append(sub)
            if sub.__module__.startswith("desktop_app."):
                found.add(sub)
    return found


def _similar(ctx):
    from desktop_app.ui.form.similar_dialog import SimilarPeopleDialog
    first = RegistryService(ctx).register(factories.registration(full_name="Muhammad Rizki"))
    return SimilarPeopleDialog(first.copy(id="", full_name="Muhamad Rizki"), [first], ctx.regions,
                               hints=["NIK ini hanya beda 1 angka"])


def _answer(ctx):
    from desktop_app.ui.batches.answer_dialog import AnswerDialog
    rows = [AnswerRow(2, "6409015708900001", ACCEPTED, kpj="12345678901", number="000001-2")]
    return AnswerDialog(AnswerPreview(Path("jawaban.xlsx"), 1, rows))


def _same_nik():
    from desktop_app.services.sync import Conflict
    here = {"number": "010-000001-4", "full_name": "Siti Aminah", "birth_date": "1990-08-17", "mother_name": "Aisyah"}
    there = dict(here, number="011-000007-9", mother_name="Aisah", office="PPU-TTG")
    return Conflict(1, "same_nik", "r1", "Siti Aminah", "6409********0001", "", "Orang", None, here, there,
                    "PPU-TTG", "rina", "2026-12-01T09:00:00+08:00", None)


def _build(name: str, ctx, tmp_path):
    from desktop_app.domain.regions import Level
    from desktop_app.ui.about import AboutDialog
    from desktop_app.ui.audit.subject_dialog import SubjectDialog
    from desktop_app.ui.batches.new_batch_dialog import NewBatchDialog
    from desktop_app.ui.batches.renew_dialog import RenewDialog
    from desktop_app.ui.batches.submit_dialog import SubmitDialog
    from desktop_app.ui.help_dialog import HelpDialog
    from desktop_app.ui.records.cross_office_dialog import CrossOfficeDialog
    from desktop_app.ui.setup.keys_tab import TrustKeyDialog
    from desktop_app.ui.setup.operators_tab import PasswordDialog
    from desktop_app.ui.setup.scheme_editor import SchemeDialog
    from desktop_app.ui.setup.security_tab import ChangePasswordDialog
    from desktop_app.ui.setup.wizard import FirstRunWizard
    from desktop_app.ui.signin import ForgotPasswordDialog, SignInDialog
    from desktop_app.ui.start_unlock import AdminPasswordDialog
    from desktop_app.ui.sync.conflicts import ConflictsDialog, MergeDialog
    from desktop_app.ui.sync.page import PassphraseDialog, PeerDialog
    from desktop_app.ui.verify_dialog import VerifyDialog
    from desktop_app.ui.widgets.regions import RegionSearchDialog
    builders = {
        "SimilarPeopleDialog": lambda: _similar(ctx),
        "AnswerDialog": lambda: _answer(ctx),
        "HelpDialog": HelpDialog,
        "AboutDialog": lambda: AboutDialog(db_path=ctx.db_path),
        "VerifyDialog": lambda: VerifyDialog(ctx),
        "RegionSearchDialog": lambda: RegionSearchDialog(ctx.regions, Level.DISTRICT),
        "NewBatchDialog": lambda: NewBatchDialog(ctx),
        "SchemeDialog": lambda: SchemeDialog(OfficeService(ctx), date(2026, 11, 21)),
        "FirstRunWizard": lambda: FirstRunWizard(ctx, UiSettings(tmp_path / "s.ini")),
        "SubmitDialog": lambda: SubmitDialog(1, 3, date(2026, 11, 21), "Disnakertrans Kab. PPU"),
        "RenewDialog": lambda: RenewDialog(OfficeService(ctx).schemes()),
        "TrustKeyDialog": lambda: TrustKeyDialog(OfficeKey("Kantor Kecamatan Waru", "64.09.02", bytes(range(32)))),
        "SignInDialog": lambda: SignInDialog(ctx.db_path, operator=_with_key_file(ctx)),
        "ForgotPasswordDialog": lambda: ForgotPasswordDialog(ctx.db_path, operator=_with_key_file(ctx)),
        "AdminPasswordDialog": lambda: AdminPasswordDialog("tester"),
        "ChangePasswordDialog": lambda: ChangePasswordDialog(ctx),
        "PasswordDialog": lambda: PasswordDialog("Kata sandi baru untuk Rina"),
        "SubjectDialog": lambda: SubjectDialog(ctx),
        "PeerDialog": PeerDialog,
        "PassphraseDialog": lambda: PassphraseDialog("Ekspor kunci tukar", "Kata sandi berkas", confirm=True),
        "ConflictsDialog": lambda: ConflictsDialog(ctx),
        "MergeDialog": lambda: MergeDialog(_same_nik()),
        "CrossOfficeDialog": lambda: CrossOfficeDialog(ctx),
    }
    return builders[name]()


# What Enter must do in each dialog, and why that is the safe choice.
EXPECTED = {
    "SimilarPeopleDialog": REJECTS,        # "Orang berbeda — simpan" would save a probable duplicate
    "AnswerDialog": REJECTS,               # recording BPJS's answer changes many records at once
    "HelpDialog": HARMLESS,
    "AboutDialog": HARMLESS,
    "VerifyDialog": HARMLESS,              # Enter checks the code typed
    "RegionSearchDialog": HARMLESS,        # Enter picks the highlighted kecamatan into the form
    "NewBatchDialog": HARMLESS,            # the dialog only asks; the page creates an empty draft afterwards
    "SchemeDialog": HARMLESS,              # an empty scheme is refused by the form's own checks
    "FirstRunWizard": HARMLESS,            # Enter goes to the next step; nothing is saved before the last
    "SubmitDialog": HARMLESS,              # it only collects date, letter and recipient; the page then marks
                                           # the batch sent, which loses nothing
    "RenewDialog": HARMLESS,               # it only asks for the new period; a new scheme and draft batch follow
    "TrustKeyDialog": REJECTS,             # trusting a key makes every slip it signs "ASLI" here
    "SignInDialog": HARMLESS,              # Enter signs in: an empty password is refused as wrong
    "ForgotPasswordDialog": HARMLESS,      # nothing is written before a valid recovery key and password
    "AdminPasswordDialog": HARMLESS,       # an empty password is refused; it only collects name and password
    "ChangePasswordDialog": HARMLESS,      # Enter with nothing typed: the old password is refused as wrong
    "PasswordDialog": REJECTS,             # a new password replaces an operator's: Enter cancels
    "SubjectDialog": HARMLESS,             # Enter looks up the person typed (a view, logged; printing needs a click)
    "PeerDialog": HARMLESS,                # it only collects a partner's code; an empty code is refused after
    "PassphraseDialog": HARMLESS,          # it only collects a passphrase; a short or mistyped one is refused
    "ConflictsDialog": HARMLESS,           # Enter closes it: every decision needs its own click
    "MergeDialog": REJECTS,                # merging two registrations into one: Enter cancels
    "CrossOfficeDialog": HARMLESS,         # Enter opens a registration in the form; nothing is written
}


def _with_key_file(ctx) -> str:
    from tests.keys import signed_in_env

    signed_in_env(ctx.db_path, "tester")
    return "tester"


def _audit_rows(ctx) -> int:
    return len(ctx.store.audit.recent(10_000))


def _buttons(widget) -> list[str]:
    return [b.text() for b in widget.findChildren(QAbstractButton) if b.isVisible() and b.text()]


def _is_english(text: str) -> bool:
    return re.sub(r"&(?!&)", "", text).strip().lower() in ENGLISH


def test_every_dialog_of_the_app_is_listed_here():
    names = {cls.__name__ for cls in _all_dialog_classes()}
    names.discard("ImportWizard")          # a page of the Impor screen, not a window (tested below)
    assert names == set(EXPECTED), "list a new dialog in EXPECTED with what Enter must do"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_enter_in_a_freshly_opened_dialog_is_the_safe_choice(name, ctx, qtbot, tmp_path, monkeypatch):
    install_language("id")
    boxes = []                                 # a message box Enter opens is answered "no" and noted
    for kind in ("ask", "info", "warn", "error"):
        monkeypatch.setattr(msgbox, kind, lambda *args, _k=kind, **kw: boxes.append((_k, args)) and False)
    dialog = _build(name, ctx, tmp_path)
    qtbot.addWidget(dialog)
    before = _audit_rows(ctx)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    shown = _buttons(dialog)
    assert not [t for t in shown if _is_english(t)], shown
    page = dialog.currentId() if isinstance(dialog, QWizard) else None
    QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)
    if EXPECTED[name] == REJECTS:
        assert dialog.result() != QDialog.DialogCode.Accepted, f"Enter accepted {name}"
    if isinstance(dialog, QWizard):
        assert dialog.currentId() != dialog.pageIds()[-1] or page == dialog.pageIds()[-2]
    assert _audit_rows(ctx) == before, f"Enter in {name} wrote to the database"
    dialog.close()


def _answer_box(action) -> list:
    """Run ``action`` (which opens a message box) and press Enter in the box; returns its buttons."""
    seen = []

    def press():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QDialog) or not box.isVisible():
            QTimer.singleShot(10, press)
            return
        seen.extend(_buttons(box))
        QTest.keyClick(box.focusWidget() or box, Qt.Key.Key_Return)
        if box.isVisible():
            box.done(0)
    QTimer.singleShot(0, press)
    seen.append(action())
    return seen


def test_enter_in_a_question_means_no_and_every_box_speaks_indonesian(qtbot):
    install_language("id")
    *buttons, answer = _answer_box(lambda: msgbox.ask(None, "Buang perubahan?", "Isian akan dibuang.",
                                                      yes="Buang", no="Kembali ke isian"))
    assert answer is False and buttons
    for action in (lambda: msgbox.ask(None, "Pertanyaan", "Lanjutkan?"),
                   lambda: msgbox.error(None, "Galat", "Folder hanya dapat dibaca.", "OSError: Read-only"),
                   lambda: msgbox.info(None, "Info", "Tersimpan."),
                   lambda: msgbox.warn(None, "Awas", "Periksa lagi."),
                   lambda: msgbox.ask_text(None, "Hapus", "Alasan:"),
                   lambda: msgbox.choose(None, "Pilih", "Batch:", ["Batch 1", "Batch 2"])):
        *buttons, _ = _answer_box(action)
        assert buttons and not [t for t in buttons if _is_english(t)], buttons


def test_only_harmless_questions_default_to_yes():
    """A question whose Enter means yes must not be one that discards, deletes or overwrites."""
    allowed = {"Pulihkan"}                     # the draft a crash left: putting it back loses nothing
    root = Path(desktop_app.ui.__file__).parent
    calls = []
    for path in root.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for match in re.finditer(r"msgbox\.ask\((?:[^()]|\([^()]*\))*?default_yes=True", text, re.S):
            yes = re.search(r'yes=self\.tr\("([^"]+)"\)|yes=translate\("\w+", "([^"]+)"\)', match.group(0))
            calls.append((path.name, next(g for g in yes.groups() if g) if yes else "?"))
    assert calls and all(label in allowed for _, label in calls), calls


def test_the_question_helper_defaults_to_no():
    assert inspect.signature(msgbox.ask).parameters["default_yes"].default is False
