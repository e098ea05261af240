"""The bundled Unicode font for every PDF, and safe text for reportlab markup.

DejaVu Sans (regular and bold, ``resources/fonts/``, licence beside them) is
registered once and embedded (subset) in every PDF, so names such as
``Nur'aini``, ``Ṣāliḥ`` or ``Łukasz`` print the same on any PC. The standard
PDF fonts cover Latin-1 only and are never used.

reportlab's ``Paragraph`` parses a small XML markup; a user value must go
through ``markup_escape`` first, so ``<b>Budi`` or ``&`` print literally.
Plain canvas calls (``drawString``) take text as is and need no escaping.
"""

from __future__ import annotations

import threading
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop_app.paths import resource

try:  # reportlab loads its C accelerator through exec(); naming it here lets PyInstaller see it
    import _rl_accel  # noqa: F401
except ImportError:  # pragma: no cover - pure-Python fallback, about 20% slower
    pass

REGULAR = "LindungiSans"
BOLD = "LindungiSans-Bold"
FAMILY = "LindungiSans"
FONT_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the bundled fonts with reportlab (idempotent, thread-safe)."""
    global _registered
    with _lock:
        if _registered:
            return
        for name, file_name in FONT_FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource("fonts", file_name))))
        # <b> inside a Paragraph switches to the bold face of the same family.
        addMapping(FAMILY, 0, 0, REGULAR)
        addMapping(FAMILY, 1, 0, BOLD)
        addMapping(FAMILY, 0, 1, REGULAR)
        addMapping(FAMILY, 1, 1, BOLD)
        _registered = True


def markup_escape(value: object) -> str:
    """A user value made safe for Paragraph markup (``<``, ``>``, ``&`` and quotes)."""
    return escape("" if value is None else str(value), {'"': "&quot;"})


def text_width(text: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, font, size)


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with an ellipsis so that it fits ``width`` points."""
    if text_width(text, font, size) <= width:
        return text
    while text and text_width(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def shrink_to_fit(text: str, font: str, size: float, width: float, smallest: float) -> tuple[str, float]:
    """The largest size down to ``smallest`` at which ``text`` fits; cut with "…" below that."""
    while size > smallest and text_width(text, font, size) > width:
        size = max(smallest, size - 0.25)
    return fit_text(text, font, size, width), size
