"""Is the processing log whole? The check behind ``lindungi audit verify`` and the one at start.

``AuditCheck(ctx).run()`` walks the hash chain (``storage.audit_chain``) and
``sentence`` says in words what broke and where: the first broken link's id, time,
operator and action. At 100,000 log rows the walk takes about 1.5 s on the
office laptop's class of machine, so the window runs it beside the user (on its
own connection) and shows a warning bar only when something is wrong.
"""

from __future__ import annotations

import logging

from desktop_app.domain.audit_actions import action_label
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr
from desktop_app.services.context import Context
from desktop_app.storage.audit_chain import BROKEN, EDITED, MISSING_TAIL, UNKNOWN_HEAD, ChainReport

log = logging.getLogger(__name__)

M_OK = QT_TRANSLATE_NOOP("AuditCheck", "Log pemrosesan utuh: {rows} catatan, rantai hash tidak terputus "
                                       "(catatan terakhir #{head}, hash {hash}).")
M_BROKEN = QT_TRANSLATE_NOOP("AuditCheck", "Log pemrosesan tidak utuh: {why} pada catatan #{id} ({at}, {operator}, "
                                           "{action}). Catatan sebelumnya ({rows}) masih utuh. Laporkan ke admin/"
                                           "Dinas; jangan hapus berkas ini.")
WHY = {
    EDITED: QT_TRANSLATE_NOOP("AuditCheck", "isi catatan diubah"),
    BROKEN: QT_TRANSLATE_NOOP("AuditCheck", "rantai terputus (catatan diubah, dihapus atau disisipkan)"),
    MISSING_TAIL: QT_TRANSLATE_NOOP("AuditCheck", "catatan terakhir hilang (dipotong sesudah catatan ini)"),
    UNKNOWN_HEAD: QT_TRANSLATE_NOOP("AuditCheck", "ada catatan yang ditambahkan di luar Lindungi sesudah catatan ini"),
}


class AuditCheck:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def run(self) -> ChainReport:
        report = self.ctx.store.audit.verify()
        if report.ok:
            log.info("audit chain verified: %d rows, head #%d", report.rows, report.head_id)
        else:
            b = report.broken
            log.warning("audit chain broken at row #%d (%s, %s, %s): %s", b.id, b.at, b.operator, b.action, b.reason)
        return report


def sentence(report: ChainReport) -> str:
    """The verdict in words, for the CLI, the warning bar and the log reader."""
    if report.ok:
        return tr(M_OK, rows=report.rows, head=report.head_id, hash=report.head_hash[:16])
    b = report.broken
    return tr(M_BROKEN, why=tr(WHY[b.reason]), id=b.id, at=b.at[:19].replace("T", " "), operator=b.operator or "-",
              action=action_label(b.action) if b.action else "-", rows=report.rows)
