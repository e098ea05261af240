"""QR codes drawn straight onto a reportlab canvas as ONE filled path.

reportlab's ``QrCodeWidget`` builds a Drawing with one ``Rect`` shape per run of
dark modules and renders it shape by shape (a graphics-state save/restore
each); here the encoder's module matrix becomes a single path of rectangles,
one per horizontal run, filled once. Same encoder, same code, about half the
time and a smaller PDF.
"""

from __future__ import annotations

from reportlab.graphics.barcode import qrencoder
from reportlab.pdfgen.canvas import FILL_NON_ZERO, Canvas

QUIET_ZONE = 4  # modules of white margin the QR standard asks for
LEVELS = {"L": qrencoder.QRErrorCorrectLevel.L, "M": qrencoder.QRErrorCorrectLevel.M,
          "Q": qrencoder.QRErrorCorrectLevel.Q, "H": qrencoder.QRErrorCorrectLevel.H}


def qr_modules(text: str, level: str = "M") -> list[list[bool]]:
    """The QR module matrix (row 0 on top; True = dark) from reportlab's encoder."""
    code = qrencoder.QRCode(None, LEVELS[level])
    code.addData(text)
    code.make()
    return [[bool(m) for m in row] for row in code.modules]


def dark_runs(modules: list[list[bool]]) -> list[tuple[int, int, int]]:
    """(row, first column, length) of every horizontal run of dark modules."""
    runs = []
    for r, row in enumerate(modules):
        c, n = 0, len(row)
        while c < n:
            if row[c]:
                start = c
                while c < n and row[c]:
                    c += 1
                runs.append((r, start, c - start))
            else:
                c += 1
    return runs


def draw_qr(canvas: Canvas, text: str, x: float, y: float, size: float, *, level: str = "M",
            quiet_zone: bool = True) -> None:
    """Draw the QR for ``text`` with its lower-left corner at (x, y), ``size`` points square.

    With ``quiet_zone`` the square includes the white margin; nothing is painted there.
    """
    modules = qr_modules(text, level)
    count = len(modules)
    margin = QUIET_ZONE if quiet_zone else 0
    box = size / (count + 2 * margin)
    canvas.saveState()
    # Module units, origin at the top-left module, y downwards: the rectangles are
    # small integers, so the content stream stays short and quick to write.
    canvas.transform(box, 0, 0, -box, x + margin * box, y + size - margin * box)
    path = canvas.beginPath()
    for r, c, length in dark_runs(modules):
        path.rect(c, r, length, 1.02)  # 2% overlap hides seams between rows in anti-aliased viewers
    # Non-zero winding: the overlapping rows stay filled (even-odd would punch seams).
    canvas.drawPath(path, stroke=0, fill=1, fillMode=FILL_NON_ZERO)
    canvas.restoreState()
