"""QR codes drawn as one path: the module matrix is kept exactly and the code scans."""

from reportlab.pdfgen.canvas import Canvas

from desktop_app.formats.qr_draw import dark_runs, draw_qr, qr_modules
from tests.pdf_reading import decode_qr_codes

TEXT = "LDG1:000123-4:6409********0001:1:20261121:ABCD:QWERTYUIOPASDFGHJKLZXCVB"


def test_runs_rebuild_the_encoder_matrix_exactly():
    modules = qr_modules(TEXT)
    assert len(modules) == 33  # version 4 at level M for this alphanumeric payload
    rebuilt = [[False] * len(modules) for _ in modules]
    for row, col, length in dark_runs(modules):
        assert length > 0
        for c in range(col, col + length):
            assert not rebuilt[row][c]
            rebuilt[row][c] = True
    assert rebuilt == modules


def test_drawn_code_decodes_to_the_same_text(tmp_path):
    pdf = tmp_path / "qr.pdf"
    canvas = Canvas(str(pdf))
    draw_qr(canvas, TEXT, 100, 500, 120)
    draw_qr(canvas, "second code", 100, 200, 120)
    canvas.save()
    assert decode_qr_codes(pdf, 1) == [TEXT, "second code"]


def test_the_whole_code_is_one_non_zero_fill(tmp_path):
    pdf = tmp_path / "qr.pdf"
    canvas = Canvas(str(pdf), pageCompression=0)
    draw_qr(canvas, TEXT, 0, 0, 100)
    canvas.save()
    data = pdf.read_bytes()
    stream = data[data.index(b"stream"):data.index(b"endstream")]
    ops = stream.split()
    assert ops.count(b"re") == len(dark_runs(qr_modules(TEXT)))
    assert ops.count(b"f") == 1      # one fill, non-zero winding
    assert b"f*" not in ops          # even-odd would leave seams where rows overlap
