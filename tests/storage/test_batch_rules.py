"""Migration m002: the database itself keeps the batch rules."""

import pytest

from desktop_app.services.registry import RegistryService
from desktop_app.storage.batches import BatchRuleBroken
from tests import factories


def _person(ctx):
    return RegistryService(ctx).register(factories.registration())


def test_a_registration_sits_in_at_most_one_open_batch(ctx):
    reg = _person(ctx)
    store = ctx.store
    with store.write():
        first = store.batches.create(1, "t")
        second = store.batches.create(1, "t")
        store.batches.add_items(first, [reg.id])
    with pytest.raises(BatchRuleBroken) as caught:
        with store.write():
            store.batches.add_items(second, [reg.id])
    assert caught.value.rule == "registration already in an open batch"
    assert store.batches.item_ids(second) == []


def test_rejected_person_may_join_a_new_batch_while_the_old_one_is_open(ctx):
    reg = _person(ctx)
    store = ctx.store
    with store.write():
        first = store.batches.create(1, "t")
        store.batches.add_items(first, [reg.id])
        store.batches.set_fields(first, status="submitted")
        store.batches.set_result(first, reg.id, "ditolak", "NIK tidak padan")
        second = store.batches.create(1, "t", kind="correction", parent_batch_id=first)
        store.batches.add_items(second, [reg.id])
    assert store.batches.item_ids(second) == [reg.id]
    assert store.batches.open_batch_of(reg.id).id == second


def test_members_of_a_locked_batch_cannot_change(ctx):
    reg, other = _person(ctx), RegistryService(ctx).register(factories.registration(full_name="Budi"))
    store = ctx.store
    with store.write():
        batch = store.batches.create(1, "t")
        store.batches.add_items(batch, [reg.id])
        store.batches.set_fields(batch, status="locked")
    for change in (lambda: store.batches.add_items(batch, [other.id]),
                   lambda: store.batches.remove_items(batch, [reg.id])):
        with pytest.raises(BatchRuleBroken):
            with store.write():
                change()
    assert store.batches.item_ids(batch) == [reg.id]


def test_status_never_goes_back(ctx):
    store = ctx.store
    with store.write():
        batch = store.batches.create(1, "t")
        store.batches.set_fields(batch, status="submitted")
    with pytest.raises(BatchRuleBroken):
        with store.write():
            store.batches.set_fields(batch, status="draft")
    assert store.batches.get(batch).status == "submitted"
