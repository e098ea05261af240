"""Baseline for bench/print_slips.py: a plain reportlab script drawing the same slips.

No Lindungi code: the texts (already formatted, as the slips show them) come
from a JSON file, and the page is drawn with bare canvas calls at the same
positions, fonts and sizes as ``formats/slip_pdf.py`` — letterhead, rows, QR
code (reportlab's encoder, modules as one path), benefit and claim boxes,
signatures, cut line. What it skips is exactly Lindungi's own work: reading the
database, formatting, signing the QR, fitting long values, counting reprints and
writing the audit log.

    python bench/print_raw.py DATA.json OUT.pdf    → prints {"seconds": …, "max_rss_mb": …}
"""

from __future__ import annotations

import json
import resource
import sys
import time

from reportlab.graphics.barcode import qrencoder
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import FILL_NON_ZERO, Canvas

H = 148.5 * mm


def qr(c: Canvas, text: str, x: float, y: float, size: float) -> None:
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(text)
    code.make()
    n = len(code.modules)
    box = size / (n + 8)
    c.saveState()
    c.transform(box, 0, 0, -box, x + 4 * box, y + size - 4 * box)
    path = c.beginPath()
    for r, row in enumerate(code.modules):
        col = 0
        while col < n:
            if row[col]:
                start = col
                while col < n and row[col]:
                    col += 1
                path.rect(start, r, col - start, 1.02)
            else:
                col += 1
    c.drawPath(path, stroke=0, fill=1, fillMode=FILL_NON_ZERO)
    c.restoreState()


def label_value(c, label, value, x, y, vx, font="R", size=8.0):
    c.setFont("R", 6.8)
    c.setFillGray(0.3)
    c.drawString(x, y, label)
    c.setFillGray(0)
    c.setFont(font, size)
    c.drawString(vx, y, value)


def stacked(c, label, lines, x, y, font="B"):
    c.setFont("R", 6.8)
    c.setFillGray(0.3)
    c.drawString(x, y, label)
    c.setFillGray(0)
    c.setFont(font, 8)
    for i, line in enumerate(lines):
        c.drawString(x, y - (3.5 + 3.5 * i) * mm, line)
    return y - (3.5 + 3.5 * len(lines) + 2.3) * mm


def slip(c: Canvas, s: dict, d: dict, bottom: float) -> None:
    top, lb = bottom + H, d["labels"]
    c.setLineWidth(0.6)
    c.setStrokeGray(0.55)
    c.roundRect(5 * mm, bottom + 5 * mm, 200 * mm, H - 10 * mm, 2.5 * mm)
    c.setStrokeGray(0)
    c.setFont("B", 9.5)
    c.drawString(9 * mm, top - 10.5 * mm, d["government"])
    c.setFont("B", 8.6)
    c.drawString(9 * mm, top - 14.6 * mm, d["office"])
    c.setFont("R", 6.8)
    c.drawString(9 * mm, top - 18.4 * mm, d["address"])
    c.setFont("B", 11.5)
    c.drawRightString(201 * mm, top - 10.8 * mm, lb["title"])
    c.setFont("R", 6.8)
    c.drawRightString(201 * mm, top - 14.6 * mm, lb["subtitle"])
    c.setLineWidth(1)
    c.line(9 * mm, top - 22.3 * mm, 201 * mm, top - 22.3 * mm)
    c.setFont("R", 6.8)
    c.drawString(9 * mm, top - 27.5 * mm, lb["number"])
    c.setFont("B", 19)
    c.drawString(9 * mm, top - 35 * mm, s["number"])
    y = top - 42 * mm
    label_value(c, lb["name"], s["name"], 9 * mm, y, 38 * mm, "B", 9.5)
    y -= 4.4 * mm
    for key in ("nik", "birth", "sex", "address", "village", "district", "occupation"):
        parts = simpleSplit(s[key], "R", 8, 78 * mm) if key == "address" else [s[key]]
        label_value(c, lb[key], parts[0], 9 * mm, y, 38 * mm)
        for extra in parts[1:2]:
            y -= 3.6 * mm
            c.drawString(38 * mm, y, extra)
        y -= 4.4 * mm
    if s["kpj"]:
        label_value(c, lb["kpj"], s["kpj"], 9 * mm, y, 38 * mm, "B")
    y = stacked(c, lb["programs"], [s["programs"]], 122 * mm, top - 27.5 * mm)
    y = stacked(c, lb["coverage"], simpleSplit(s["coverage"].replace(" – ", " –\n"), "B", 8, 46 * mm), 122 * mm, y)
    stacked(c, lb["monthly"], [s["monthly"]], 122 * mm, y)
    qr(c, s["qr_text"], 170 * mm, top - 56 * mm, 32 * mm)
    c.setFont("R", 5.6)
    c.drawCentredString(186 * mm, top - 56.5 * mm, lb["qr_caption"])
    y = stacked(c, lb["payer"], simpleSplit(s["payer"], "R", 8, 79 * mm)[:2], 122 * mm, top - 61.5 * mm, "R")
    stacked(c, lb["heirs"], simpleSplit(s["heirs"], "R", 8, 79 * mm)[:2], 122 * mm, y, "R")
    for x, width, title, items in ((9 * mm, 108 * mm, lb["benefits"], d["benefits"]),
                                   (122 * mm, 79 * mm, lb["claims"], d["claims"])):
        c.setFillGray(0.95)
        c.rect(x, top - 113.5 * mm, width, 30 * mm, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("B", 7.2)
        c.drawString(x + 2 * mm, top - 87.5 * mm, title)
        c.setFont("R", 6.6)
        y = top - 91 * mm
        for lines in items:
            c.drawString(x + 2 * mm, y, "•")
            for line in lines:
                c.drawString(x + 4.5 * mm, y, line)
                y -= 2.85 * mm
            y -= 0.5 * mm
    c.setFont("R", 7)
    c.drawString(9 * mm, top - 119 * mm, lb["officer"])
    c.drawString(72 * mm, top - 119 * mm, lb["worker"])
    c.setLineWidth(0.5)
    c.line(9 * mm, top - 131.5 * mm, 62 * mm, top - 131.5 * mm)
    c.line(72 * mm, top - 131.5 * mm, 125 * mm, top - 131.5 * mm)
    c.setFont("B", 7.4)
    c.drawString(9 * mm, top - 134.6 * mm, s["officer_name"])
    c.drawString(72 * mm, top - 134.6 * mm, s["name"])
    c.setFont("R", 6.6)
    c.drawString(9 * mm, top - 137.6 * mm, "NIP " + s["officer_nip"])
    c.setDash(1.5, 1.5)
    c.rect(135 * mm, top - 138 * mm, 18 * mm, 21 * mm)
    c.setDash()
    c.setFont("R", 5.8)
    c.drawCentredString(144 * mm, top - 136.6 * mm, lb["thumb"])
    c.setFillGray(0.35)
    c.drawString(9 * mm, top - 141 * mm, s["printed"])
    c.drawRightString(201 * mm, top - 141 * mm, "Lindungi")
    c.setFillGray(0)


def cut_line(c: Canvas, text: str) -> None:
    c.saveState()
    c.setStrokeGray(0.5)
    c.setLineWidth(0.4)
    c.setDash(3, 2)
    c.line(12 * mm, H, 205 * mm, H)
    c.setFont("R", 9)
    c.drawString(5.5 * mm, H - 1.1 * mm, "✂")
    c.setFont("R", 5.5)
    c.drawRightString(205 * mm, H + 1 * mm, text)
    c.restoreState()


def draw(data: dict, out: str) -> None:
    pdfmetrics.registerFont(TTFont("R", data["fonts"]["regular"]))
    pdfmetrics.registerFont(TTFont("B", data["fonts"]["bold"]))
    c = Canvas(out, pagesize=A4, initialFontName="R", pageCompression=1)
    for i, s in enumerate(data["slips"]):
        if i % 2 == 0 and i:
            c.showPage()
        slip(c, s, data, H if i % 2 == 0 else 0)
        if i % 2 == 1:
            cut_line(c, data["labels"]["cut_here"])
    c.showPage()
    c.save()


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as f:
        payload = json.load(f)
    started, cpu = time.perf_counter(), time.process_time()
    draw(payload, sys.argv[2])
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "cpu": cpu, "max_rss_mb": round(rss, 1)}))
