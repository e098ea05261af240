"""Make the sample print screenshots in docs/screenshots/ from a fresh demo office.

Builds a demo database (synthetic people, Kabupaten Penajam Paser Utara), sets a
placeholder logo, prints the slips and the recap of the first batch through the
real services, and renders one page of each to PNG with PDFium (the pypdfium2 wheel
of the test extra):

    docs/screenshots/print_slips.png        two slips on an A4 page (the second a reprint)
    docs/screenshots/print_recap.png        first page of a draft batch's recap (DRAF watermark)
    docs/screenshots/print_recap_final.png  last page of a sent batch's recap: totals, money,
                                            date sent, cover letter, the three signature blocks
    docs/screenshots/print_report.png       first two pages of the supervisor's report (Laporan),
    docs/screenshots/print_report-2.png     figures, charts and tables

    python tools/sample_pdfs.py [--out docs/screenshots] [--dpi 80] [--keep FOLDER]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pypdfium2  # noqa: E402
from PIL import Image, ImageDraw  # noqa: E402

from desktop_app.services.batches import BatchService  # noqa: E402
from desktop_app.services.context import Context  # noqa: E402
from desktop_app.services.demo import DemoBuilder  # noqa: E402
from desktop_app.services.demo_progress import advance  # noqa: E402
from desktop_app.services.exporter import BatchExporter  # noqa: E402
from desktop_app.services.print_settings import PrintSettings, save_print_settings  # noqa: E402
from desktop_app.services.printing import PrintService  # noqa: E402
from desktop_app.services.report import ReportService  # noqa: E402
from desktop_app.services.report_output import ReportWriter  # noqa: E402
from desktop_app.storage.reference import RegionStore  # noqa: E402
from desktop_app.storage.store import Store  # noqa: E402

SAMPLE_DAY = date(2026, 11, 21)


def placeholder_logo(path: Path) -> None:
    """A plain emblem standing in for a regency's logo (not a real one)."""
    image = Image.new("RGBA", (240, 240), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((8, 8, 232, 232), fill=(24, 98, 64), outline=(200, 160, 40), width=10)
    draw.polygon([(120, 40), (190, 120), (120, 200), (50, 120)], fill=(240, 200, 60))
    draw.ellipse((95, 95, 145, 145), fill=(24, 98, 64))
    image.save(path)


def render(pdf: Path, page: int, png: Path, dpi: int) -> None:
    """Page ``page`` (1-based; -1 the last) of ``pdf`` as a colour PNG at ``dpi``."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        pdf_page = document[page - 1 if page > 0 else len(document) - 1]
        bitmap = pdf_page.render(scale=dpi / 72)
        bitmap.to_pil().save(png)
        bitmap.close()
        pdf_page.close()
    finally:
        document.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--dpi", type=int, default=80)
    parser.add_argument("--keep", type=Path, help="also copy the PDFs here")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        store = Store.open(folder / "demo.db", auto_backup=False)
        ctx = Context(store, RegionStore(), operator="operator.demo", role="admin", clock=lambda: SAMPLE_DAY)
        DemoBuilder(ctx, seed=3).build(400)
        placeholder_logo(folder / "logo.png")
        save_print_settings(ctx, PrintSettings(logo_path=str(folder / "logo.png")))
        service = PrintService(ctx)
        drafts = [b for b in store.batches.all() if not b.frozen] or store.batches.all()
        batch = max(drafts, key=lambda b: b.people or 0).id
        sent = min(b.id for b in store.batches.all() if b.id != batch)
        BatchExporter(ctx).export(sent, folder / "sent.xlsx")
        BatchService(ctx).submit(sent, date(2026, 11, 20), "560/214/Kec.Pnj/XI/2026",
                                 "Dinas Tenaga Kerja dan Transmigrasi Kabupaten Penajam Paser Utara")
        ids = service.batch_registration_ids(batch)
        service.print_slips(ids[1:2], folder / "first-print.pdf")      # so the second slip is a reprint
        slips = service.print_slips(ids[:2], folder / "slips.pdf")
        recap = service.print_recap(batch, folder / "recap.pdf")
        final = service.print_recap(sent, folder / "recap-final.pdf")
        advance(ctx)
        figures = ReportService(ctx).compute()
        report_pdf, _pages = ReportWriter(ctx).write_pdf(figures, folder / "laporan.pdf")
        store.close()
        render(slips.path, 1, args.out / "print_slips.png", args.dpi)
        render(recap.path, 1, args.out / "print_recap.png", args.dpi)
        render(final.path, -1, args.out / "print_recap_final.png", args.dpi)
        render(report_pdf, 1, args.out / "print_report.png", args.dpi)
        render(report_pdf, 2, args.out / "print_report-2.png", args.dpi)
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            for pdf in (slips.path, recap.path, final.path):
                shutil.copy(pdf, args.keep / pdf.name)
    print(f"written: {args.out / 'print_slips.png'}, {args.out / 'print_recap.png'}, "
          f"{args.out / 'print_recap_final.png'}")


if __name__ == "__main__":
    main()
