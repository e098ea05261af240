"""What protects the office's work: drafts after a crash, one instance per database, friendly errors."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QStandardPaths

from desktop_app import app as app_module
from desktop_app import paths
from desktop_app.files import leftovers
from desktop_app.services.drafts import DraftStore
from desktop_app.ui.excepthook import ExceptionHandler
from desktop_app.ui.instance import InstanceLock
from tests import factories
from tests.ui.conftest import fill_form


def test_a_draft_survives_a_crash_and_is_offered_back(qtbot, make_window, db_path, tmp_path, answers):
    drafts = DraftStore(db_path, tmp_path / "drafts")
    first = make_window(drafts)
    page = first.form()
    typed = factories.registration(full_name="Belum Tersimpan", rt="012")
    fill_form(page, typed)
    page.form.birth_date.setText("17-8-90x")                       # unreadable input is kept as typed
    qtbot.waitUntil(lambda: drafts.load() is not None, timeout=5000)  # autosave timer, every 3 s
    page._autosave_timer.stop()                                   # "crash": no save, no clean shutdown
    second = make_window(DraftStore(db_path, tmp_path / "drafts"))
    answers.ask_replies = [True]
    second.offer_draft()
    assert answers.asked and "Belum Tersimpan" in answers.asked[-1][1]
    restored = second.form().form
    assert restored.full_name.text() == "Belum Tersimpan" and restored.nik.text() == typed.nik
    assert restored.rt.text() == "012" and restored.village.value() == typed.village_code
    assert restored.birth_date.text() == "17-8-90x"
    assert [h.name for h in restored.heirs.heirs()] == [typed.heirs[0].name]
    assert second.form().is_dirty()


def test_saving_clears_the_draft_and_a_refused_draft_is_deleted(make_window, db_path, tmp_path, answers):
    drafts = DraftStore(db_path, tmp_path / "drafts")
    window = make_window(drafts)
    page = window.form()
    fill_form(page, factories.registration())
    page.autosave()
    assert drafts.load() is not None
    page.saver.save(then_new=True)
    assert drafts.load() is None
    fill_form(page, factories.registration())
    page.autosave()
    answers.ask_replies = [False]
    window.offer_draft()
    assert drafts.load() is None


def test_second_instance_on_the_same_database_is_refused(qtbot, db_path, answers, monkeypatch):
    holder = InstanceLock(db_path)
    assert holder.acquire()
    try:
        assert not InstanceLock(db_path).acquire()
        code = app_module.run_gui(["--db", str(db_path)])
        assert code == 1
        assert answers.shown and answers.shown[0][1] == "Lindungi sudah terbuka"
        assert str(os.getpid()) in answers.shown[0][2]
    finally:
        holder.release()
    other = InstanceLock(db_path)
    assert other.acquire()                                        # free again once released
    other.release()


def test_start_opens_the_window_and_close_releases_everything(qtbot, store, ctx, db_path, answers):
    store.close()                                                 # the app opens its own connection
    running = app_module.start(["--db", str(db_path)])
    try:
        assert running.window.isVisible()
        assert running.window.form().offices.office().name == factories.office().name
        running.integrity.ensure_ok()
        assert not InstanceLock(db_path).acquire()
    finally:
        running.close()
    lock = InstanceLock(db_path)
    assert lock.acquire()
    lock.release()


def test_a_database_that_cannot_be_opened_shows_a_clear_message(qtbot, tmp_path, answers):
    bad = tmp_path / "bukan-basis-data.db"
    bad.write_bytes(b"ini bukan berkas SQLite " * 200)
    code = app_module.run_gui(["--db", str(bad)])
    assert code == 2
    assert answers.shown[0][1] == "Basis data tidak dapat dibuka"
    assert "rusak" in answers.shown[0][2]


def test_uncaught_exception_shows_one_friendly_dialog_logs_and_keeps_running(caplog, answers):
    saved = []
    handler = ExceptionHandler(before_dialog=lambda: saved.append(True))
    with caplog.at_level(logging.CRITICAL):
        try:
            raise RuntimeError("boom 6409015708900001")
        except RuntimeError as exc:
            handler(type(exc), exc, exc.__traceback__)
    assert len(answers.shown) == 1
    kind, title, text = answers.shown[0]
    assert kind == "error" and "detail tersimpan di log" in text
    assert saved == [True]                                         # the draft was flushed first
    assert "Traceback" in caplog.text or caplog.records[0].exc_info


def test_user_data_dir_matches_qt_app_local_data_location(monkeypatch, tmp_path):
    monkeypatch.delenv("LINDUNGI_DATA_DIR", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    app = QCoreApplication.instance()
    name, org = app.applicationName(), app.organizationName()
    app.setApplicationName("Lindungi")
    app.setOrganizationName("")
    try:
        qt_dir = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    finally:
        app.setApplicationName(name)
        app.setOrganizationName(org)
    assert Path(qt_dir) == paths.user_data_dir()


@pytest.mark.parametrize("argv, expected", [([], "lindungi.db"), (["--demo"], "lindungi-demo.db")])
def test_database_choice_follows_the_options(argv, expected):
    args = app_module.parse_args(argv)
    chosen = app_module.demo_db_path() if args.demo else paths.default_db_path()
    assert chosen.name == expected and chosen.parent == paths.user_data_dir()


def test_a_bug_in_a_slot_shows_the_dialog_once_and_the_window_stays_up(qtbot, store, ctx, db_path, answers,
                                                                      caplog):
    store.close()
    running = app_module.start(["--db", str(db_path)])
    try:
        page = running.window.form()
        page.form.full_name.setText("Belum Disimpan")             # unsaved input at the moment of the bug

        def broken():
            raise ZeroDivisionError("bug")
        page.form.edited.connect(broken)
        with caplog.at_level(logging.CRITICAL):
            page.form.note.setText("memicu")                      # emits edited → the broken slot
            page.form.note.setText("lagi")                        # again: logged, not a second dialog
        assert [s[0] for s in answers.shown] == ["error"]
        assert len([r for r in caplog.records if r.exc_info]) == 2
        assert "detail tersimpan di log" in answers.shown[0][2]
        assert any(r.exc_info and r.exc_info[0] is ZeroDivisionError for r in caplog.records)
        assert running.window.isVisible()
        assert page.drafts.load().fields["full_name"] == "Belum Disimpan"   # flushed before the dialog
        page.form.edited.disconnect(broken)
        page.discard_draft()
        page.new_record(carry=False)
    finally:
        running.close()


def test_demo_option_builds_the_demo_office_once_next_to_the_usual_database(qtbot, answers, monkeypatch):
    monkeypatch.setattr(app_module, "DEMO_COUNT", 40)
    running = app_module.start(["--demo"])
    try:
        path = running.ctx.store.path
        assert path == paths.user_data_dir() / "lindungi-demo.db" and path.exists()
        assert not leftovers(path)
        assert running.window.form().offices.office().regency_code == "64.09"
        assert running.ctx.store.registrations.count(running.window.records().model.query) == 40
    finally:
        running.close()
    again = app_module.start(["--demo"])                          # reopened, not rebuilt
    try:
        assert again.ctx.store.registrations.count(again.window.records().model.query) == 40
    finally:
        again.close()


def test_a_new_database_opens_the_first_run_wizard_and_cancelling_leaves(qtbot, tmp_path, answers):
    from tests.ui.conftest import answer_next_dialog
    seen = answer_next_dialog(qtbot, lambda wizard: wizard.reject())
    code = app_module.run_gui(["--db", str(tmp_path / "baru.db")])
    assert code == 0 and seen and seen[0].windowTitle() == "Lindungi — persiapan pertama"
    lock = InstanceLock(tmp_path / "baru.db")
    assert lock.acquire()
    lock.release()


def test_a_second_start_brings_the_open_window_forward(qtbot, store, ctx, db_path, answers):
    store.close()
    running = app_module.start(["--db", str(db_path)])
    try:
        window = running.window
        window.showMinimized()
        qtbot.waitUntil(window.isMinimized, timeout=2000)
        assert app_module.run_gui(["--db", str(db_path)]) == 1        # the second start gives way…
        qtbot.waitUntil(lambda: not window.isMinimized(), timeout=3000)  # …and the open window comes forward
        assert answers.shown == []                                    # no refusal box to click away
    finally:
        running.close()


def test_start_signs_the_last_operator_in_with_their_stored_role(qtbot, store, ctx, db_path, answers):
    from desktop_app.services.accounts import AccountService
    from desktop_app.ui.settings import UiSettings

    AccountService(ctx).add("Rina", "supervisor")
    store.close()
    UiSettings().operator = "Rina"                                 # who worked on this computer last
    running = app_module.start(["--db", str(db_path)])
    try:
        assert (running.ctx.operator, running.ctx.role) == ("Rina", "supervisor")
        assert running.window.operator_label.text() == "Masuk sebagai Rina (supervisor)"
        assert running.ctx.store.audit.recent(action="sign_in")[0]["operator"] == "Rina"
    finally:
        running.close()
