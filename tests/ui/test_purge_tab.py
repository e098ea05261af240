"""Pengaturan › Masa simpan: Enter on the confirmation purges nothing; the named button purges."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.domain.dates import YearMonth
from desktop_app.services.office import OfficeService
from desktop_app.services.purge import PurgeService
from desktop_app.services.roles import Role
from desktop_app.ui.audit.purge_tab import PurgeTab
from tests import factories
from tests.services.printing_helpers import register

OLD = dict(coverage_start=YearMonth(2019, 1), coverage_end=YearMonth(2019, 12))


def _answer_next_box(qtbot, seen: list, press) -> None:
    """When the confirmation opens, note its text and answer it with ``press(box)``."""
    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        press(box)
    QTimer.singleShot(0, answer)


def test_enter_does_not_purge_and_the_named_button_does(ctx, qtbot, monkeypatch):
    scheme = OfficeService(ctx).save_scheme(factories.scheme(name="APBD 2019", is_default=False, **OLD))
    regs = [register(ctx, full_name=n, scheme_id=scheme.id, **OLD) for n in ("Andi Saputra", "Budi Santoso")]
    tab = PurgeTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.table.rowCount() == 1 and tab.table.item(0, 2).text() == "2" and tab.purge_button.isEnabled()

    seen: list[str] = []
    _answer_next_box(qtbot, seen, lambda box: QTest.keyClick(box, Qt.Key.Key_Return))
    QTest.mouseClick(tab.purge_button, Qt.MouseButton.LeftButton)
    assert "2 orang" in seen[0] and PurgeService(ctx).due()[0].people == 2       # Enter = Batal
    assert ctx.store.registrations.get(regs[0].id).full_name == "Andi Saputra"

    infos: list[str] = []
    monkeypatch.setattr("desktop_app.ui.msgbox.info", lambda _p, _t, text: infos.append(text))
    _answer_next_box(qtbot, seen, lambda box: [b for b in box.buttons() if "2 orang" in b.text()][0].click())
    QTest.mouseClick(tab.purge_button, Qt.MouseButton.LeftButton)
    assert ctx.store.registrations.get(regs[0].id).full_name == "" and "2 orang" in infos[-1]
    assert tab.table.rowCount() == 0 and not tab.purge_button.isEnabled()


def test_a_supervisor_sees_the_period_but_cannot_purge(ctx, qtbot):
    tab = PurgeTab(factories.context(ctx.store, ctx.regions, "sri", role=Role.SUPERVISOR))
    qtbot.addWidget(tab)
    tab.show()
    assert tab.years.value() == 5 and not tab.purge_button.isEnabled() and not tab.save_button.isEnabled()
