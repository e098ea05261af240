"""``RegistryService.check`` for thousands of registrations at once (an import), with the same rules.

``check`` asks the database three questions per person: who has this NIK, who
has a NIK one typing error away, who shares the desa and the birth date. Asked
20,000 times that is 60,000 queries (the near-NIK one alone, with its 159
neighbouring NIKs each, takes half a minute). Here each question is asked once
per chunk, and NIKs one typing error away are found with an index of masked
NIKs: a NIK changed in one digit (or two neighbours swapped) keeps the other
twelve digits of some quarter-masked form, so a handful of keys per NIK finds
every candidate, which ``nik_typo`` then confirms. The rules themselves stay in
``RegistryService`` (``same_nik``, ``look_alike``).
"""

from __future__ import annotations

from desktop_app.domain.registration import Registration
from desktop_app.domain.scheme import Scheme
from desktop_app.domain.validation import validate
from desktop_app.services.registry import Check, RegistryService, nik_typo

_QUARTERS = ((0, 4), (4, 8), (8, 12), (12, 16))
_BORDERS = (3, 7, 11)                 # a swap of positions (i, i + 1) across two quarters


def _keys(nik: str) -> list[str]:
    """Masked forms two NIKs share when they differ in one digit or one adjacent swap."""
    out = [f"{q}:{nik[:a]}{nik[b:]}" for q, (a, b) in enumerate(_QUARTERS)]
    out += [f"s{i}:{nik[:i]}{''.join(sorted(nik[i:i + 2]))}{nik[i + 2:]}" for i in _BORDERS]
    return out


class NearNikIndex:
    """The registrations being checked, by masked NIK; ``scan`` walks the active registrations once and
    gives each registration the ones whose NIK is one typing error away from its own."""

    def __init__(self, regs: list[Registration]) -> None:
        self.regs = regs
        self.by_key: dict[str, list[int]] = {}
        for i, reg in enumerate(regs):
            if len(reg.nik) == 16 and reg.nik.isdigit():
                for key in _keys(reg.nik):
                    self.by_key.setdefault(key, []).append(i)

    def scan(self, active) -> dict[int, list[dict]]:
        """``active``: (id, seq, nik, full_name, scheme_id) of every active registration."""
        found: dict[int, dict[str, dict]] = {}
        for reg_id, seq, nik, name, scheme_id in active:
            if len(nik) != 16:
                continue
            for key in _keys(nik):
                for i in self.by_key.get(key, ()):
                    reg = self.regs[i]
                    if reg_id != reg.id and nik_typo(reg.nik, nik):
                        found.setdefault(i, {})[reg_id] = {"id": reg_id, "seq": seq, "nik": nik, "full_name": name,
                                                           "scheme_id": scheme_id}
        return {i: sorted(rows.values(), key=lambda row: row["seq"]) for i, rows in found.items()}


class _Light:
    """An active registration in another scheme, as far as the duplicate rule needs it."""

    def __init__(self, row: dict) -> None:
        self.id, self.seq, self.full_name, self.scheme_id = row["id"], row["seq"], row["full_name"], row["scheme_id"]


def check_many(registry: RegistryService, regs: list[Registration], scheme: Scheme) -> list[Check]:
    store, today = registry.store, registry.ctx.today()
    results = [validate(r, scheme, registry.ctx.regions, today=today) for r in regs]
    cleans = [r.registration for r in results]
    by_nik = store.registrations.active_by_nik(sorted({c.nik for c in cleans if len(c.nik) == 16}))
    full = store.registrations.get_many([row["id"] for rows in by_nik.values() for row in rows
                                         if row["scheme_id"] == scheme.id])
    births = store.registrations.same_birth_in_villages(
        [(c.village_code, c.birth_date.isoformat()) for c in cleans if c.village_code and c.birth_date])
    near = NearNikIndex(cleans).scan(store.registrations.active_niks())
    checks = []
    for n, (result, clean) in enumerate(zip(results, cleans, strict=True)):
        check = Check(result)
        registry.same_nik(check, [full.get(row["id"]) or _Light(row) for row in by_nik.get(clean.nik, [])
                                  if row["id"] != clean.id])
        same_birth = births.get((clean.village_code, clean.birth_date.isoformat()), []) if clean.birth_date else []
        registry.look_alike(check, near.get(n, []), same_birth)
        checks.append(check)
    return checks
