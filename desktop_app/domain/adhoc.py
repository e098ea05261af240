"""Ad-hoc task officers (Pilkada PPK/PPS/KPPS engaged through an agency such as Kesbangpol): wage
earners covered for the fixed dates of a task, their contribution a share of a declared honorarium.

PP 44/2015 as amended: JKK by the risk group of the work, 0.24 % (very low), 0.54 %, 0.89 %,
1.27 %, 1.74 % (very high) of the wage; JKM 0.30 %. The shares are data
(``resources/rates/iuran_pu.csv``, copied into the database by migration 6), in basis points
(hundredths of a percent) so the maths stays integer.

**The day-count rule** (one home, used by every total): the honorarium is the monthly wage
(upah sebulan); a month counts as 30 days whatever the calendar, so one person-day costs
``honorarium × share ÷ 30``, rounded half up to the rupiah once (the daily rate); a task's total
is person-days × the daily rate. A task of 20 November – 10 December is 21 days whichever months
it crosses: the days are counted, never the months.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop_app.domain.dates import format_date_long
from desktop_app.domain.occupations import ADHOC_OFFICER
from desktop_app.domain.programs import Program
from desktop_app.i18n import QT_TRANSLATE_NOOP, current_language, tr

DAYS_PER_MONTH = 30
BASIS = 10_000   # basis points in one whole
OCCUPATION = ADHOC_OFFICER

POSTS = ("PPK", "PPS", "KPPS")
POST_LABELS = {
    "PPK": QT_TRANSLATE_NOOP("Adhoc", "PPK (Panitia Pemilihan Kecamatan)"),
    "PPS": QT_TRANSLATE_NOOP("Adhoc", "PPS (Panitia Pemungutan Suara, desa/kelurahan)"),
    "KPPS": QT_TRANSLATE_NOOP("Adhoc", "KPPS (Kelompok Penyelenggara Pemungutan Suara)"),
}
RISK_LABELS = {
    1: QT_TRANSLATE_NOOP("Adhoc", "Sangat rendah"),
    2: QT_TRANSLATE_NOOP("Adhoc", "Rendah"),
    3: QT_TRANSLATE_NOOP("Adhoc", "Sedang"),
    4: QT_TRANSLATE_NOOP("Adhoc", "Tinggi"),
    5: QT_TRANSLATE_NOOP("Adhoc", "Sangat tinggi"),
}
M_DAYS = QT_TRANSLATE_NOOP("Adhoc", "{start} – {end} ({days} hari)")
M_ONE_DAY = QT_TRANSLATE_NOOP("Adhoc", "{start} (1 hari)")
M_RISK = QT_TRANSLATE_NOOP("Adhoc", "Kelas risiko {n}: {label} (JKK {share})")


def post_label(post: str) -> str:
    return tr(POST_LABELS[post]) if post in POST_LABELS else post


def canonical_post(text: str) -> str | None:
    """"kpps", "K.P.P.S.", "Anggota KPPS" → "KPPS"; None when no post is named."""
    words = "".join(c if c.isalnum() else " " for c in text.upper().replace(".", "")).split()
    for post in sorted(POSTS, key=len, reverse=True):
        if post in words:
            return post
    return None


def format_percent(basis_points: int) -> str:
    """``24`` → ``0,24 %`` (Indonesian decimal comma; ``0.24 %`` in English)."""
    text = f"{basis_points // 100}.{basis_points % 100:02d}"
    return (text if current_language() == "en" else text.replace(".", ",")) + " %"


def parse_percent(text: str) -> int:
    """``"0.24"`` or ``"0,24"`` (percent) → 24 basis points."""
    whole, _, part = text.strip().replace(",", ".").partition(".")
    return int(whole or 0) * 100 + int((part + "00")[:2])


@dataclass(frozen=True)
class WageShares:
    """Contribution shares of the wage, in basis points: JKK per risk class, JKM flat."""

    jkk: dict[int, int] = field(default_factory=dict)
    jkm: int = 0
    status: str = "confirmed"

    def share(self, programs: tuple[str, ...], risk_class: int | None) -> int:
        """Basis points of the wage for ``programs`` (JKK at the scheme's risk class, JKM)."""
        jkk = self.jkk.get(risk_class or 0, 0) if Program.JKK in programs else 0
        return jkk + (self.jkm if Program.JKM in programs else 0)

    def risk_text(self, risk_class: int) -> str:
        return tr(M_RISK, n=risk_class, label=tr(RISK_LABELS.get(risk_class, "?")),
                  share=format_percent(self.jkk.get(risk_class, 0)))


def daily_rate(honorarium: int, share: int) -> int:
    """Rupiah per person per day: honorarium × share ÷ 30, rounded half up once."""
    whole = BASIS * DAYS_PER_MONTH
    return (honorarium * share + whole // 2) // whole


def monthly_rate(honorarium: int, share: int) -> int:
    """Rupiah per person for a whole month (30 days at the daily rate)."""
    return daily_rate(honorarium, share) * DAYS_PER_MONTH


def days_between(first: date, last: date) -> int:
    """Days from ``first`` to ``last``, both counted; 0 when ``last`` is before ``first``."""
    return max(0, (last - first).days + 1)


def days_text(first: date, last: date) -> str:
    """"20 November 2026 – 10 Desember 2026 (21 hari)"."""
    if first == last:
        return tr(M_ONE_DAY, start=format_date_long(first))
    return tr(M_DAYS, start=format_date_long(first), end=format_date_long(last), days=days_between(first, last))
