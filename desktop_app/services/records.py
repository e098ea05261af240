"""The records list and the CLI search: count, page and find registrations for a query.

The window's ``RecordTableModel`` pages through ``page()``; ``lindungi search``
calls ``search()``; the new-batch dialog takes ``ids()``. One door, so the
list, the command line and a batch see the same people for the same query.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.domain.nik import mask_nik
from desktop_app.domain.record_query import RegistrationQuery
from desktop_app.domain.regnumber import format_number
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr
from desktop_app.services.context import Context
from desktop_app.services.roles import require

M_NO_CODE = QT_TRANSLATE_NOOP("Records", "(tanpa kode kantor)")
M_THIS_OFFICE = QT_TRANSLATE_NOOP("Records", "{code} — kantor ini")


@dataclass(frozen=True)
class OriginOffice:
    """An office whose people are in this database (the Dinas view's filter and column)."""

    code: str
    name: str
    people: int
    own: bool

    def label(self) -> str:
        """``PPU-WARU — Kantor Kecamatan Waru``; this office and rows without a code said so."""
        if not self.code:
            return tr(M_NO_CODE)
        if self.own:
            return tr(M_THIS_OFFICE, code=self.code)
        return f"{self.code} — {self.name}" if self.name else self.code


@dataclass(frozen=True)
class RecordHit:
    """One search result as the CLI prints it (NIK masked unless asked)."""

    number: str
    id: str
    nik: str
    name: str
    birth_date: str | None
    sex: str
    village_code: str
    village: str
    scheme: str
    kpj: str
    batch: int | None
    office: str = ""          # the office of origin (code)

    def as_dict(self) -> dict:
        return dict(vars(self))


class RecordsService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.repo = ctx.store.registrations

    def count(self, query: RegistrationQuery) -> int:
        return self.repo.count(query)

    def total_active(self) -> int:
        """Active registrations in the office (the status bar's figure)."""
        return self.repo.count(RegistrationQuery())

    def page(self, query: RegistrationQuery, offset: int = 0, limit: int = 100) -> list[dict]:
        """One page of list rows (the columns of ``storage.registrations.LIST_COLUMNS`` and ``batch_id``)."""
        return self.repo.page(query, offset, limit)

    def ids(self, query: RegistrationQuery) -> list[str]:
        return self.repo.ids(query)

    def reveal_nik(self) -> None:
        """Showing the full NIK (the list's "Tampilkan NIK lengkap", ``search --show-nik``): only a
        supervisor or admin may; refused with ``NotAllowed`` otherwise."""
        require(self.ctx, "nik.unmask")

    def origin_offices(self) -> list[OriginOffice]:
        """Every office of origin of the active registrations here, with how many (more than one: a
        database that receives from other offices, e.g. the Dinas)."""
        own = self.ctx.store.office.identity().code
        names = self.repo.office_names()
        return [OriginOffice(code, names.get(code, ""), n, bool(code) and code == own)
                for code, n in self.repo.origin_offices()]

    def office_labels(self, codes) -> dict[str, str]:
        """Code → label (``OriginOffice.label``) for offices whose people need no counting (the report)."""
        own, names = self.ctx.store.office.identity().code, self.repo.office_names()
        return {c: OriginOffice(c, names.get(c, ""), 0, bool(c) and c == own).label() for c in codes}

    def several_offices(self) -> bool:
        """True when people of more than one office, or of another office than this one, are here (the list
        then shows the office column); asked at every refresh of the list."""
        if self.repo.several_origins() and len(self.repo.origin_offices()) > 1:
            return True
        own = self.ctx.store.office.identity().code      # a Dinas holding one kecamatan's people only
        return self.repo.other_origin(own)

    def scheme_names(self) -> dict[int, str]:
        return {s.id: s.name for s in self.ctx.store.schemes.all()}

    def search(self, text: str | RegistrationQuery, limit: int = 50, *,
               full_nik: bool = False) -> tuple[int, list[RecordHit]]:
        """(how many match, the first ``limit``) for a name, NIK prefix, registration number or KPJ
        (or a whole query with filters). The full NIK only for a role that may unmask it."""
        if full_nik:
            self.reveal_nik()
        query = text if isinstance(text, RegistrationQuery) else RegistrationQuery(text=text)
        schemes = self.scheme_names()
        hits = []
        for r in self.repo.page(query, 0, max(1, limit)):
            village = self.ctx.regions.get(r["village_code"])
            hits.append(RecordHit(format_number(r["seq"]), r["id"], r["nik"] if full_nik else mask_nik(r["nik"]),
                                  r["full_name"], r["birth_date"], r["sex"], r["village_code"],
                                  village.name if village else "", schemes.get(r["scheme_id"], ""), r["kpj"],
                                  r["batch_id"], r["origin_office"]))
        return self.repo.count(query), hits
