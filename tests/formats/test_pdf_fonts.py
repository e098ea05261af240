"""The bundled Unicode font and markup escaping for reportlab Paragraphs."""

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from desktop_app.formats.pdf_fonts import FONT_FILES, REGULAR, fit_text, markup_escape, register_fonts, text_width
from desktop_app.paths import resource
from tests.pdf_reading import all_text, fonts

NAMES = ["<b>Budi</b> & Sons", "Nur'aini", "Ṣāliḥ", "Łukasz", 'A "quoted" <name>']


def test_font_files_and_licence_are_bundled():
    for file_name in FONT_FILES.values():
        assert resource("fonts", file_name).stat().st_size > 100_000
    licence = resource("fonts", "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    assert "Bitstream" in licence and "public domain" in licence


def test_markup_escape():
    assert markup_escape("<b>Budi & co</b>") == "&lt;b&gt;Budi &amp; co&lt;/b&gt;"
    assert markup_escape(None) == ""
    assert markup_escape('"x"') == "&quot;x&quot;"


def test_escaped_values_print_literally_in_paragraphs_with_the_embedded_font(tmp_path):
    register_fonts()
    pdf = tmp_path / "names.pdf"
    style = ParagraphStyle("p", fontName=REGULAR, fontSize=11)
    doc = SimpleDocTemplate(str(pdf), initialFontName=REGULAR)
    doc.build([Paragraph(markup_escape(name), style) for name in NAMES])
    text = all_text(pdf)
    for name in NAMES:
        assert name in text
    used = fonts(pdf)
    assert used and all("DejaVuSans" in name for name in used) and all(used.values())


def test_fit_text_cuts_with_an_ellipsis():
    register_fonts()
    long = "Muhammad Abdurrahman Wahid Hasyim Asy'ari bin Abdul"
    short = fit_text(long, REGULAR, 9, 100)
    assert short.endswith("…") and text_width(short, REGULAR, 9) <= 100
    assert fit_text("Budi", REGULAR, 9, 100) == "Budi"
