"""Take back BPJS's answer to a submitted batch: KPJ numbers for the accepted,
reasons for the rejected. Rows are matched by NIK to the batch's members only;
a NIK that is damaged or not in the batch is listed, never guessed.

``analyse`` previews (writes nothing); ``commit`` applies every answer in one
transaction and marks the batch answered once nobody is left waiting.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.domain.batch import Action
from desktop_app.domain.dates import now_iso
from desktop_app.domain.nik import mask_nik
from desktop_app.domain.normalize import normalize_digits
from desktop_app.domain.regnumber import format_number
from desktop_app.errors import UserError
from desktop_app.files import sha256_of
from desktop_app.formats.xlsx_reader import read_sheets
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr
from desktop_app.services.batches import BatchService
from desktop_app.services.context import Context
from desktop_app.services.importing.cells import identity_number, is_blank, text_of
from desktop_app.services.importing.headers import normalize_value
from desktop_app.services.importing.layout import Context as LayoutContext
from desktop_app.services.importing.layout import find_table
from desktop_app.services.jobs import NO_JOB, Job
from desktop_app.services.roles import require

log = logging.getLogger(__name__)
ACCEPTED, REJECTED, UNMATCHED, INVALID, UNCHANGED, NO_ANSWER = (
    "accepted", "rejected", "unmatched", "invalid", "unchanged", "no_answer")
_REJECT_WORDS = ("DITOLAK", "TOLAK", "GAGAL", "TIDAK", "INVALID", "REJECT", "BELUM MEMENUHI", "SALAH", "GANDA")
_ACCEPT_WORDS = ("DITERIMA", "TERIMA", "BERHASIL", "SUKSES", "AKTIF", "OK", "VALID", "TERDAFTAR", "ACCEPT")

M_NO_HEADER = QT_TRANSLATE_NOOP("Results", "Tidak ditemukan kolom NIK di {name}; berkas jawaban BPJS perlu kolom "
                                           "NIK dan "
                                "KPJ dan/atau STATUS.")
M_NO_ANSWER_COLUMNS = QT_TRANSLATE_NOOP("Results", "Berkas {name} tidak punya kolom KPJ maupun STATUS/ALASAN.")
R_NOT_IN_BATCH = QT_TRANSLATE_NOOP("Results", "NIK {nik} tidak ada di batch {batch}; tidak dicocokkan ke siapa pun.")
R_KPJ = QT_TRANSLATE_NOOP("Results", "Nomor KPJ \"{kpj}\" tidak valid (harus 10–15 angka).")
R_KPJ_TWICE = QT_TRANSLATE_NOOP("Results", "Nomor KPJ {kpj} juga dipakai di baris {row}.")
R_KPJ_TAKEN = QT_TRANSLATE_NOOP("Results", "Nomor KPJ {kpj} sudah tercatat untuk peserta lain ({number}).")
R_NIK_TWICE = QT_TRANSLATE_NOOP("Results", "NIK ini sudah dijawab di baris {row}.")
R_CONFLICT = QT_TRANSLATE_NOOP("Results", "Sudah tercatat \"{old}\" (KPJ {kpj}); jawaban baru diabaikan, periksa "
                                          "dengan BPJS.")
R_NO_ANSWER = QT_TRANSLATE_NOOP("Results", "Tidak ada KPJ maupun status pada baris ini.")
R_NO_REASON = QT_TRANSLATE_NOOP("Results", "Ditolak BPJS (tanpa alasan tertulis).")
W_NO_KPJ = QT_TRANSLATE_NOOP("Results", "Diterima, tetapi nomor KPJ belum ada di berkas.")


@dataclass
class AnswerRow:
    row: int
    nik: str
    outcome: str
    kpj: str = ""
    reason: str = ""
    message: str = ""
    registration_id: str = ""
    number: str = ""

    def as_dict(self) -> dict:
        return {"row": self.row, "nik": mask_nik(self.nik) if self.nik else "", "outcome": self.outcome,
                "kpj": self.kpj, "reason": self.reason, "message": self.message, "number": self.number}


@dataclass
class AnswerPreview:
    path: Path
    batch_id: int
    rows: list[AnswerRow] = field(default_factory=list)
    applied: bool = False
    batch_status: str = ""
    sha256: str = ""          # of BPJS's file, as the import and the export keep theirs

    def count(self, outcome: str) -> int:
        return sum(1 for r in self.rows if r.outcome == outcome)

    def as_dict(self) -> dict:
        outcomes = (ACCEPTED, REJECTED, UNMATCHED, INVALID, UNCHANGED, NO_ANSWER)
        return {"file": str(self.path), "sha256": self.sha256, "batch_id": self.batch_id, "applied": self.applied,
                "batch_status": self.batch_status, "rows": len(self.rows),
                **{o: self.count(o) for o in outcomes},
                "details": [r.as_dict() for r in self.rows if r.outcome not in (ACCEPTED, UNCHANGED)]}


def status_outcome(text: str) -> str:
    words = normalize_value(text)
    if not words:
        return ""
    if words.startswith(_REJECT_WORDS):
        return REJECTED
    return ACCEPTED if words.startswith(_ACCEPT_WORDS) else ""


class AnswerService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.store = ctx.store
        self.batches = BatchService(ctx)

    def analyse(self, path: Path, batch_id: int, *, sheet: str | None = None, job: Job = NO_JOB) -> AnswerPreview:
        require(self.ctx, "batch.answers")
        path = Path(path)
        self.batches.require(batch_id, Action.RECORD_ANSWER)
        raw, fields = self._table(path, sheet)
        members = {i["nik"]: i for i in self.store.batches.items(batch_id)}
        preview = AnswerPreview(path, batch_id, sha256=sha256_of(path))
        seen_nik: dict[str, int] = {}
        seen_kpj: dict[str, int] = {}
        first = fields.pop("_first")
        for n, cells in enumerate(raw.rows[first:], first + 1):
            get = {k: cells[i] if i < len(cells) else "" for k, i in fields.items()}
            if all(is_blank(v) for v in get.values()):
                continue
            preview.rows.append(self._row(n, get, members, seen_nik, seen_kpj, batch_id))
            if n % 500 == 0:
                job.step(n, len(raw.rows), "")
        return preview

    def _table(self, path: Path, sheet: str | None):
        ctx = LayoutContext(self.ctx.today(), lambda _t: False, lambda _t: False)
        for raw in read_sheets(path, sheet):
            table = find_table(raw, ctx)
            if "nik" not in table.fields or table.last_header < 0:
                continue
            fields = {k: i for k, i in table.fields.items() if k in ("nik", "kpj", "status", "reason", "note")}
            if not {"kpj", "status", "reason"} & set(fields):
                raise UserError(tr(M_NO_ANSWER_COLUMNS, name=path.name))
            fields["_first"] = table.data_start
            return raw, fields
        raise UserError(tr(M_NO_HEADER, name=path.name))

    def _row(self, n: int, get: dict, members: dict, seen_nik: dict, seen_kpj: dict, batch_id: int) -> AnswerRow:
        nik, damage = identity_number(get.get("nik"), "nik")
        if damage is not None and damage.is_error:
            return AnswerRow(n, "", INVALID, message=damage.text())
        item = members.get(nik)
        if item is None:
            return AnswerRow(n, nik, UNMATCHED, message=tr(R_NOT_IN_BATCH, nik=mask_nik(nik), batch=batch_id))
        row = AnswerRow(n, nik, "", registration_id=item["registration_id"], number=format_number(item["seq"]))
        if nik in seen_nik:
            row.outcome, row.message = INVALID, tr(R_NIK_TWICE, row=seen_nik[nik])
            return row
        seen_nik[nik] = n
        self._decide(row, get, seen_kpj)
        if row.outcome in (ACCEPTED, REJECTED) and item["result"]:
            self._against_recorded(row, item)
        return row

    def _decide(self, row: AnswerRow, get: dict, seen_kpj: dict) -> None:
        kpj = normalize_digits(text_of(get.get("kpj")))
        said = status_outcome(text_of(get.get("status")))
        reason = text_of(get.get("reason")) or text_of(get.get("note"))
        if said == REJECTED:
            row.outcome, row.reason = REJECTED, reason or text_of(get.get("status")) or tr(R_NO_REASON)
        elif kpj:
            row.kpj = kpj
            if not (kpj.isdigit() and 10 <= len(kpj) <= 15):
                row.outcome, row.message = INVALID, tr(R_KPJ, kpj=kpj)
            elif kpj in seen_kpj:
                row.outcome, row.message = INVALID, tr(R_KPJ_TWICE, kpj=kpj, row=seen_kpj[kpj])
            else:
                seen_kpj[kpj] = row.row
                row.outcome = ACCEPTED
                self._kpj_elsewhere(row)
        elif said == ACCEPTED:
            row.outcome, row.message = ACCEPTED, tr(W_NO_KPJ)
        else:
            row.outcome, row.message = NO_ANSWER, tr(R_NO_ANSWER)

    def _kpj_elsewhere(self, row: AnswerRow) -> None:
        found = [r for r in self.store.registrations.with_kpj(row.kpj) if r["id"] != row.registration_id]
        if found:
            row.outcome, row.message = INVALID, tr(R_KPJ_TAKEN, kpj=row.kpj, number=format_number(found[0]["seq"]))

    @staticmethod
    def _against_recorded(row: AnswerRow, item: dict) -> None:
        result = "diterima" if row.outcome == ACCEPTED else "ditolak"
        if result == item["result"] and (row.kpj or "") == (item["result_kpj"] or ""):
            row.outcome = UNCHANGED
        else:
            row.outcome = INVALID
            row.message = tr(R_CONFLICT, old=item["result"], kpj=item["result_kpj"] or "-")

    def commit(self, preview: AnswerPreview, *, final: bool = False, job: Job = NO_JOB) -> AnswerPreview:
        """Apply the accepted and rejected rows in one transaction; mark the batch answered
        when nobody in it still waits (or ``final``). A cancelled run writes nothing."""
        require(self.ctx, "batch.answers")
        now = now_iso()
        op = self.ctx.operator
        with self.store.write():
            for n, r in enumerate(preview.rows, 1):
                if n % 200 == 0:
                    job.step(n, len(preview.rows), "")
                if r.outcome not in (ACCEPTED, REJECTED):
                    continue
                result = "diterima" if r.outcome == ACCEPTED else "ditolak"
                old = self.store.registrations.get(r.registration_id)
                values = {"bpjs_status": result, "bpjs_reason": r.reason, "updated_at": now, "updated_by": op}
                if r.kpj:
                    values["kpj"] = r.kpj
                self.store.registrations.set_fields(r.registration_id, **values)
                self.store.batches.set_result(preview.batch_id, r.registration_id, result, r.reason, r.kpj)
                self.store.audit.record(op, "bpjs_result", "registration", r.registration_id,
                                        old={"kpj": old.kpj, "bpjs_status": old.bpjs_status,
                                             "bpjs_reason": old.bpjs_reason},
                                        new={k: values[k] for k in ("bpjs_status", "bpjs_reason") if k in values}
                                        | ({"kpj": r.kpj} if r.kpj else {}),
                                        note=f"batch {preview.batch_id}, {preview.path.name} baris {r.row}")
            self.batches.close_if_answered(preview.batch_id, final=final)
        preview.applied = True
        preview.batch_status = str(self.batches.get(preview.batch_id).status)
        log.info("BPJS answer for batch %s (sha256 %s): %s accepted, %s rejected", preview.batch_id,
                 preview.sha256[:12], preview.count(ACCEPTED), preview.count(REJECTED))
        return preview
