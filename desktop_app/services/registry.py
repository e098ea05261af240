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
from desktop_app.services.roles import require
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
M_NIK_ONE_DIGIT = QT_TRANSLATE_NOOP("Registry", "NIK ini hanya beda 1 angka dari {number} ({name}) — salah ketik?")
M_NIK_SWAPPED = QT_TRANSLATE_NOOP("Registry", "NIK ini sama dengan {number} ({name}) tetapi dua angkanya tertukar — "
                                              "salah ketik?")
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
    nik_hint: str = ""      # "NIK ini hanya beda 1 angka dari …" when the NIKs look like a typing error


def nik_typo(typed: str, other: str) -> str:
    """``"digit"`` when two NIKs differ in one digit, ``"swap"`` when two neighbouring digits are
    swapped, else ``""`` — the usual typing errors."""
    if len(typed) != len(other) or typed == other:
        return ""
    diff = [i for i, (a, b) in enumerate(zip(typed, other, strict=True)) if a != b]
    if len(diff) == 1:
        return "digit"
    if len(diff) == 2 and diff[1] == diff[0] + 1 and typed[diff[0]] == other[diff[1]] \
            and typed[diff[1]] == other[diff[0]]:
        return "swap"
    return ""


def nik_neighbours(nik: str) -> list[str]:
    """Every NIK one typing error away from ``nik`` (one digit changed, or two neighbours swapped)."""
    out = set()
    for i, digit in enumerate(nik):
        out.update(nik[:i] + d + nik[i + 1:] for d in "0123456789" if d != digit)
        if i + 1 < len(nik) and nik[i + 1] != digit:
            out.add(nik[:i] + nik[i + 1] + digit + nik[i + 2:])
    return sorted(out)


def nik_hint(typed: str, other: str, number: str, name: str) -> str:
    """The sentence the form and the similar-people dialog show for a near-identical NIK."""
    kind = nik_typo(typed, other)
    if not kind:
        return ""
    return tr(M_NIK_ONE_DIGIT if kind == "digit" else M_NIK_SWAPPED, number=number, name=name)


def similar_among(reg: Registration, near: list[dict], births: list[dict]) -> list[Similar]:
    """Of the people whose NIK is one typing error away and those of the same desa and birth date, the ones
    with a similar name and a different NIK (near-NIK hints first)."""
    if not reg.full_name:
        return []
    out: dict[str, Similar] = {}
    for row in list(near) + list(births):
        if row["id"] == reg.id or row["nik"] == reg.nik or row["id"] in out:
            continue
        score = name_similarity(reg.full_name, row["full_name"])
        if score >= SIMILAR_THRESHOLD:
            number = format_number(row["seq"])
            out[row["id"]] = Similar(row["id"], number, row["nik"], row["full_name"], row.get("birth_date", ""),
                                     score, nik_hint(reg.nik, row["nik"], number, row["full_name"]))
    return sorted(out.values(), key=lambda s: (not s.nik_hint, -s.score))


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
            self.same_nik(check, [o for o in self.store.registrations.active_for_nik(clean.nik) if o.id != clean.id])
        near = self._near_niks(clean)
        births = self.store.registrations.same_birth_in_village(clean.village_code, clean.birth_date.isoformat()) \
            if clean.village_code and clean.birth_date else []
        self.look_alike(check, near, births)
        return check

    def check_many(self, regs: list[Registration], scheme: Scheme) -> list[Check]:
        """``check`` for many registrations of one scheme (an import), with the duplicate queries made once
        per chunk instead of three per person (``registry_many``)."""
        from desktop_app.services.registry_many import check_many

        return check_many(self, regs, scheme)

    def same_nik(self, check: Check, others: list) -> None:
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
    def look_alike(check: Check, near: list[dict], births: list[dict]) -> None:
        """Similar people (``similar_among``) and NIKs one typing error away, as warnings."""
        clean = check.validation.registration
        check.similar = similar_among(clean, near, births)
        for s in check.similar:
            check.extra.append(warning("full_name", "duplicate.similar", M_SIMILAR, number=s.number,
                                       name=s.full_name, nik=mask_nik(s.nik)))
        for row in near[:2]:
            text = M_NIK_ONE_DIGIT if nik_typo(clean.nik, row["nik"]) == "digit" else M_NIK_SWAPPED
            check.extra.append(warning("nik", "duplicate.near_nik", text, number=format_number(row["seq"]),
                                       name=row["full_name"]))

    def _near_niks(self, reg: Registration) -> list[dict]:
        """Active people whose NIK is one typing error away from ``reg``'s (never ``reg`` itself)."""
        if len(reg.nik) != 16 or not reg.nik.isdigit():
            return []
        found = self.store.registrations.active_by_nik(nik_neighbours(reg.nik))
        return sorted((row for rows in found.values() for row in rows if row["id"] != reg.id),
                      key=lambda row: row["seq"])

    def similar_people(self, reg: Registration) -> list[Similar]:
        """A similar name and a different NIK, and either the same desa and birth date or a NIK one
        typing error away (one digit, or two neighbours swapped)."""
        births = self.store.registrations.same_birth_in_village(reg.village_code, reg.birth_date.isoformat()) \
            if reg.village_code and reg.birth_date else []
        return similar_among(reg, self._near_niks(reg), births)

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
        require(self.ctx, "register")
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
        require(self.ctx, "edit")
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
        if batch:
            require(self.ctx, "correction")
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
        require(self.ctx, "delete")
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
        require(self.ctx, "restore")
        reg = self.get(registration_id)
        if not reg.deleted:
            raise UserError(tr(M_NOT_DELETED))
        try:
            with self.store.write():
                self.store.registrations.set_fields(reg.id, deleted_at=None, deleted_by="", deleted_reason="")
                self.store.audit.record(self.ctx.operator, "restore", "registration", reg.id,
                                        old={"deleted_at": reg.deleted_at.isoformat()}, new={"deleted_at": None},
                                        note=reg.deleted_reason)
        except ActiveNikTaken:
            raise self._race_duplicate(reg) from None
        return self.get(reg.id)

    def _race_duplicate(self, reg: Registration) -> DuplicateRegistration:
        """Another writer saved the same NIK first: name the record that won."""
        existing = [r for r in self.store.registrations.active_for_nik(reg.nik, reg.scheme_id) if r.id != reg.id]
        other = existing[0]
        return DuplicateRegistration(tr(M_DUPLICATE, number=format_number(other.seq), name=other.full_name),
                                     other.id, format_number(other.seq))



class SimilarPeopleFound(UserError):
    """Saving needs the officer's confirmation that these are different people."""

    def __init__(self, message: str, similar: list[Similar]) -> None:
        super().__init__(message)
        self.similar = similar
