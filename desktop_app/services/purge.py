"""Retention: an admin purges the personal data of schemes that ended more than N years ago.

The number of years is an office setting (``retention.years``, default 5). ``due()``
lists the schemes past it with the people whose data would be erased; ``purge()``
takes the count the admin confirmed and refuses if it changed since, erases in one
write transaction (``storage.purge``), writes a ``data.purge`` log row per scheme, then
scrubs the file so nothing of it is left in free pages. The Laporan and ``lindungi
stats`` figures stay the same (the rows are kept, anonymised). Backups taken before the
purge still hold the data: ``older_backups()`` lists them for a warning.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from desktop_app.domain.retention import DEFAULT_YEARS, MAX_YEARS, MIN_YEARS, cutoff
from desktop_app.domain.scheme import Scheme
from desktop_app.errors import UserError
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr
from desktop_app.services import roles
from desktop_app.services.context import Context
from desktop_app.services.maintenance import BackupEntry, backup_entries

log = logging.getLogger(__name__)
KEY_YEARS = "retention.years"
M_YEARS = QT_TRANSLATE_NOOP("Purge", "Masa simpan harus {low} sampai {high} tahun.")
M_NOTHING = QT_TRANSLATE_NOOP("Purge", "Tidak ada skema yang berakhir lebih dari {years} tahun lalu dengan data "
                                       "pribadi yang masih tersimpan.")
M_CHANGED = QT_TRANSLATE_NOOP("Purge", "Jumlah orang berubah sejak dikonfirmasi ({confirmed} → {now}); tidak ada "
                                       "yang dihapus. Periksa lagi lalu konfirmasi ulang.")


@dataclass(frozen=True)
class DueScheme:
    scheme: Scheme
    people: int


@dataclass(frozen=True)
class PurgeResult:
    schemes: list[DueScheme]
    people: int

    def as_dict(self) -> dict:
        return {"people": self.people, "schemes": [{"id": d.scheme.id, "name": d.scheme.name, "people": d.people}
                                                   for d in self.schemes]}


class PurgeService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.store = ctx.store

    def years(self) -> int:
        return int(self.store.office.setting(KEY_YEARS, DEFAULT_YEARS))

    def set_years(self, years: int) -> None:
        roles.require(self.ctx, "data.purge")
        if not MIN_YEARS <= int(years) <= MAX_YEARS:
            raise UserError(tr(M_YEARS, low=MIN_YEARS, high=MAX_YEARS))
        old = self.years()
        with self.store.write():
            self.store.office.set_setting(KEY_YEARS, int(years))
            self.store.audit.record(self.ctx.operator, "update", "settings", KEY_YEARS, old={"years": old},
                                    new={"years": int(years)})

    def due(self, years: int | None = None) -> list[DueScheme]:
        """Schemes whose coverage ended before the cut-off and that still hold someone's personal data."""
        limit = cutoff(self.ctx.today(), self.years() if years is None else years)
        out = []
        for scheme in self.store.schemes.all():
            if scheme.coverage_end.last_day() < limit:
                people = self.store.purge.holding(scheme.id)
                if people:
                    out.append(DueScheme(scheme, people))
        return out

    def purge(self, confirmed_people: int, years: int | None = None) -> PurgeResult:
        """Erase what ``due(years)`` lists, provided it is still ``confirmed_people`` people."""
        roles.require(self.ctx, "data.purge")
        years = self.years() if years is None else years
        with self.store.write():
            due = self.due(years)
            people = sum(d.people for d in due)
            if not due:
                raise UserError(tr(M_NOTHING, years=years))
            if people != confirmed_people:
                raise UserError(tr(M_CHANGED, confirmed=confirmed_people, now=people))
            for d in due:
                self.store.purge.anonymise(d.scheme.id)
                self.store.purge.record(d.scheme.id, self.ctx.operator, d.people, years)
                self.store.audit.record(self.ctx.operator, "data.purge", "scheme", str(d.scheme.id),
                                        new={"people": d.people, "years": years, "scheme": d.scheme.name,
                                             "ended": d.scheme.coverage_end.iso()})
        self.store.purge.scrub()
        log.info("purged the personal data of %d people in %d schemes (retention %d years)", people, len(due), years)
        return PurgeResult(due, people)

    def last_purge(self) -> datetime | None:
        purges = self.store.purge.purges()
        return datetime.fromisoformat(purges[-1]["at"]) if purges else None

    def older_backups(self) -> list[BackupEntry]:
        """Backups taken before the last purge: they still hold the purged people's data."""
        last = self.last_purge()
        if last is None:
            return []
        return [b for b in backup_entries(self.store.path) if b.taken_at.astimezone() <= last]   # same second: warn
