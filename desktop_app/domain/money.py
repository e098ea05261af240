"""How figures are written: rupiah amounts (always integers, ``Rp16.800``), head counts with
dot thousands (``15.000``) and shares (``50,0%``)."""

from __future__ import annotations

from desktop_app.i18n import current_language


def format_rupiah(amount: int) -> str:
    """``16800`` → ``Rp16.800``; negative amounts keep their sign in front."""
    if isinstance(amount, float):
        raise TypeError("rupiah amounts are integers, never floats")
    sign = "-" if amount < 0 else ""
    return f"{sign}Rp{abs(int(amount)):,}".replace(",", ".")


def parse_rupiah(text: str) -> int:
    """``Rp 1.099.000`` / ``1099000`` / ``1,099,000`` → ``1099000``."""
    cleaned = text.strip().lower().removeprefix("rp").strip()
    cleaned = cleaned.replace(".", "").replace(",", "").replace(" ", "")
    if cleaned.endswith("-"):
        cleaned = cleaned[:-1]
    if not cleaned.isdigit():
        raise ValueError(f"not a rupiah amount: {text!r}")
    return int(cleaned)


def format_count(count: int) -> str:
    """``15000`` → ``15.000``."""
    return f"{count:,}".replace(",", ".")


def format_share(part: int, whole: int | None) -> str:
    """``part`` as a percentage of ``whole`` with one decimal, in the current language's decimal mark
    (``50,0%`` in Indonesian, ``50.0%`` in English); ``-`` without a whole."""
    if not whole:
        return "-"
    text = f"{part * 100 / whole:.1f}%"
    return text.replace(".", ",") if current_language() == "id" else text


def format_size(size: int) -> str:
    """A file size as people read it: ``740 KB`` under a megabyte, ``12,3 MB``, ``2,2 GB`` (binary units, the
    current language's decimal mark)."""
    if size < 1024 ** 2:
        return f"{max(1, round(size / 1024)) if size else 0} KB"
    value, unit = (size / 1024 ** 3, "GB") if size >= 1024 ** 3 else (size / 1024 ** 2, "MB")
    text = f"{value:.1f} {unit}"
    return text.replace(".", ",") if current_language() == "id" else text
