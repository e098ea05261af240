"""Folder and file problems at the desk: an Indonesian sentence with what to do, never the bug dialog."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QMessageBox, QPushButton

from desktop_app.ui import msgbox
from desktop_app.ui.batches.new_batch_dialog import NewBatchDialog
from tests.services.printing_helpers import people
from tests.test_oserrors import mount_tmpfs, mounts  # noqa: F401 - fixture
from tests.ui.gui_helpers import on_next_dialog


def test_exporting_to_a_write_protected_flash_drive_explains_it_without_the_bug_dialog(
        window, ctx, files, answers, tmp_path, mounts, monkeypatch):  # noqa: F811
    folder = mount_tmpfs(tmp_path / "flashdisk", "ro,size=64k")
    mounts.append(folder)
    bugs = []
    monkeypatch.setattr(sys, "excepthook", lambda *args: bugs.append(args))
    people(ctx, 2)
    window.stack.show_page("batches")
    page = window.stack.page("batches")
    on_next_dialog(lambda d: d.ok_button.click(), NewBatchDialog)
    page.buttons["new"].click()
    files.to_save = [folder / "kirim.xlsx"]
    page.buttons["export"].click()
    assert bugs == []
    kind, _title, text = answers.shown[-1]
    assert kind == "error" and "hanya dapat dibaca" in text and "flashdisk" in text
    assert "Excel" not in text                                    # not the "close it in Excel" advice
    assert ctx.store.batches.get(page.current().batch.id).status == "draft"


def test_the_details_button_of_a_message_box_is_indonesian(qtbot):
    from desktop_app.ui.language import install_language
    install_language("id")
    texts = []

    def look(box):
        texts.extend(b.text() for b in box.findChildren(QPushButton))
        box.reject()
    on_next_dialog(look, QMessageBox)
    msgbox.error(None, "Tidak dapat menyimpan", "Folder hanya dapat dibaca.", "OSError: [Errno 30] Read-only")
    assert any("rincian" in t.lower() for t in texts), texts
    assert not any("Details" in t for t in texts)
