"""What the enrolment slip tells a family: benefits, claim documents, the call centre.

Figures from DOMAIN.md ("Benefits to print on the slip"): JKM for a non-work
death pays Rp42 million (Rp20 million lump sum + Rp12 million periodic benefit
paid at once + Rp10 million funeral costs), plus scholarships for up to two
children after at least three years of contributions. JKK pays medical care
without a ceiling per medical need and cash benefits, including accidents on
the way to and from work. One place for the numbers, so a change in the rules
is a change here.
"""

from __future__ import annotations

from desktop_app.domain.money import format_rupiah
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr

JKM_LUMP_SUM = 20_000_000
JKM_PERIODIC = 12_000_000
JKM_FUNERAL = 10_000_000
JKM_TOTAL = JKM_LUMP_SUM + JKM_PERIODIC + JKM_FUNERAL
SCHOLARSHIP_CHILDREN = 2
SCHOLARSHIP_MIN_YEARS = 3
CALL_CENTRE = "175"

_JKM = QT_TRANSLATE_NOOP(
    "Benefits", "JKM (meninggal dunia bukan karena kecelakaan kerja): {total} — santunan sekaligus {lump}, "
    "santunan berkala {periodic} dibayar sekaligus, biaya pemakaman {funeral}.")
_SCHOLARSHIP = QT_TRANSLATE_NOOP(
    "Benefits", "Beasiswa pendidikan untuk paling banyak {children} anak bila iuran sudah dibayar "
    "paling singkat {years} tahun.")
_JKK = QT_TRANSLATE_NOOP(
    "Benefits", "JKK (kecelakaan kerja, termasuk dalam perjalanan pergi dan pulang kerja): perawatan "
    "medis tanpa batas biaya sesuai kebutuhan medis, dan santunan uang.")
_CLAIM = QT_TRANSLATE_NOOP(
    "Benefits", "Klaim di kantor cabang BPJS Ketenagakerjaan terdekat atau lewat Call Center {call}.")
_DOCUMENTS = QT_TRANSLATE_NOOP(
    "Benefits", "Dokumen klaim JKM: kartu atau nomor KPJ, KTP ahli waris, Kartu Keluarga, "
    "surat keterangan kematian, surat keterangan ahli waris.")
_KEEP = QT_TRANSLATE_NOOP("Benefits", "Simpan bukti ini dan beri tahu ahli waris di mana menyimpannya.")


def benefit_lines() -> list[str]:
    """The benefit summary, one sentence per item, in the current language."""
    return [
        tr(_JKM, total=format_rupiah(JKM_TOTAL), lump=format_rupiah(JKM_LUMP_SUM),
           periodic=format_rupiah(JKM_PERIODIC), funeral=format_rupiah(JKM_FUNERAL)),
        tr(_SCHOLARSHIP, children=SCHOLARSHIP_CHILDREN, years=SCHOLARSHIP_MIN_YEARS),
        tr(_JKK),
    ]


def claim_lines() -> list[str]:
    """How to claim: where, which documents, what to keep."""
    return [tr(_CLAIM, call=CALL_CENTRE), tr(_DOCUMENTS), tr(_KEEP)]
