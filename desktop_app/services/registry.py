"""Registering, correcting and (soft) deleting workers, with duplicate checks and audit."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from desktop_app.domain.dates import now_local
from desktop_app.domain.names import SIMILAR_THRESHOLD, name_similarity
from desktop_app.domain.nik import mask_nik
from desktop_app.domain.problems import Problem, error, warning
from desktop_app.domain.registration import Registration
from desktop_app.domain.regnumber import format_number, parse_number
from desktop_app.domain.scheme import Scheme
from desktop_app.domain.validation import ValidationResult, validate
from desktop_app.errors import DuplicateRegistration, NotFound, UserError, ValidationFailed
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr, trn
from desktop_app.services.context import Context
from desktop_app.storage.audit import changed_fields
from desktop_app.storage.codec import registration_snapshot
from desktop_app.storage.registrations import ActiveNikTaken

log = logging.getLogger(__name__)

M_DUPLICATE = QT_TRANSLATE_NOOP("Registry", "NIK ini sudah terdaftar aktif di skema yang sama: {number} atas nama "
                                            "{name}.")
M_OTHER_SCHEME = QT_TRANSLATE_NOOP("Registry", "NIK ini juga terdaftar di skema lain ({scheme}): {number} atas "
                                               "nama {name}.")
M_SIMILAR = QT_TRANSLATE_NOOP("Registry", "Ada peserta mirip di desa yang sama dengan tanggal lahir sama: {number} "
                                          "{name} (NIK {nik}). Pastikan bukan orang yang sama.")
M_INVALID = QT_TRANSLATE_NOOP("Registry", "Data belum dapat disimpan: %n kesalahan perlu diperbaiki.")
M_NOT_FOUND = QT_TRANSLATE_NOOP("Registry", "Data peserta tidak ditemukan.")
M_REASON = QT_TRANSLATE_NOOP("Registry", "Alasan penghapusan wajib diisi.")
M_ALREADY_DELETED = QT_TRANSLATE_NOOP("Registry", "Data ini sudah dihapus.")
M_NOT_DELETED = QT_TRANSLATE_NOOP("Registry", "Data ini tidak dalam keadaan terhapus.")
M_SIMILAR_UNCONFIRMED = QT_TRANSLATE_NOOP("Registry", "Ada peserta yang mirip; periksa dan konfirmasi bahwa ini "
                                                      "orang yang berbeda.")


@dataclass
class Similar:
    """An existing active person who may be the same as the one being typed."""

    id: str
    number: str
    nik: str
    full_name: str
    birth_date: str
    score: float


@dataclass
class Check:
    """Validation plus duplicate findings for a registration being typed."""

    validation: ValidationResult
    duplicate: Registration | None = None
    similar: list[Similar] = field(default_factory=list)
    extra: list[Problem] = field(default_factory=list)

    @property
    def problems(self) -> list[Problem]:
        return self.validation.problems + self.extra

    @property
    def ok(self) -> bool:
        return self.validation.ok and self.duplicate is None


class RegistryService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.store = ctx.store

    # --- reading -------------------------------------------------------
    def get(self, registration_id: str) -> Registration:
        reg = self.store.registrations.get(registration_id)
        if reg is None:
            raise NotFound(tr(M_NOT_FOUND))
        return reg

    def find(self, registration_id: str) -> Registration | None:
        """The registration, or None when it does not exist (e.g. a draft of a record since restored away)."""
        return self.store.registrations.get(registration_id) if registration_id else None

    def find_by_number(self, number: str) -> Registration | None:
        """``000123-4`` → the registration; None when unknown or the check digit is wrong."""
        seq = parse_number(number or "")
        return self.store.registrations.get_by_seq(seq) if seq is not None else None

    def scheme_for(self, reg: Registration) -> Scheme | None:
        return self.store.schemes.get(reg.scheme_id) if reg.scheme_id is not None else None

    # --- checking ------------------------------------------------------
    def check(self, reg: Registration, scheme: Scheme | None = None) -> Check:
        """Everything the form shows: errors, warnings, exact and fuzzy duplicates.
        ``scheme`` saves the lookup when the caller already holds ``reg``'s scheme (imports)."""
        if scheme is None or scheme.id != reg.scheme_id:
            scheme = self.scheme_for(reg)
        result = validate(reg, scheme, self.ctx.regions, today=self.ctx.today())
        clean = result.registration
        check = Check(result)
        if len(clean.nik) == 16:
            self._same_nik(check, [o for o in self.store.registrations.active_for_nik(clean.nik) if o.id != clean.id])
        self._similar(check, self.similar_people(clean))
        return check

    def check_many(self, regs: list[Registration], scheme: Scheme) -> list[Check]:
        """``check`` for many registrations of one scheme (an import), with the duplicate queries made once
        per chunk instead of twice per person."""
        today = self.ctx.today()
        results = [validate(r, scheme, self.ctx.regions, today=today) for r in regs]
        cleans = [r.registration for r in results]
        by_nik = self.store.registrations.active_by_nik(sorted({c.nik for c in cleans if len(c.nik) == 16}))
        same_scheme = [row["id"] for rows in by_nik.values() for row in rows if row["scheme_id"] == scheme.id]
        full = self.store.registrations.get_many(same_scheme)
        pairs = [(c.village_code, c.birth_date.isoformat()) for c in cleans if c.village_code and c.birth_date]
        births = self.store.registrations.same_birth_in_villages(pairs)
        checks = []
        for result, clean in zip(results, cleans, strict=True):
            check = Check(result)
            others = [full.get(row["id"]) or _Light(row) for row in by_nik.get(clean.nik, []) if row["id"] != clean.id]
            self._same_nik(check, others)
            candidates = births.get((clean.village_code, clean.birth_date.isoformat()), []) if clean.birth_date else []
            self._similar(check, self._similar_among(clean, candidates))
            checks.append(check)
        return checks

    def _same_nik(self, check: Check, others: list) -> None:
        """The one rule for a NIK already active: same scheme is a duplicate, another scheme a warning."""
        clean = check.validation.registration
        for other in others:
            number = format_number(other.seq)
            if other.scheme_id == clean.scheme_id:
                check.duplicate = check.duplicate or other
                check.extra.append(error("nik", "duplicate.nik", M_DUPLICATE, number=number, name=other.full_name))
            else:
                scheme = self.store.schemes.get(other.scheme_id)
                check.extra.append(warning("nik", "duplicate.other_scheme", M_OTHER_SCHEME,
                                           scheme=scheme.name if scheme else "?", number=number,
                                           name=other.full_name))

    @staticmethod
    def _similar(check: Check, similar: list[Similar]) -> None:
        check.similar = similar
        for s in similar:
            check.extra.append(warning("full_name", "duplicate.similar", M_SIMILAR, number=s.number,
                                       name=s.full_name, nik=mask_nik(s.nik)))

    def similar_people(self, reg: Registration) -> list[Similar]:
        """Same desa, same birth date, similar name, different NIK."""
        if not (reg.village_code and reg.birth_date and reg.full_name):
            return []
        return self._similar_among(reg, self.store.registrations.same_birth_in_village(
            reg.village_code, reg.birth_date.isoformat()))

    @staticmethod
    def _similar_among(reg: Registration, rows: list[dict]) -> list[Similar]:
        if not (reg.village_code and reg.birth_date and reg.full_name):
            return []
        out = []
        for row in rows:
            if row["id"] == reg.id or row["nik"] == reg.nik:
                continue
            score = name_similarity(reg.full_name, row["full_name"])
            if score >= SIMILAR_THRESHOLD:
                out.append(Similar(row["id"], format_number(row["seq"]), row["nik"], row["full_name"],
                                   row["birth_date"], score))
        return sorted(out, key=lambda s: -s.score)

    def _checked(self, reg: Registration, confirm_similar: bool) -> Check:
        check = self.check(reg)
        if check.duplicate is not None:
            d = check.duplicate
            raise DuplicateRegistration(tr(M_DUPLICATE, number=format_number(d.seq), name=d.full_name),
                                        d.id, format_number(d.seq))
        if not check.validation.ok:
            errors = check.validation.errors
            raise ValidationFailed(trn(M_INVALID, len(errors)), errors)
        if check.similar and not confirm_similar:
            raise SimilarPeopleFound(tr(M_SIMILAR_UNCONFIRMED), check.similar)
        return check

    # --- writing -------------------------------------------------------
    def register(self, reg: Registration, *, confirm_similar: bool = False) -> Registration:
        """Validate, check duplicates and save a new registration with its audit row."""
        check = self._checked(reg.copy(id=""), confirm_similar)
        clean = check.validation.registration
        now = now_local()
        clean = clean.copy(created_at=now, created_by=self.ctx.operator, updated_at=now,
                           updated_by=self.ctx.operator)
        try:
            with self.store.write():
                stored = self.store.registrations.insert(clean)
                self.store.audit.record(self.ctx.operator, "create", "registration", stored.id,
                                        new=registration_snapshot(stored))
                if check.similar:
                    self.store.audit.record(self.ctx.operator, "similar_confirmed", "registration", stored.id,
                                            new={"similar_to": [s.id for s in check.similar]},
                                            note=", ".join(s.number for s in check.similar))
        except ActiveNikTaken:
            raise self._race_duplicate(clean) from None
        log.info("registered %s (NIK %s)", format_number(stored.seq), mask_nik(stored.nik))
        return stored

    def update(self, reg: Registration, *, confirm_similar: bool = False, note: str = "") -> Registration:
        """Save corrections to an existing registration; the audit keeps old → new."""
        old = self.get(reg.id)
        check = self._checked(reg, confirm_similar)
        clean = check.validation.registration.copy(
            id=old.id, seq=old.seq, created_at=old.created_at, created_by=old.created_by,
            updated_at=now_local(), updated_by=self.ctx.operator, deleted_at=old.deleted_at,
            deleted_by=old.deleted_by, deleted_reason=old.deleted_reason, print_count=old.print_count)
        before, after = changed_fields(registration_snapshot(old), registration_snapshot(clean))
        for key in ("updated_at", "updated_by"):
            before.pop(key, None)
            after.pop(key, None)
        if not after:
            return old
        # Once exported (locked, submitted or answered) the data left the office: a change is a correction.
        batch = self.store.batches.last_sent_batch_of(old.id)
        action = "correction" if batch else "update"
        note = note or (f"batch {batch.id}" if batch else "")
        try:
            with self.store.write():
                self.store.registrations.update(clean)
                self.store.audit.record(self.ctx.operator, action, "registration", clean.id, old=before,
                                        new=after, note=note)
        except ActiveNikTaken:
            raise self._race_duplicate(clean) from None
        log.info("updated %s (%s)", format_number(clean.seq), action)
        return clean

    def delete(self, registration_id: str, reason: str) -> Registration:
        """Soft delete with a reason; the record stays for the audit and can be restored."""
        reason = " ".join((reason or "").split())
        if not reason:
            raise UserError(tr(M_REASON))
        reg = self.get(registration_id)
        if reg.deleted:
            raise UserError(tr(M_ALREADY_DELETED))
        now = now_local()
        with self.store.write():
            self.store.registrations.set_fields(reg.id, deleted_at=now.isoformat(), deleted_by=self.ctx.operator,
                                                deleted_reason=reason)
            self.store.audit.record(self.ctx.operator, "delete", "registration", reg.id,
                                    old={"deleted_at": None}, new={"deleted_at": now.isoformat()}, note=reason)
        log.info("deleted %s", format_number(reg.seq))
        return self.get(reg.id)

    def restore(self, registration_id: str) -> Registration:
        """Undo a soft delete (refused if the NIK is active again in the same scheme)."""
        reg = self.get(registration_id)
        if not reg.deleted:
            raise UserError(tr(M_NOT_DELETED))
        try:
            with self.store.write():
                self.store.registrations.set_fields(reg.id, deleted_at=None, deleted_by="", deleted_reason="")
                self.store.audit.record(self.ctx.operator, "restore", "registration", reg.id,
                                        old={"deleted_at": reg.deleted_at.isoformat()}, new={"deleted_at": None})
        except ActiveNikTaken:
            raise self._race_duplicate(reg) from None
        return self.get(reg.id)

    def _race_duplicate(self, reg: Registration) -> DuplicateRegistration:
        """Another writer saved the same NIK first: name the record that won."""
        existing = [r for r in self.store.registrations.active_for_nik(reg.nik, reg.scheme_id) if r.id != reg.id]
        other = existing[0]
        return DuplicateRegistration(tr(M_DUPLICATE, number=format_number(other.seq), name=other.full_name),
                                     other.id, format_number(other.seq))



class _Light:
    """An active registration in another scheme, as far as the duplicate rule needs it."""

    def __init__(self, row: dict) -> None:
        self.id, self.seq, self.full_name, self.scheme_id = row["id"], row["seq"], row["full_name"], row["scheme_id"]


class SimilarPeopleFound(UserError):
    """Saving needs the officer's confirmation that these are different people."""

    def __init__(self, message: str, similar: list[Similar]) -> None:
        super().__init__(message)
        self.similar = similar
