"""Batch use cases: create, members, lock on export, submit, answered, correction batches.

What may happen in which state is ``domain.batch.allowed`` (``require`` raises its refusal
in words from ``services.batch_refusals``). A registration waits in at most one open batch
(also enforced by triggers, see migration m002); every change writes an audit row in the
same transaction.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desktop_app.domain.batch import (
    Action,
    Batch,
    BatchCounts,
    BatchKind,
    BatchStatus,
    Reason,
    Refusal,
    allowed,
    answer_is_complete,
    status_label,
)
from desktop_app.domain.dates import format_date, now_iso
from desktop_app.domain.nik import strip_separators
from desktop_app.domain.record_query import RegistrationQuery
from desktop_app.domain.registration import BpjsStatus
from desktop_app.domain.regnumber import format_number, parse_number
from desktop_app.domain.scheme import Scheme
from desktop_app.errors import NotFound, UserError
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr, trn
from desktop_app.services.batch_refusals import M_NOT_DRAFT, refused
from desktop_app.services.context import Context
from desktop_app.services.disclosure import disclosed
from desktop_app.services.roles import require
from desktop_app.services.stats import Stats, StatsService
from desktop_app.storage.batches import BatchRuleBroken

log = logging.getLogger(__name__)

M_NO_BATCH = QT_TRANSLATE_NOOP("Batch", "Batch {id} tidak ditemukan.")
M_NO_SCHEME = QT_TRANSLATE_NOOP("Batch", "Belum ada skema aktif; buat skema dulu di Pengaturan.")
M_SENT_DATE = QT_TRANSLATE_NOOP("Batch", "Tanggal kirim {date} belum tiba (hari ini {today}).")
M_UNKNOWN_PERSON = QT_TRANSLATE_NOOP("Batch", "Peserta \"{ref}\" tidak ditemukan (pakai nomor pendaftaran "
                                     "seperti 012-000123-7 atau NIK).")
M_AMBIGUOUS_NIK = QT_TRANSLATE_NOOP("Batch", "NIK {nik} terdaftar di lebih dari satu skema; pakai nomor "
                                    "pendaftaran.")
M_DELETED = QT_TRANSLATE_NOOP("Batch", "{number} {name}: data sudah dihapus.")
M_OTHER_SCHEME = QT_TRANSLATE_NOOP("Batch", "{number} {name}: terdaftar di skema lain dari skema batch ini.")
M_IN_OPEN = QT_TRANSLATE_NOOP("Batch", "{number} {name}: sudah ada di batch {batch} yang masih terbuka.")
M_ACCEPTED = QT_TRANSLATE_NOOP("Batch", "{number} {name}: sudah diterima BPJS (KPJ {kpj}).")
M_NOT_MEMBER = QT_TRANSLATE_NOOP("Batch", "{number} {name}: tidak ada di batch {batch}.")
M_REFUSED = QT_TRANSLATE_NOOP("Batch", "Tidak ada yang diubah. %n peserta tidak dapat diproses: {details}")
M_CORRECTION_TITLE = QT_TRANSLATE_NOOP("Batch", "Koreksi batch {id}")


@dataclass(frozen=True)
class BatchLine:
    """One line of the batch list: the batch, its scheme's name and its members' answers."""

    batch: Batch
    scheme_name: str
    counts: BatchCounts


@dataclass
class BatchSummary:
    """A batch, its members' answers and its totals (people, where, what, and the cost)."""

    batch: Batch
    counts: BatchCounts
    stats: Stats
    scheme: Scheme | None = None

    @property
    def scheme_name(self) -> str:
        return self.scheme.name if self.scheme else ""

    @property
    def id(self) -> int:
        return self.batch.id

    @property
    def status(self) -> BatchStatus:
        return self.batch.status

    def as_dict(self) -> dict:
        return {"batch": self.batch.as_dict(), "status_label": status_label(self.status), "scheme": self.scheme_name,
                "counts": vars(self.counts), "totals": self.stats.as_dict()}


class BatchService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.store = ctx.store

    # --- reading -------------------------------------------------------
    def get(self, batch_id: int) -> Batch:
        batch = self.store.batches.get(batch_id)
        if batch is None:
            raise NotFound(tr(M_NO_BATCH, id=batch_id))
        return batch

    def all(self) -> list[Batch]:
        """Every batch, oldest first, with its member count."""
        return self.store.batches.all()

    def counts(self, batch_id: int) -> BatchCounts:
        return self.store.batches.counts(batch_id)

    def members(self, batch_id: int) -> list[dict]:
        """Members with BPJS's answer (registration id, seq, nik, name, deleted, result, reason, kpj)."""
        return self.store.batches.items(batch_id)

    def lines(self) -> list[BatchLine]:
        """The batch list, newest first, with scheme names and answer counts."""
        schemes = {s.id: s.name for s in self.store.schemes.all()}
        return [BatchLine(b, schemes.get(b.scheme_id, ""), self.counts(b.id)) for b in reversed(self.all())]

    def accepting_members(self) -> list[Batch]:
        """Batches people can be put into now (drafts), newest first."""
        return [b for b in reversed(self.all()) if allowed(b, Action.ADD_MEMBERS, BatchCounts()) is None]

    def summary(self, batch_id: int) -> BatchSummary:
        batch = self.get(batch_id)
        scheme = self.store.schemes.get(batch.scheme_id)
        stats = StatsService(self.ctx).compute(scheme_id=batch.scheme_id, batch_id=batch_id)
        return BatchSummary(batch, self.counts(batch_id), stats, scheme)

    def require(self, batch_id: int, action: Action) -> tuple[Batch, BatchCounts]:
        """The batch and its counts when ``action`` may happen now, else the refusal as a ``UserError``."""
        batch = self.get(batch_id)
        counts = self.counts(batch_id)
        refusal = allowed(batch, action, counts)
        if refusal is not None:
            raise refused(refusal, batch, counts)
        return batch, counts

    def unbatched_ids(self, scheme_id: int, village_code: str = "") -> list[str]:
        """Active registrations of a scheme (optionally one desa) that were never in a batch."""
        return self.store.registrations.ids(self._unbatched(scheme_id, village_code))

    def unbatched_count(self, scheme_id: int, village_code: str = "") -> int:
        return self.store.registrations.count(self._unbatched(scheme_id, village_code))

    @staticmethod
    def _unbatched(scheme_id: int, village_code: str) -> RegistrationQuery:
        return RegistrationQuery(status="no_batch", scheme_id=scheme_id, village_code=village_code)

    def resolve(self, refs: list[str]) -> list[str]:
        """Registration ids for numbers (``000123-4``) or NIKs; unknown ones raise ``NotFound``."""
        out = []
        for ref in refs:
            compact = strip_separators(ref)
            seq = parse_number(ref.strip()) if len(compact) != 16 else None
            if seq is not None:
                reg = self.store.registrations.get_by_seq(seq)
                if reg is None:
                    raise NotFound(tr(M_UNKNOWN_PERSON, ref=ref))
                out.append(reg.id)
                continue
            found = self.store.registrations.active_for_nik(compact)
            if not found:
                raise NotFound(tr(M_UNKNOWN_PERSON, ref=ref))
            if len(found) > 1:
                raise UserError(tr(M_AMBIGUOUS_NIK, nik=ref))
            out.append(found[0].id)
        return out

    # --- members -------------------------------------------------------
    def create(self, scheme_id: int | None = None, title: str = "", *, kind: BatchKind = BatchKind.REGULAR,
               parent_batch_id: int | None = None, registration_ids: list[str] = ()) -> int:
        """A new draft batch (optionally with members, all checked first)."""
        require(self.ctx, "batch.manage")
        scheme = self.store.schemes.get(scheme_id) if scheme_id is not None else self.store.schemes.default()
        if scheme is None:
            raise NotFound(tr(M_NO_SCHEME))
        with self.store.write():
            batch_id = self.store.batches.create(scheme.id, self.ctx.operator, title=title, kind=kind,
                                                 parent_batch_id=parent_batch_id)
            self.store.audit.record(self.ctx.operator, "create", "batch", str(batch_id),
                                    new={"scheme_id": scheme.id, "title": title, "kind": str(kind),
                                         "parent_batch_id": parent_batch_id})
            if registration_ids:
                self._add(self.get(batch_id), list(registration_ids))
        return batch_id

    def create_for(self, registration_ids: list[str], title: str = "") -> int:
        """A new draft batch in the scheme of the first of ``registration_ids``, holding them all."""
        require(self.ctx, "batch.manage")
        first = self.store.registrations.get(registration_ids[0]) if registration_ids else None
        if first is None:
            raise NotFound(tr(M_UNKNOWN_PERSON, ref=registration_ids[0] if registration_ids else "-"))
        return self.create(first.scheme_id, title, registration_ids=registration_ids)

    def add(self, batch_id: int, registration_ids: list[str]) -> int:
        """Put people into a draft batch; all or nothing, every refusal says why."""
        require(self.ctx, "batch.manage")
        batch, _counts = self.require(batch_id, Action.ADD_MEMBERS)
        with self.store.write():
            return self._add(batch, registration_ids)

    def _add(self, batch: Batch, registration_ids: list[str]) -> int:
        ids = [r for r in dict.fromkeys(registration_ids) if r not in set(self.store.batches.item_ids(batch.id))]
        refusals = self.refusals(batch, ids)
        if refusals:
            raise UserError(trn(M_REFUSED, len(refusals), details="; ".join(refusals[:5])))
        try:
            self.store.batches.add_items(batch.id, ids)
        except BatchRuleBroken as exc:  # another writer got there first
            raise UserError(tr(M_NOT_DRAFT, id=batch.id, status=status_label(batch.status))) from exc
        self.store.audit.record(self.ctx.operator, "batch_add", "batch", str(batch.id),
                                new={"registrations": len(ids)}, note=_numbers_note(self.store, ids))
        return len(ids)

    def refusals(self, batch: Batch, ids: list[str]) -> list[str]:
        """Why each of ``ids`` cannot join ``batch`` (empty when all can)."""
        open_in = self.store.batches.open_batches_of(ids)
        out = []
        for rid in ids:
            reg = self.store.registrations.get(rid)
            if reg is None:
                out.append(tr(M_UNKNOWN_PERSON, ref=rid))
                continue
            who = {"number": format_number(reg.seq), "name": reg.full_name}
            if reg.deleted:
                out.append(tr(M_DELETED, **who))
            elif reg.scheme_id != batch.scheme_id:
                out.append(tr(M_OTHER_SCHEME, **who))
            elif rid in open_in and open_in[rid] != batch.id:
                out.append(tr(M_IN_OPEN, batch=open_in[rid], **who))
            elif reg.bpjs_status == BpjsStatus.ACCEPTED:
                out.append(tr(M_ACCEPTED, kpj=reg.kpj or "-", **who))
        return out

    def remove(self, batch_id: int, registration_ids: list[str]) -> int:
        require(self.ctx, "batch.manage")
        self.require(batch_id, Action.REMOVE_MEMBERS)
        members = set(self.store.batches.item_ids(batch_id))
        missing = [rid for rid in registration_ids if rid not in members]
        if missing:
            reg = self.store.registrations.get(missing[0])
            who = {"number": format_number(reg.seq) if reg else "?", "name": reg.full_name if reg else missing[0]}
            raise UserError(trn(M_REFUSED, len(missing), details=tr(M_NOT_MEMBER, batch=batch_id, **who)))
        with self.store.write():
            self.store.batches.remove_items(batch_id, registration_ids)
            self.store.audit.record(self.ctx.operator, "batch_remove", "batch", str(batch_id),
                                    old={"registrations": len(registration_ids)},
                                    note=_numbers_note(self.store, registration_ids))
        return len(registration_ids)

    # --- lifecycle -----------------------------------------------------
    def record_export(self, batch_id: int, file_name: str, sha256: str, rows: int, path: Path | None = None) -> None:
        """Lock a verified export (draft → locked); a re-export of a locked batch updates the hash.
        The caller holds the write transaction, so the lock and its file appear together."""
        require(self.ctx, "batch.export")
        batch, _counts = self.require(batch_id, Action.EXPORT)
        self.store.batches.set_fields(batch_id, file_name=file_name, file_sha256=sha256, row_count=rows,
                                      status=BatchStatus.LOCKED, locked_at=now_iso(), locked_by=self.ctx.operator)
        self.store.audit.record(self.ctx.operator, "export", "batch", str(batch_id),
                                old={"status": str(batch.status), "file_sha256": batch.file_sha256},
                                new=disclosed("batch", rows, path or file_name, status=str(BatchStatus.LOCKED),
                                              file_name=file_name, file_sha256=sha256, rows=rows))

    def submit(self, batch_id: int, sent_on: date | None = None, cover_letter_no: str = "",
               recipient: str = "") -> None:
        """The exported file was sent to the Dinas/BPJS (locked → submitted): on ``sent_on``
        (today by default, never later), with cover letter ``cover_letter_no``, to ``recipient``."""
        require(self.ctx, "batch.submit")
        self.require(batch_id, Action.SUBMIT)
        sent_on = sent_on or self.ctx.today()
        if sent_on > self.ctx.today():
            raise UserError(tr(M_SENT_DATE, date=format_date(sent_on), today=format_date(self.ctx.today())))
        sent = {"sent_on": sent_on.isoformat(), "cover_letter_no": " ".join(cover_letter_no.split()),
                "recipient": " ".join(recipient.split())}
        with self.store.write():
            self.store.batches.set_fields(batch_id, status=BatchStatus.SUBMITTED, submitted_at=now_iso(), **sent)
            self.store.audit.record(self.ctx.operator, "submit", "batch", str(batch_id),
                                    old={"status": str(BatchStatus.LOCKED)},
                                    new={"status": str(BatchStatus.SUBMITTED), **sent})

    def last_recipient(self) -> str:
        """Who received the last batch sent: the default for the next one."""
        return self.store.batches.last_recipient()

    def close_if_answered(self, batch_id: int, *, final: bool = False) -> bool:
        """Submitted → answered once nobody waits (or ``final``); the caller holds the write transaction."""
        require(self.ctx, "batch.answers")
        if not answer_is_complete(self.get(batch_id), self.counts(batch_id), final=final):
            return False
        self.store.batches.set_fields(batch_id, status=BatchStatus.ANSWERED, answered_at=now_iso())
        self.store.audit.record(self.ctx.operator, "answered", "batch", str(batch_id),
                                old={"status": str(BatchStatus.SUBMITTED)}, new={"status": str(BatchStatus.ANSWERED)})
        return True

    def correction(self, batch_id: int, title: str = "") -> int:
        """A new draft batch with the people BPJS rejected in ``batch_id`` who can be sent again."""
        require(self.ctx, "correction")
        batch, counts = self.require(batch_id, Action.MAKE_CORRECTION)
        rejected = [i["registration_id"] for i in self.members(batch_id) if i["result"] == BpjsStatus.REJECTED]
        ok = [rid for rid in rejected if not self.refusals(batch, [rid])]
        if not ok:
            raise refused(Refusal(Action.MAKE_CORRECTION, Reason.NO_REJECTED, batch.status), batch, counts)
        return self.create(batch.scheme_id, title or tr(M_CORRECTION_TITLE, id=batch_id),
                           kind=BatchKind.CORRECTION, parent_batch_id=batch_id, registration_ids=ok)



def _numbers_note(store, ids: list[str], limit: int = 20) -> str:
    """Registration numbers for the audit note (never NIKs)."""
    numbers = []
    for rid in ids[:limit]:
        reg = store.registrations.get(rid)
        numbers.append(format_number(reg.seq) if reg else rid)
    return ", ".join(numbers) + (f" … (+{len(ids) - limit})" if len(ids) > limit else "")
