"""The batch lifecycle: states, kinds, and what may happen to a batch in each state — and why not.

draft → locked (exported; the file's SHA-256 kept) → submitted (sent to the Dinas/BPJS) →
answered (BPJS said accepted with a KPJ, or rejected with a reason, for everyone). Only a
draft changes its members; a draft or locked batch is exported (a locked one again, which
updates the hash), never a sent one; a locked batch is marked sent; a sent batch takes BPJS's
answer; a sent batch with people BPJS rejected gives a correction batch.

``allowed()`` is the one place that says so: services raise their errors from its
``Refusal``, the window greys out a button and shows the reason, and the triggers of
migration m002 stay as the database's last guard.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import StrEnum

from desktop_app.i18n import QT_TRANSLATE_NOOP, tr


class BatchStatus(StrEnum):
    DRAFT = "draft"
    LOCKED = "locked"
    SUBMITTED = "submitted"
    ANSWERED = "answered"


# A person waits in an open batch until BPJS answers for them (one open batch per person).
OPEN_STATUSES = (BatchStatus.DRAFT, BatchStatus.LOCKED, BatchStatus.SUBMITTED)
SENT_STATUSES = (BatchStatus.SUBMITTED, BatchStatus.ANSWERED)


class BatchKind(StrEnum):
    REGULAR = "regular"
    CORRECTION = "correction"
    IMPORT = "import"


STATUS_LABELS = {
    BatchStatus.DRAFT: QT_TRANSLATE_NOOP("Batch", "Draf"),
    BatchStatus.LOCKED: QT_TRANSLATE_NOOP("Batch", "Terkunci (sudah diekspor)"),
    BatchStatus.SUBMITTED: QT_TRANSLATE_NOOP("Batch", "Terkirim ke BPJS"),
    BatchStatus.ANSWERED: QT_TRANSLATE_NOOP("Batch", "Sudah dijawab BPJS"),
}
KIND_LABELS = {
    BatchKind.REGULAR: QT_TRANSLATE_NOOP("Batch", "Biasa"),
    BatchKind.CORRECTION: QT_TRANSLATE_NOOP("Batch", "Koreksi"),
    BatchKind.IMPORT: QT_TRANSLATE_NOOP("Batch", "Impor daftar desa"),
}


def status_label(status: str) -> str:
    return tr(STATUS_LABELS[BatchStatus(status)]) if status in STATUS_LABELS else status


def kind_label(kind: str) -> str:
    return tr(KIND_LABELS[BatchKind(kind)]) if kind in KIND_LABELS else kind


@dataclass(frozen=True)
class Batch:
    """One batch as stored; ``people`` is its member count where the query adds it."""

    id: int
    scheme_id: int
    status: BatchStatus
    kind: BatchKind
    created_at: str
    created_by: str
    title: str = ""
    parent_batch_id: int | None = None
    locked_at: str | None = None
    locked_by: str = ""
    file_name: str = ""
    file_sha256: str = ""
    submitted_at: str | None = None
    answered_at: str | None = None
    note: str = ""
    row_count: int | None = None
    source_file: str = ""
    source_sha256: str = ""
    sent_on: str | None = None        # ISO date the batch was sent (m004), as "Tandai terkirim" recorded it
    cover_letter_no: str = ""         # nomor surat pengantar
    recipient: str = ""               # the Dinas/BPJS office that received it
    renewal_of: int | None = None     # the scheme whose participants this batch renews (m005)
    people: int | None = None

    @property
    def exported(self) -> bool:
        return bool(self.file_sha256)

    @property
    def frozen(self) -> bool:
        """Its list can no longer change (exported, maybe sent and answered): only then is its
        recap final and fit to sign; a draft's recap is printed as a watermarked draft."""
        return self.status is not BatchStatus.DRAFT

    @property
    def sent(self) -> bool:
        """Sent to the Dinas/BPJS: its answer can be recorded (and shown)."""
        return self.status in SENT_STATUSES

    def as_dict(self) -> dict:
        return asdict(self) | {"status": self.status.value, "kind": self.kind.value}


@dataclass(frozen=True)
class BatchCounts:
    """Members by BPJS's answer; ``deleted`` counts members whose registration was deleted."""

    people: int = 0
    accepted: int = 0
    rejected: int = 0
    waiting: int = 0
    deleted: int = 0

    @property
    def active(self) -> int:
        return self.people - self.deleted


class Action(StrEnum):
    ADD_MEMBERS = "add"
    REMOVE_MEMBERS = "remove"
    EXPORT = "export"                  # also the re-export of a locked batch
    SUBMIT = "submit"
    RECORD_ANSWER = "answer"
    MAKE_CORRECTION = "correction"
    PRINT_SLIPS = "slips"
    PRINT_RECAP = "recap"


class Reason(StrEnum):
    NOT_DRAFT = "not_draft"                  # members change only in a draft
    ALREADY_SENT = "already_sent"            # a sent batch keeps the file that was sent
    EMPTY = "empty"                          # nobody in it
    HAS_DELETED = "has_deleted"              # deleted people in it: take them out first
    NOT_EXPORTED = "not_exported"            # only a locked (exported) batch is marked sent
    ALREADY_SUBMITTED = "already_submitted"
    NOT_SENT = "not_sent"                    # BPJS answers only what was sent
    NO_REJECTED = "no_rejected"              # a correction needs people BPJS rejected
    NO_ACTIVE = "no_active"                  # nothing to print


@dataclass(frozen=True)
class Refusal:
    action: Action
    reason: Reason
    status: BatchStatus


def _why(batch: Batch, action: Action, counts: BatchCounts) -> Reason | None:
    status = batch.status
    if action in (Action.ADD_MEMBERS, Action.REMOVE_MEMBERS):
        return Reason.NOT_DRAFT if status is not BatchStatus.DRAFT else None
    if action is Action.EXPORT:
        if status not in (BatchStatus.DRAFT, BatchStatus.LOCKED):
            return Reason.ALREADY_SENT
        return Reason.EMPTY if not counts.people else Reason.HAS_DELETED if counts.deleted else None
    if action is Action.SUBMIT:
        return {BatchStatus.DRAFT: Reason.NOT_EXPORTED, BatchStatus.LOCKED: None}.get(status, Reason.ALREADY_SUBMITTED)
    if action in (Action.RECORD_ANSWER, Action.MAKE_CORRECTION) and status not in SENT_STATUSES:
        return Reason.NOT_SENT
    if action is Action.MAKE_CORRECTION and not counts.rejected:
        return Reason.NO_REJECTED
    if action in (Action.PRINT_SLIPS, Action.PRINT_RECAP) and counts.active <= 0:
        return Reason.NO_ACTIVE
    return None


def allowed(batch: Batch, action: Action, counts: BatchCounts) -> Refusal | None:
    """None when ``action`` may happen to ``batch`` now, else the refusal with its reason."""
    reason = _why(batch, action, counts)
    return Refusal(action, reason, batch.status) if reason else None


def answer_is_complete(batch: Batch, counts: BatchCounts, *, final: bool = False) -> bool:
    """A submitted batch becomes answered once nobody in it waits, or when the officer says
    BPJS's answer is final."""
    return batch.status is BatchStatus.SUBMITTED and (counts.waiting == 0 or final)
