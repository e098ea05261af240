"""Bench: drawing slip QR codes — one filled path vs reportlab's widget-and-Drawing recipe.

Each variant draws N signed-slip-sized codes (71 characters, version 4-M) into
one PDF, 20 per page, ROUNDS alternating runs in this process; the encoder
alone is timed too, since both variants pay for it. Prints a Markdown table of
medians (copied into bench/print.md).

    python bench/print_qr.py [--count 500] [--rounds 5]
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.graphics import renderPDF  # noqa: E402
from reportlab.graphics.barcode.qr import QrCodeWidget  # noqa: E402
from reportlab.graphics.shapes import Drawing  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from desktop_app.formats.qr_draw import draw_qr, qr_modules  # noqa: E402

SIZE = 32 * mm


def texts(count: int) -> list[str]:
    return [f"LDG1:{i:06d}-{i % 10}:6409********{i % 10000:04d}:1:20261121:QNVF:{'ABCDEFGHIJKLMNOPQRSTUVWX'}"
            for i in range(1, count + 1)]


def positions(i: int) -> tuple[float, float]:
    slot = i % 20
    return 15 * mm + (slot % 4) * 45 * mm, 20 * mm + (slot // 4) * 52 * mm


def one_path(codes: list[str]) -> int:
    out = io.BytesIO()
    c = Canvas(out)
    for i, text in enumerate(codes):
        if i and i % 20 == 0:
            c.showPage()
        draw_qr(c, text, *positions(i), SIZE)
    c.save()
    return len(out.getvalue())


def widget(codes: list[str]) -> int:
    out = io.BytesIO()
    c = Canvas(out)
    for i, text in enumerate(codes):
        if i and i % 20 == 0:
            c.showPage()
        code = QrCodeWidget(text, barLevel="M")
        x1, y1, x2, y2 = code.getBounds()
        drawing = Drawing(SIZE, SIZE, transform=[SIZE / (x2 - x1), 0, 0, SIZE / (y2 - y1), 0, 0])
        drawing.add(code)
        renderPDF.draw(drawing, c, *positions(i))
    c.save()
    return len(out.getvalue())


def encode_only(codes: list[str]) -> int:
    return sum(len(qr_modules(text)) for text in codes)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    codes = texts(args.count)
    variants = {"one path (formats/qr_draw.py)": one_path, "QrCodeWidget + Drawing + renderPDF": widget,
                "encoder only (both pay this)": encode_only}
    wall: dict[str, list[float]] = {name: [] for name in variants}
    cpu: dict[str, list[float]] = {name: [] for name in variants}
    sizes: dict[str, int] = {}
    for _ in range(args.rounds):
        for name, run in variants.items():
            started, cpu_started = time.perf_counter(), time.process_time()
            sizes[name] = run(codes)
            wall[name].append(time.perf_counter() - started)
            cpu[name].append(time.process_time() - cpu_started)
    print(f"| {args.count} QR codes, median of {args.rounds} | wall s | CPU s | CPU ms per code | PDF KB |")
    print("|---|---:|---:|---:|---:|")
    for name in variants:
        size = f"{sizes[name] / 1000:.0f}" if "encoder" not in name else "–"
        w, c = statistics.median(wall[name]), statistics.median(cpu[name])
        print(f"| {name} | {w:.2f} | {c:.2f} | {1000 * c / args.count:.2f} | {size} |")


if __name__ == "__main__":
    main()
