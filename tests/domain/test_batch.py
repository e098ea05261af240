"""The batch lifecycle rule: which action may happen in which state, and the reason when not."""

import pytest

from desktop_app.domain.batch import (
    Action,
    Batch,
    BatchCounts,
    BatchKind,
    BatchStatus,
    Reason,
    allowed,
    answer_is_complete,
    kind_label,
    status_label,
)
from desktop_app.i18n import set_language

DRAFT, LOCKED, SUBMITTED, ANSWERED = BatchStatus
FULL = BatchCounts(people=3, accepted=1, rejected=1, waiting=1)


def batch(status: BatchStatus, **changes) -> Batch:
    return Batch(id=7, scheme_id=1, status=status, kind=BatchKind.REGULAR, created_at="2026-11-21T08:00:00+08:00",
                 created_by="op", **changes)


def why(status: BatchStatus, action: Action, counts: BatchCounts = FULL) -> Reason | None:
    refusal = allowed(batch(status), action, counts)
    return refusal.reason if refusal else None


# One row per action: the reason in draft, locked, submitted, answered (None = allowed), with people
# of every answer in the batch.
TABLE = {
    Action.ADD_MEMBERS: (None, Reason.NOT_DRAFT, Reason.NOT_DRAFT, Reason.NOT_DRAFT),
    Action.REMOVE_MEMBERS: (None, Reason.NOT_DRAFT, Reason.NOT_DRAFT, Reason.NOT_DRAFT),
    Action.EXPORT: (None, None, Reason.ALREADY_SENT, Reason.ALREADY_SENT),
    Action.SUBMIT: (Reason.NOT_EXPORTED, None, Reason.ALREADY_SUBMITTED, Reason.ALREADY_SUBMITTED),
    Action.RECORD_ANSWER: (Reason.NOT_SENT, Reason.NOT_SENT, None, None),
    Action.MAKE_CORRECTION: (Reason.NOT_SENT, Reason.NOT_SENT, None, None),
    Action.PRINT_SLIPS: (None, None, None, None),
    Action.PRINT_RECAP: (None, None, None, None),
}


@pytest.mark.parametrize("action", list(Action))
def test_every_action_in_every_state(action):
    assert tuple(why(status, action) for status in BatchStatus) == TABLE[action]


def test_refusal_names_the_action_reason_and_state():
    refusal = allowed(batch(LOCKED), Action.ADD_MEMBERS, FULL)
    assert (refusal.action, refusal.reason, refusal.status) == (Action.ADD_MEMBERS, Reason.NOT_DRAFT, LOCKED)


def test_export_needs_people_and_no_deleted_ones():
    assert why(DRAFT, Action.EXPORT, BatchCounts()) is Reason.EMPTY
    assert why(LOCKED, Action.EXPORT, BatchCounts(people=2, waiting=2, deleted=1)) is Reason.HAS_DELETED
    assert why(SUBMITTED, Action.EXPORT, BatchCounts()) is Reason.ALREADY_SENT   # the state speaks first


def test_correction_needs_rejected_people_and_printing_needs_active_ones():
    assert why(ANSWERED, Action.MAKE_CORRECTION, BatchCounts(people=2, accepted=2)) is Reason.NO_REJECTED
    gone = BatchCounts(people=2, waiting=2, deleted=2)
    assert why(DRAFT, Action.PRINT_SLIPS, gone) is why(ANSWERED, Action.PRINT_RECAP, gone) is Reason.NO_ACTIVE
    assert gone.active == 0 and FULL.active == 3


def test_a_submitted_batch_is_answered_when_nobody_waits_or_the_answer_is_final():
    assert answer_is_complete(batch(SUBMITTED), BatchCounts(people=2, accepted=2))
    assert not answer_is_complete(batch(SUBMITTED), FULL)
    assert answer_is_complete(batch(SUBMITTED), FULL, final=True)
    assert not answer_is_complete(batch(ANSWERED), BatchCounts(people=1, accepted=1))
    assert not answer_is_complete(batch(LOCKED), BatchCounts(), final=True)


def test_stored_values_and_labels():
    assert [s.value for s in BatchStatus] == ["draft", "locked", "submitted", "answered"]
    assert [k.value for k in BatchKind] == ["regular", "correction", "import"]
    assert status_label("locked") == "Terkunci (sudah diekspor)" and kind_label(BatchKind.IMPORT) == "Impor daftar desa"
    assert status_label("odd") == "odd"
    set_language("en")
    try:
        assert status_label(DRAFT) == "Draft"
    finally:
        set_language("id")


def test_batch_facts():
    exported = batch(LOCKED, file_sha256="ab" * 32)
    assert exported.exported and not batch(DRAFT).exported
    assert batch(SUBMITTED).sent and batch(ANSWERED).sent and not exported.sent
    assert exported.as_dict()["status"] == "locked" and type(exported.as_dict()["kind"]) is str
