"""The QR symbols read back from our own slip PDFs are the ones a scanner decodes."""

from desktop_app.domain.regnumber import format_number
from desktop_app.formats.pdf_qr_reader import content_streams, matrix_from_runs, qr_matrices
from desktop_app.formats.qr_draw import qr_modules
from desktop_app.services.printing import PrintService
from tests.pdf_reading import decode_qr_codes
from tests.services.printing_helpers import batch_of, people


def test_each_slip_qr_is_read_back_module_for_module(ctx, out_dir):
    regs = people(ctx, 3)
    pdf = out_dir / "slips.pdf"
    PrintService(ctx).print_slips([r.id for r in regs], pdf)
    matrices = qr_matrices(pdf)
    scanned = decode_qr_codes(pdf, 1) + decode_qr_codes(pdf, 2)
    assert len(matrices) == len(scanned) == 3
    assert matrices == [qr_modules(text) for text in scanned]      # the reader sees what a scanner sees
    assert [text.split(":")[1] for text in scanned] == [format_number(r.seq) for r in regs]


def test_a_pdf_without_qr_codes_gives_none(ctx, out_dir):
    reg = people(ctx, 1)[0]
    recap = out_dir / "recap.pdf"
    PrintService(ctx).print_recap(batch_of(ctx, [reg]), recap)
    assert any(b" Tf" in stream for stream in content_streams(recap.read_bytes()))   # page text was decoded
    assert qr_matrices(recap) == []


def test_matrix_from_runs_squares_the_symbol_by_its_widest_run():
    runs = b"0 0 3 1.02 re 2 1 1 1.02 re 0 2 1 1.02 re"
    assert matrix_from_runs(runs) == [[True, True, True], [False, False, True], [True, False, False]]
