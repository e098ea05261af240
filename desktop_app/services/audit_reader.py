"""The processing log for people: filtered pages, one line of detail per row, Excel for an auditor.

Supervisors and admins read it (``audit.read``). A row's detail never shows a full NIK
or phone (``logs.mask_personal``) — what changed is named by field, what left the
database by document, people and destination. The Excel export carries the filter,
who exported it and the chain's head (id and hash), so an auditor holding it can later
check that the log still holds what they saw; the export itself is logged.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop_app import __version__
from desktop_app.domain.audit_actions import action_label, document_label, entity_label
from desktop_app.domain.audit_query import AuditQuery, Subjects
from desktop_app.domain.nik import strip_separators
from desktop_app.domain.regnumber import format_number, parse_number
from desktop_app.errors import UserError
from desktop_app.files import PendingFile
from desktop_app.formats.xlsx_writer import NUMBER, TEXT, Column, SheetData, write_workbook
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr, trn
from desktop_app.logs import mask_personal
from desktop_app.services import roles
from desktop_app.services.audit_check import sentence
from desktop_app.services.context import Context
from desktop_app.services.disclosure import disclosed

PAGE = 200
M_PERSON = QT_TRANSLATE_NOOP("AuditReader", "Orang dicari dengan NIK (16 angka) atau nomor pendaftaran "
                                            "(012-000123-7 atau 000123-4); \"{given}\" bukan keduanya.")
M_EMPTY = QT_TRANSLATE_NOOP("AuditReader", "Tidak ada catatan log yang cocok dengan saringan ini.")
M_PEOPLE = QT_TRANSLATE_NOOP("AuditReader", "%n orang")
M_CHANGED = QT_TRANSLATE_NOOP("AuditReader", "diubah: {fields}")
M_REDACTED = QT_TRANSLATE_NOOP("AuditReader", "isi dihapus karena masa simpan")
HEADERS = (QT_TRANSLATE_NOOP("AuditReader", "No."), QT_TRANSLATE_NOOP("AuditReader", "Waktu"),
           QT_TRANSLATE_NOOP("AuditReader", "Operator"), QT_TRANSLATE_NOOP("AuditReader", "Tindakan"),
           QT_TRANSLATE_NOOP("AuditReader", "Objek"), QT_TRANSLATE_NOOP("AuditReader", "Rincian"),
           QT_TRANSLATE_NOOP("AuditReader", "Hash"))
SHEET_LOG, SHEET_INFO = QT_TRANSLATE_NOOP("AuditReader", "Log"), QT_TRANSLATE_NOOP("AuditReader", "Info")
INFO = {"filter": QT_TRANSLATE_NOOP("AuditReader", "Saringan"),
        "rows": QT_TRANSLATE_NOOP("AuditReader", "Jumlah catatan"),
        "by": QT_TRANSLATE_NOOP("AuditReader", "Diekspor oleh"),
        "at": QT_TRANSLATE_NOOP("AuditReader", "Diekspor pada"),
        "chain": QT_TRANSLATE_NOOP("AuditReader", "Keutuhan log"),
        "head": QT_TRANSLATE_NOOP("AuditReader", "Catatan terakhir (id:hash)"),
        "version": QT_TRANSLATE_NOOP("AuditReader", "Versi")}


@dataclass(frozen=True)
class AuditLine:
    """One log row as people read it."""

    id: int
    at: str
    operator: str
    action: str
    action_label: str
    subject: str
    detail: str
    hash: str

    def as_dict(self) -> dict:
        return dict(vars(self))


def _detail(row: dict) -> str:
    if row["redacted"]:
        return tr(M_REDACTED)
    new, old, parts = row["new"] or {}, row["old"] or {}, []
    if isinstance(new, dict) and "document" in new and "to" in new:
        parts.append(document_label(str(new["document"])))
        if new.get("people"):
            parts.append(trn(M_PEOPLE, new["people"]))
        parts.append(f"→ {document_label(str(new['to']))}")
        if new.get("filter"):
            parts.append("; ".join(f"{k}={v}" for k, v in new["filter"].items()))
    elif old and isinstance(new, dict):
        parts.append(tr(M_CHANGED, fields=", ".join(k for k in new if k != "heirs" or old.get(k) != new.get(k))))
    if row["note"]:
        parts.append(row["note"])
    return mask_personal(" · ".join(str(p) for p in parts if p))


class AuditReader:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.store = ctx.store
        self.queries = ctx.store.audit_queries

    def subjects(self, query: AuditQuery) -> Subjects | None:
        """The person filter as registration and batch ids (``None`` without one)."""
        text = query.person.strip()
        if not text:
            return None
        digits = strip_separators(text)
        if len(digits) == 16 and digits.isdigit():
            return self.queries.subjects(nik=digits)
        seq = parse_number(text)
        if seq is None:
            raise UserError(tr(M_PERSON, given=text))
        return self.queries.subjects(seq=seq)

    def count(self, query: AuditQuery) -> int:
        roles.require(self.ctx, "audit.read")
        return self.queries.count(query, self.subjects(query))

    def page(self, query: AuditQuery, offset: int = 0, limit: int = PAGE, *, oldest_first: bool = False,
             subjects: Subjects | None = None) -> list[AuditLine]:
        roles.require(self.ctx, "audit.read")
        subjects = subjects if subjects is not None else self.subjects(query)
        rows = self.queries.page(query, subjects, offset, limit, oldest_first=oldest_first)
        return self.lines(rows)

    def lines(self, rows: list[dict]) -> list[AuditLine]:
        numbers = self.queries.registration_seqs([r["entity_id"] for r in rows if r["entity"] == "registration"])
        out = []
        for r in rows:
            ref = format_number(numbers[r["entity_id"]]) if r["entity_id"] in numbers else r["entity_id"]
            subject = f"{entity_label(r['entity'])} {ref}".strip()
            out.append(AuditLine(r["id"], r["at"][:19].replace("T", " "), r["operator"], r["action"],
                                 action_label(r["action"]), subject, _detail(r), r["hash"]))
        return out

    def operators(self) -> list[str]:
        return self.queries.operators()

    def export_xlsx(self, query: AuditQuery, out: Path) -> tuple[Path, int]:
        """Every matching row (oldest first) and an Info sheet; the export is logged."""
        roles.require(self.ctx, "audit.read")
        subjects = self.subjects(query)
        lines: list[AuditLine] = []
        while True:
            more = self.page(query, len(lines), 5000, oldest_first=True, subjects=subjects)
            lines += more
            if len(more) < 5000:
                break
        if not lines:
            raise UserError(tr(M_EMPTY))
        rows = [[ln.id, ln.at, ln.operator, ln.action_label, ln.subject, ln.detail, ln.hash] for ln in lines]
        widths = (8, 20, 16, 30, 24, 70, 66)
        log_sheet = SheetData(tr(SHEET_LOG), [Column(tr(h), NUMBER if i == 0 else TEXT, w)
                                              for i, (h, w) in enumerate(zip(HEADERS, widths, strict=True))], rows)
        with PendingFile(Path(out)) as pending:
            write_workbook(pending.temp_path, [log_sheet, self._info(query, len(rows))],
                           properties={"creator": f"Lindungi {__version__}"})
            with pending.committing(self.store.write()):
                self.store.audit.record(self.ctx.operator, "audit.export", "audit_log", "",
                                        new=disclosed("audit", 0, pending.target, rows=len(rows),
                                                      filter=query.describe()))
        return pending.target, len(rows)

    def _info(self, query: AuditQuery, count: int) -> SheetData:
        report = self.store.audit.verify()
        now = datetime.now().astimezone()
        values = {"filter": "; ".join(f"{k}={v}" for k, v in query.describe().items()) or "-", "rows": count,
                  "by": self.ctx.operator, "at": f"{now:%Y-%m-%d %H:%M}", "chain": sentence(report),
                  "head": f"{report.head_id}:{report.head_hash}", "version": f"Lindungi {__version__}"}
        return SheetData(tr(SHEET_INFO), [Column("", TEXT, 26), Column("", TEXT, 90)],
                         [[tr(INFO[k]), str(v)] for k, v in values.items()], header=False)
