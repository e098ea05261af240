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
    docs/screenshots/print_adhoc_slips.png  slips of two ad-hoc Pilkada officers (KPPS, PPS): task days
    docs/screenshots/print_adhoc_recap.png  the berita acara of a sent ad-hoc batch (agency, task
                                            days, posts, money by day), first and last page
    docs/screenshots/print_adhoc_recap-2.png

    python tools/sample_pdfs.py [--out docs/screenshots] [--dpi 80] [--keep FOLDER] [--adhoc-only]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pypdfium2  # noqa: E402
from PIL import Image, ImageDraw  # noqa: E402

from desktop_app.domain.dates import YearMonth  # noqa: E402
from desktop_app.domain.registration import Heir, Registration  # noqa: E402
from desktop_app.domain.scheme import FundingSource, Scheme, SchemeKind  # noqa: E402
from desktop_app.services.batches import BatchService  # noqa: E402
from desktop_app.services.context import Context  # noqa: E402
from desktop_app.services.demo import DemoBuilder  # noqa: E402
from desktop_app.services.demo_progress import advance  # noqa: E402
from desktop_app.services.exporter import BatchExporter  # noqa: E402
from desktop_app.services.office import OfficeService  # noqa: E402
from desktop_app.services.print_settings import PrintSettings, save_print_settings  # noqa: E402
from desktop_app.services.printing import PrintService  # noqa: E402
from desktop_app.services.registry import RegistryService  # noqa: E402
from desktop_app.services.report import ReportService  # noqa: E402
from desktop_app.services.report_output import ReportWriter  # noqa: E402
from desktop_app.storage import driver  # noqa: E402
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


OFFICERS = (  # name, sex, birth, post, honorarium (None: the scheme's Rp1.500.000)
    ("Slamet Riyadi", "L", date(1979, 4, 12), "KPPS", None), ("Umi Kalsum", "P", date(1988, 9, 3), "KPPS", None),
    ("Wahyu Setiawan", "L", date(1992, 1, 25), "KPPS", None),
    ("Yanti Susanti", "P", date(1985, 6, 30), "PPS", 1_750_000),
    ("Zainal Arifin", "L", date(1975, 11, 8), "PPK", 2_500_000),
)


def adhoc_batch(ctx: Context, folder: Path) -> int:
    """An ad-hoc scheme (Pilkada officers through Kesbangpol, 20 November – 10 December 2026, JKK risk
    class 2) with five officers in one exported and sent batch."""
    scheme = OfficeService(ctx).save_scheme(Scheme(
        "Petugas Ad Hoc Pilkada 2026", FundingSource.APBD_KABKOTA, YearMonth(2026, 11), YearMonth(2026, 12),
        "PU-PP44-2015", payer_name="Pemerintah Kabupaten Penajam Paser Utara", agency="Kesbangpol Kabupaten PPU",
        wadah_code="SG", pks_number="560/077/Kesbangpol/XI/2026", kind=SchemeKind.ADHOC,
        task_start=date(2026, 11, 20), task_end=date(2026, 12, 10), honorarium=1_500_000, risk_class=2,
        income_base=None))
    ids = []
    for n, (name, sex, birth, post, honorarium) in enumerate(OFFICERS, 1):
        day = birth.day + (40 if sex == "P" else 0)
        reg = Registration(
            nik=f"640901{day:02d}{birth.month:02d}{birth.year % 100:02d}{9000 + n:04d}", full_name=name,
            birth_place="Penajam", birth_date=birth, sex=sex, mother_name="Siti Rahmah", address="Jl. Provinsi",
            rt="002", rw="001", village_code="64.09.01.2020", occupation="Petugas ad hoc Pilkada", post=post,
            honorarium=honorarium, scheme_id=scheme.id, coverage_start=scheme.coverage_start,
            coverage_end=scheme.coverage_end, heirs=[Heir("Ahmad Fauzi", "Anak")])
        ids.append(RegistryService(ctx).register(reg, confirm_similar=True).id)
    with ctx.store.write():
        batch = ctx.store.batches.create(scheme.id, ctx.operator, title="KPPS/PPS/PPK Kecamatan Penajam")
        ctx.store.batches.add_items(batch, ids)
    BatchExporter(ctx).export(batch, folder / "adhoc.xlsx")
    BatchService(ctx).submit(batch, date(2026, 11, 21), "560/230/Kec.Pnj/XI/2026", "BPJS Ketenagakerjaan Penajam")
    return batch


def adhoc_samples(ctx: Context, folder: Path, out: Path, dpi: int) -> None:
    batch = adhoc_batch(ctx, folder)
    service = PrintService(ctx)
    slips = service.print_slips(service.batch_registration_ids(batch)[2:4], folder / "adhoc-slips.pdf")
    recap = service.print_recap(batch, folder / "adhoc-recap.pdf")
    render(slips.path, 1, out / "print_adhoc_slips.png", dpi)
    render(recap.path, 1, out / "print_adhoc_recap.png", dpi)
    render(recap.path, -1, out / "print_adhoc_recap-2.png", dpi)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--dpi", type=int, default=80)
    parser.add_argument("--keep", type=Path, help="also copy the PDFs here")
    parser.add_argument("--adhoc-only", action="store_true", help="only the ad-hoc officers' slips and recap")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        driver.keys.remember(folder / "demo.db", os.urandom(32))   # a throw-away data key for the sample office
        store = Store.open(folder / "demo.db", auto_backup=False)
        ctx = Context(store, RegionStore(), operator="operator.demo", role="admin", clock=lambda: SAMPLE_DAY)
        DemoBuilder(ctx, seed=3).build(400)
        OfficeService(ctx).set_identity("PPU-PNJ", 12)      # numbers as the Dinas assigns them: 012-000123-7
        placeholder_logo(folder / "logo.png")
        save_print_settings(ctx, PrintSettings(logo_path=str(folder / "logo.png")))
        if args.adhoc_only:
            adhoc_samples(ctx, folder, args.out, args.dpi)
            store.close()
            return
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
        adhoc_samples(ctx, folder, args.out, args.dpi)
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
