"""What the processing-log reader asks for: operator, date range, action and person."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from desktop_app.domain.nik import mask_nik, strip_separators


@dataclass(frozen=True)
class AuditQuery:
    """Empty fields do not filter. ``person`` is a NIK (16 digits) or a registration number
    (``000123-4``); the service turns it into the person's registrations and batches."""

    operator: str = ""
    date_from: date | None = None
    date_to: date | None = None        # inclusive
    action: str = ""
    person: str = ""

    def period(self) -> tuple[str | None, str | None]:
        """Bounds on the stored ``at`` text (local ISO): [from, day after ``date_to``)."""
        start = self.date_from.isoformat() if self.date_from else None
        end = (self.date_to + timedelta(days=1)).isoformat() if self.date_to else None
        return start, end

    def describe(self) -> dict:
        person = mask_nik(self.person) if len(strip_separators(self.person)) == 16 else self.person.strip()
        values = {"operator": self.operator, "from": self.date_from, "to": self.date_to, "action": self.action,
                  "person": person}
        return {k: str(v) for k, v in values.items() if v not in ("", None)}


@dataclass(frozen=True)
class Subjects:
    """The person of a query as the log names them: registration ids and the batches they were in.
    ``None`` means no person filter; empty tuples mean a person the office does not hold."""

    registration_ids: tuple[str, ...] = ()
    batch_ids: tuple[int, ...] = ()
