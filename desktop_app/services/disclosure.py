"""Personal data shown or sent out of the database: the one place that logs it, in one shape.

Every export, print and unmasking writes a processing-log row saying **what** left
(``document``), for **how many people** (``people``) and **where to** (``to``: the
file's full path, ``screen`` or ``terminal``) — ``disclosed()`` builds that part of the
row, so the reader and the data-subject sheet can show every kind the same way.

Unmasking a NIK is a service call: the records list's "Tampilkan NIK lengkap" and
``lindungi search --show-nik`` call ``unmask_list`` (supervisor and admin; the row names
the filter and the count); opening a record in the form calls ``open_record``
(the form shows the full NIK to whoever may edit it; the row names the person).
"""

from __future__ import annotations

import logging
from pathlib import Path

from desktop_app.domain.record_query import RegistrationQuery
from desktop_app.domain.registration import Registration
from desktop_app.services import roles
from desktop_app.services.context import Context
from desktop_app.services.registry import RegistryService

log = logging.getLogger(__name__)

UNMASK = "nik.unmask"
SCREEN, TERMINAL = "screen", "terminal"


def disclosed(document: str, people: int, destination: Path | str, **extra: object) -> dict:
    """The ``new`` part of a log row for personal data leaving the database."""
    to = str(Path(destination).resolve()) if isinstance(destination, Path) else str(destination)
    return {"document": document, "people": int(people), "to": to, **extra}


def query_filter(query: RegistrationQuery) -> dict:
    """The filter as plain values (for the log and an export's Info sheet)."""
    keys = ("text", "village_code", "district_code", "occupation", "scheme_id", "batch_id", "status", "sex")
    return {k: getattr(query, k) for k in keys if getattr(query, k) not in ("", None)}


class DisclosureService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.store = ctx.store

    def unmask_list(self, query: RegistrationQuery, people: int, where: str = SCREEN) -> None:
        """Full NIKs of the people matching ``query`` are about to be shown (the list or the terminal)."""
        roles.require(self.ctx, UNMASK)
        self._log("registrations", "", disclosed("list", people, where, filter=query_filter(query)))
        log.info("full NIKs shown for %d people (%s)", people, where)

    def open_record(self, registration_id: str) -> Registration:
        """The record for the form, which shows its full NIK; logged as an unmasking of that person."""
        reg = RegistryService(self.ctx).get(registration_id)
        self._log("registration", reg.id, disclosed("record", 1, SCREEN))
        return reg

    def _log(self, entity: str, entity_id: str, new: dict) -> None:
        if self.store.readonly:        # read-only media: nothing can be written (the banner says so)
            return
        with self.store.write():
            self.store.audit.record(self.ctx.operator, UNMASK, entity, entity_id, new=new)
