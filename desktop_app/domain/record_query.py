"""What the records list (and the CLI search, and the new-batch dialog) asks for.

A plain description of a search — text, filters, status, order — that screens
build and storage turns into SQL (``storage.search``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Status filters: active (default), deleted, everything, BPJS's answer, or not yet in a batch.
STATUSES = ("active", "deleted", "all", "accepted", "rejected", "no_batch")
# Columns a list can be sorted by (storage maps each to its SQL).
SORT_KEYS = ("seq", "full_name", "nik", "birth_date", "village_code", "occupation", "created_at", "kpj", "sex",
             "scheme_id", "origin_office")


@dataclass
class RegistrationQuery:
    """A search: the search-box text plus filters, the status filter and the order."""

    text: str = ""
    village_code: str = ""
    district_code: str = ""
    occupation: str = ""
    scheme_id: int | None = None
    batch_id: int | None = None
    status: str = "active"
    sex: str = ""
    origin_office: str = ""        # the office (code) that registered the person: the Dinas view's filter
    order_by: str = "seq"
    descending: bool = False
    extra: dict = field(default_factory=dict)
