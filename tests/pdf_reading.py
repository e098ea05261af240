"""Reading back the PDFs we wrote: text, fonts, images, and the QR codes on the page."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pypdfium2
import zxingcpp
from PIL import Image


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in pypdf.PdfReader(str(path)).pages]


def all_text(path: Path) -> str:
    return "\n".join(page_texts(path))


def page_count(path: Path) -> int:
    return len(pypdf.PdfReader(str(path)).pages)


def fonts(path: Path) -> dict[str, bool]:
    """Every font any page uses (``AAAAAA+DejaVuSans``) → whether its program is embedded."""
    out: dict[str, bool] = {}
    for page in pypdf.PdfReader(str(path)).pages:
        table = page["/Resources"].get_object().get("/Font")
        for ref in (table.get_object().values() if table else []):
            font = ref.get_object()
            for f in [font] + [d.get_object() for d in font.get("/DescendantFonts", []) or []]:
                descriptor = f.get("/FontDescriptor")
                embedded = descriptor is not None and any(
                    k in descriptor.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3"))
                out[str(f["/BaseFont"])] = out.get(str(f["/BaseFont"]), False) or embedded
    return out


def render_page(path: Path, page: int, dpi: int = 200) -> Image.Image:
    """Page ``page`` (1-based) as a greyscale image, rendered by PDFium (the pypdfium2 wheel)."""
    document = pypdfium2.PdfDocument(path)
    try:
        pdf_page = document[page - 1]
        bitmap = pdf_page.render(scale=dpi / 72, grayscale=True)
        image = bitmap.to_pil().convert("L")
        bitmap.close()
        pdf_page.close()
        return image
    finally:
        document.close()


def decode_qr_codes(path: Path, page: int) -> list[str]:
    """Texts of every QR code found on a rendered page (200 dpi, greyscale), top to bottom."""
    image = render_page(path, page)
    found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    return [b.text for b in sorted(found, key=lambda b: b.position.top_left.y)]
