"""Occupations of pekerja rentan (pick list from KTP and regional schemes)."""

from __future__ import annotations

from desktop_app.i18n import QT_TRANSLATE_NOOP, tr, translate

OTHER = "Lainnya"
ADHOC_OFFICER = "Petugas ad hoc Pilkada"   # the occupation of an ad-hoc scheme's officers (domain.adhoc)
M_OTHER_JOB = QT_TRANSLATE_NOOP("Occupation", "Lainnya: {job}")

OCCUPATIONS = (
    QT_TRANSLATE_NOOP("Occupation", "Petani/Pekebun"),
    QT_TRANSLATE_NOOP("Occupation", "Buruh Tani/Perkebunan"),
    QT_TRANSLATE_NOOP("Occupation", "Nelayan/Perikanan"),
    QT_TRANSLATE_NOOP("Occupation", "Buruh Nelayan/Perikanan"),
    QT_TRANSLATE_NOOP("Occupation", "Peternak"),
    QT_TRANSLATE_NOOP("Occupation", "Buruh Peternakan"),
    QT_TRANSLATE_NOOP("Occupation", "Buruh Harian Lepas"),
    QT_TRANSLATE_NOOP("Occupation", "Pedagang (kecil/keliling/kaki lima)"),
    QT_TRANSLATE_NOOP("Occupation", "Tukang Ojek"),
    QT_TRANSLATE_NOOP("Occupation", "Sopir Angkot"),
    QT_TRANSLATE_NOOP("Occupation", "Tukang Parkir"),
    QT_TRANSLATE_NOOP("Occupation", "Buruh Pelabuhan/Tukang Angkut"),
    QT_TRANSLATE_NOOP("Occupation", "Kuli Bangunan"),
    QT_TRANSLATE_NOOP("Occupation", "Tukang Batu"),
    QT_TRANSLATE_NOOP("Occupation", "Tukang Kayu"),
    QT_TRANSLATE_NOOP("Occupation", "Tukang Las/Pandai Besi"),
    QT_TRANSLATE_NOOP("Occupation", "Tukang Jahit"),
    QT_TRANSLATE_NOOP("Occupation", "Tukang Cukur"),
    QT_TRANSLATE_NOOP("Occupation", "Tukang Sol Sepatu"),
    QT_TRANSLATE_NOOP("Occupation", "Pembantu Rumah Tangga"),
    QT_TRANSLATE_NOOP("Occupation", "Paraji/Dukun Beranak"),
    QT_TRANSLATE_NOOP("Occupation", "Tabib"),
    QT_TRANSLATE_NOOP("Occupation", "Penggali Kubur"),
    QT_TRANSLATE_NOOP("Occupation", "Penggiat Agama (marbot, guru ngaji)"),
    QT_TRANSLATE_NOOP("Occupation", "Pekerja Serabutan"),
    QT_TRANSLATE_NOOP("Occupation", "Pelaku UMKM"),
    QT_TRANSLATE_NOOP("Occupation", "Petugas ad hoc Pilkada"),
    QT_TRANSLATE_NOOP("Occupation", "Lainnya"),
)

_BY_KEY = {name.casefold(): str(name) for name in OCCUPATIONS}


def canonical_occupation(text: str) -> str | None:
    """The pick-list spelling of ``text`` (case-insensitive), or None if not listed."""
    return _BY_KEY.get(text.strip().casefold())


def occupation_label(occupation: str) -> str:
    """A pick-list occupation in the current language ("" stays "")."""
    return translate("Occupation", occupation) if occupation else ""


def occupation_text(occupation: str, other: str) -> str:
    """What a person's occupation reads as: the pick-list entry, or "Lainnya: <what they do>"
    for one typed by hand (slip, recap, export)."""
    if occupation == OTHER and other:
        return tr(M_OTHER_JOB, job=other)
    return occupation_label(occupation)
