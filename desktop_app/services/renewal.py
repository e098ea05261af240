"""The yearly cycle: "Perpanjang ke skema baru" — next period's scheme (same payer, rate table,
programs and age window; new dates, budget, target and a PKS number to fill), and a draft renewal
batch of the participants BPJS accepted who are still active and still eligible (age at the new
start inside the window). Their KPJ numbers carry over; everyone left out is listed with why.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from desktop_app.domain.dates import YearMonth, age_on, now_local
from desktop_app.domain.record_query import RegistrationQuery
from desktop_app.domain.registration import BpjsStatus, Registration
from desktop_app.domain.regnumber import format_number
from desktop_app.domain.scheme import Scheme
from desktop_app.errors import NotFound, UserError
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr
from desktop_app.services.context import Context
from desktop_app.services.office import OfficeService
from desktop_app.services.roles import require

M_NO_SCHEME = QT_TRANSLATE_NOOP("Renewal", "Skema {id} tidak ditemukan.")
M_BEFORE = QT_TRANSLATE_NOOP("Renewal", "Skema baru harus dimulai sesudah skema lama berakhir ({end}).")
M_NOBODY = QT_TRANSLATE_NOOP("Renewal", "Tidak ada peserta skema {name} yang dapat diperpanjang: {why}")
M_TITLE = QT_TRANSLATE_NOOP("Renewal", "Perpanjangan dari {name}")
W_DELETED = QT_TRANSLATE_NOOP("Renewal", "data sudah dihapus")
W_REJECTED = QT_TRANSLATE_NOOP("Renewal", "ditolak BPJS")
W_WAITING = QT_TRANSLATE_NOOP("Renewal", "belum diterima BPJS")
W_AGE = QT_TRANSLATE_NOOP("Renewal", "umur {age} tahun pada awal skema baru (batas {low}–{high})")
M_NOTE = QT_TRANSLATE_NOOP("Renewal", "perpanjangan dari {number}")


@dataclass
class RenewalResult:
    scheme: Scheme
    batch_id: int
    carried: list[str] = field(default_factory=list)                  # registration numbers (new)
    left_out: list[tuple[str, str, str]] = field(default_factory=list)  # (old number, name, why)

    def as_dict(self) -> dict:
        return {"scheme_id": self.scheme.id, "scheme": self.scheme.name, "batch_id": self.batch_id,
                "carried": len(self.carried), "left_out": [{"number": n, "name": who, "why": why}
                                                           for n, who, why in self.left_out]}


def next_scheme(old: Scheme, name: str, start: YearMonth, end: YearMonth, *, pks_number: str = "",
                budget: int | None = None, target: int | None = None) -> Scheme:
    """Next period's scheme: the old one's payer, rate table, programs and ages; new dates and money."""
    return replace(old, id=None, name=name, coverage_start=start, coverage_end=end, pks_number=pks_number,
                   budget=budget, target_participants=target, is_default=False, active=True,
                   extra=dict(old.extra) | {"renews": old.id})


class RenewalService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.store = ctx.store

    @staticmethod
    def why_not(reg: Registration, new: Scheme) -> str:
        """Why a participant of the old scheme is not carried over ("" when they are)."""
        if reg.deleted:
            return tr(W_DELETED)
        if reg.bpjs_status == BpjsStatus.REJECTED:
            return tr(W_REJECTED)
        if reg.bpjs_status != BpjsStatus.ACCEPTED:
            return tr(W_WAITING)
        age = age_on(reg.birth_date, new.coverage_start.first_day()) if reg.birth_date else None
        if age is None or not new.min_age <= age <= new.max_age:
            return tr(W_AGE, age=age if age is not None else "?", low=new.min_age, high=new.max_age)
        return ""

    def renew(self, scheme_id: int, name: str, start: YearMonth, end: YearMonth, *, pks_number: str = "",
              budget: int | None = None, target: int | None = None) -> RenewalResult:
        """Create the new scheme and the draft renewal batch in one transaction; all or nothing."""
        require(self.ctx, "scheme.manage")
        old = self.store.schemes.get(scheme_id)
        if old is None:
            raise NotFound(tr(M_NO_SCHEME, id=scheme_id))
        if start <= old.coverage_end:
            raise UserError(tr(M_BEFORE, end=old.coverage_end.label()))
        new = next_scheme(old, name, start, end, pks_number=pks_number, budget=budget, target=target)
        ids = self.store.registrations.ids(RegistrationQuery(status="all", scheme_id=scheme_id))
        people = [self.store.registrations.get(i) for i in ids]
        carried, left_out = [], []
        for reg in people:
            why = self.why_not(reg, new)
            if why:
                left_out.append((format_number(reg.seq), reg.full_name, why))
            else:
                carried.append(reg)
        if not carried:
            reasons = "; ".join(sorted({why for *_, why in left_out})) or "-"
            raise UserError(tr(M_NOBODY, name=old.name, why=reasons))
        return self._write(old, new, carried, left_out)

    def _write(self, old: Scheme, new: Scheme, carried: list[Registration], left_out) -> RenewalResult:
        now, operator = now_local(), self.ctx.operator
        with self.store.write():
            saved = OfficeService(self.ctx).save_scheme(new)
            copies = [reg.copy(id=None, seq=None, scheme_id=saved.id, coverage_start=new.coverage_start,
                               coverage_end=new.coverage_end, bpjs_status=BpjsStatus.NONE.value, bpjs_reason="",
                               created_at=now, created_by=operator, updated_at=None, updated_by="",
                               print_count=0, note=_note(reg)) for reg in carried]
            stored = self.store.registrations.insert_many(copies)
            batch_id = self.store.batches.create(saved.id, operator, title=tr(M_TITLE, name=old.name))
            self.store.batches.set_fields(batch_id, renewal_of=old.id)
            self.store.batches.add_items(batch_id, [r.id for r in stored])
            self.store.audit.record(operator, "renew", "scheme", str(saved.id), new={
                "from_scheme": old.id, "batch_id": batch_id, "carried": len(stored), "left_out": len(left_out)})
        return RenewalResult(saved, batch_id, [format_number(r.seq) for r in stored], left_out)


def _note(reg: Registration) -> str:
    prior = tr(M_NOTE, number=format_number(reg.seq))
    return f"{reg.note}; {prior}" if reg.note else prior
