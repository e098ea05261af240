"""Print settings kept in the office database (they travel with the data).

``print.slip_layout``  "a4_two" (two slips per A4 with a cut line, default) or "a5"
``print.slip_full_nik`` false (NIK masked ``6409********0001``, default) or true
``print.logo_path``    path of an image for the letterhead; "" for none
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

from desktop_app.errors import UserError
from desktop_app.formats.slip_pdf import LAYOUT_A4_TWO, LAYOUTS
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr
from desktop_app.services.context import Context
from desktop_app.services.roles import require
from desktop_app.storage.store import Store

KEY_LAYOUT = "print.slip_layout"
KEY_FULL_NIK = "print.slip_full_nik"
KEY_LOGO = "print.logo_path"

M_LAYOUT = QT_TRANSLATE_NOOP("PrintSettings", "Tata letak bukti tidak dikenal: {layout}.")
M_LOGO = QT_TRANSLATE_NOOP("PrintSettings", "Berkas logo {path} tidak ditemukan.")


@dataclass(frozen=True)
class PrintSettings:
    slip_layout: str = LAYOUT_A4_TWO
    full_nik: bool = False
    logo_path: str = ""


def load_print_settings(store: Store) -> PrintSettings:
    layout = store.office.setting(KEY_LAYOUT, LAYOUT_A4_TWO)
    return PrintSettings(slip_layout=layout if layout in LAYOUTS else LAYOUT_A4_TWO,
                         full_nik=bool(store.office.setting(KEY_FULL_NIK, False)),
                         logo_path=str(store.office.setting(KEY_LOGO, "") or ""))


def save_print_settings(ctx: Context, settings: PrintSettings) -> None:
    """Validate and store the settings, with an audit row in the same transaction."""
    require(ctx, "office.setup")
    if settings.slip_layout not in LAYOUTS:
        raise UserError(tr(M_LAYOUT, layout=settings.slip_layout))
    if settings.logo_path and not Path(settings.logo_path).is_file():
        raise UserError(tr(M_LOGO, path=settings.logo_path))
    old = load_print_settings(ctx.store)
    with ctx.store.write():
        ctx.store.office.set_setting(KEY_LAYOUT, settings.slip_layout)
        ctx.store.office.set_setting(KEY_FULL_NIK, bool(settings.full_nik))
        ctx.store.office.set_setting(KEY_LOGO, settings.logo_path)
        ctx.store.audit.record(ctx.operator, "update", "settings", "print", old=asdict(old), new=asdict(settings))
