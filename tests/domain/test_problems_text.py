"""Problem messages fill their parameters in the current language."""

from datetime import date

from desktop_app.domain.nik import LABEL_KK, parse_kk
from desktop_app.i18n import set_language


def test_problem_text_translates_marked_parameters(regions):
    try:
        problem = parse_kk("123", regions, today=date(2026, 1, 1)).errors[0]
        assert problem.params["label"] is LABEL_KK
        assert problem.text().startswith("Nomor KK harus 16 digit")
        set_language("en")
        assert problem.text().startswith("Family card number must be 16 digits")
    finally:
        set_language("id")
