"""People registered at two offices under different NIKs (``domain.cross_office``), found before a batch
goes to BPJS: the screen "Cek ganda antar kantor" (from Data Peserta), ``lindungi duplicates`` and the
batch page's warning about a draft batch that holds such people. NIKs are masked.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop_app.domain.cross_office import reason_label, same_person_reason
from desktop_app.domain.dates import format_date
from desktop_app.domain.nik import mask_nik
from desktop_app.domain.regnumber import format_number
from desktop_app.i18n import QT_TRANSLATE_NOOP, trn
from desktop_app.services.context import Context
from desktop_app.services.records import RecordsService
from desktop_app.services.roles import require

M_BATCH_WARNING = QT_TRANSLATE_NOOP("CrossOffice", "Perhatian: %n peserta batch ini tampaknya juga terdaftar di "
                                                   "kantor lain dengan NIK berbeda. Periksa di Data Peserta › Cek "
                                                   "ganda antar kantor sebelum batch dikirim ke BPJS.")


@dataclass(frozen=True)
class PersonAt:
    """One side of a pair: the registration at one office."""

    id: str
    number: str
    name: str
    nik: str                  # masked
    birth_date: str           # as offices write it
    village: str
    office: str               # the office of origin, as the records list labels it
    office_code: str

    def as_dict(self) -> dict:
        return dict(vars(self))


@dataclass(frozen=True)
class CrossOfficePair:
    first: PersonAt
    second: PersonAt
    reason: str               # a domain.cross_office.SameReason value
    similarity: float

    def reason_text(self) -> str:
        return reason_label(self.reason)

    def as_dict(self) -> dict:
        return {"first": self.first.as_dict(), "second": self.second.as_dict(), "reason": self.reason,
                "reason_text": self.reason_text(), "similarity": round(self.similarity, 1)}


class CrossOfficeService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.repo = ctx.store.registrations

    def find(self, batch_id: int | None = None) -> list[CrossOfficePair]:
        """Every pair (or those with a member of ``batch_id``), most alike first."""
        require(self.ctx, "records.cross_office")
        labels = {o.code: o.label() for o in RecordsService(self.ctx).origin_offices()}
        seen, out = set(), []
        for a, b in self.repo.cross_office_candidates(batch_id):
            key = frozenset((a["id"], b["id"]))
            judged = same_person_reason(a, b)
            if judged is None or key in seen:
                continue
            seen.add(key)
            out.append(CrossOfficePair(self._person(a, labels), self._person(b, labels), judged[0].value, judged[1]))
        return sorted(out, key=lambda p: (-p.similarity, p.first.name, p.first.number))

    def batch_warning(self, batch_id: int) -> str:
        """The batch page's sentence when the batch holds people also registered elsewhere ("" when not)."""
        pairs = self.find(batch_id)
        if not pairs:
            return ""
        return trn(M_BATCH_WARNING, len({p.first.id for p in pairs}))

    def _person(self, row: dict, labels: dict[str, str]) -> PersonAt:
        village = self.ctx.regions.get(row["village_code"])
        born = format_date(date.fromisoformat(row["birth_date"])) if row["birth_date"] else ""
        return PersonAt(row["id"], format_number(row["seq"]), row["full_name"], mask_nik(row["nik"]), born,
                        village.name if village else row["village_code"],
                        labels.get(row["origin_office"], row["origin_office"]), row["origin_office"])
