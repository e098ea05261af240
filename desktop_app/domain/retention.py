"""How long personal data is kept: a scheme that ended more than N years ago may be purged.

A purged registration keeps only what the reports count (village, sex, birth date,
occupation, income, programs, scheme, coverage, BPJS state, who entered it and when);
its NIK becomes a placeholder that can never be a real NIK (``X`` and the sequence),
so the one-active-registration-per-NIK rule and the 16-character column still hold.
The birth date stays because the report's age groups are computed from it on the day
of the report; everything that names or reaches the person is emptied.
"""

from __future__ import annotations

from datetime import date

DEFAULT_YEARS = 5
MIN_YEARS, MAX_YEARS = 1, 30
PURGED_PREFIX = "X"

# emptied by a purge (the rest of the row stays for the counts)
ERASED_FIELDS = ("full_name", "birth_place", "mother_name", "kk_number", "marital_status", "address", "rt", "rw",
                 "phone", "email", "occupation_other", "consent_note", "kpj", "bpjs_reason", "note",
                 "deleted_reason")


def purged_nik(seq: int) -> str:
    return f"{PURGED_PREFIX}{seq:015d}"


def is_purged(nik: str) -> bool:
    return nik.startswith(PURGED_PREFIX)


def cutoff(today: date, years: int) -> date:
    """Schemes whose coverage ended before this day are past retention."""
    try:
        return today.replace(year=today.year - years)
    except ValueError:                      # 29 February
        return today.replace(year=today.year - years, day=28)
