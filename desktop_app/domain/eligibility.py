"""Who a pekerja-rentan scheme may not register: wage earners with an employer.

Civil servants, soldiers and police, employees of state and regional companies
and of private firms, and village officials on a salary belong to BPJS's
"Penerima Upah" segment: their employer registers and pays for them. Which
occupations count is a setting of each scheme (``Scheme.extra`` under
``EXTRA_KEY``, a list of phrases); ``DEFAULT_WAGE_EARNERS`` applies when a
scheme does not say.
"""

from __future__ import annotations

import re
from functools import lru_cache

from desktop_app.i18n import QT_TRANSLATE_NOOP

EXTRA_KEY = "wage_earner_occupations"
SEGMENT = QT_TRANSLATE_NOOP("Eligibility", "Penerima Upah")
DEFAULT_WAGE_EARNERS = (
    "PNS", "ASN", "Pegawai Negeri Sipil", "Pegawai Negeri", "PPPK", "TNI", "Polri", "Anggota TNI", "Anggota Polri",
    "Polisi", "Tentara", "Pegawai BUMN", "Karyawan BUMN", "Pegawai BUMD", "Karyawan BUMD", "Karyawan Swasta",
    "Pegawai Swasta", "Perangkat Desa", "Kepala Desa", "Sekretaris Desa", "Guru PNS", "Karyawan",
)
_NON_WORD = re.compile(r"[^0-9A-Z]+")


def _words(text: str) -> str:
    return " " + " ".join(_NON_WORD.sub(" ", text.upper()).split()) + " "


def wage_earner_phrases(extra: dict | None) -> tuple[str, ...]:
    """The scheme's list (``Scheme.extra[EXTRA_KEY]``), or the default when it has none."""
    found = (extra or {}).get(EXTRA_KEY)
    if isinstance(found, (list, tuple)):
        return tuple(str(p) for p in found if str(p).strip())
    return DEFAULT_WAGE_EARNERS


@lru_cache(maxsize=64)
def _matcher(phrases: tuple[str, ...]) -> tuple[re.Pattern | None, dict[str, str]]:
    """One pattern for a list (whole words, longest phrase first) and phrase words → the phrase as listed."""
    listed = {_words(p).strip(): p for p in phrases if _words(p).strip()}
    if not listed:
        return None, listed
    alternatives = "|".join(re.escape(w) for w in sorted(listed, key=len, reverse=True))
    return re.compile(rf" (?:{alternatives}) "), listed


def wage_earner(occupation: str, phrases: tuple[str, ...]) -> str:
    """The listed phrase ``occupation`` is (whole words: "Guru PNS" is PNS, "Pensiunan" is not), or ""."""
    if not occupation:
        return ""
    pattern, listed = _matcher(tuple(phrases))
    found = pattern.search(_words(occupation)) if pattern else None
    return listed[found.group(0).strip()] if found else ""
