"""The data-subject view: everything held about one NIK and every step, printable; logged; roles."""

from __future__ import annotations

import pytest

from desktop_app.domain.nik import mask_nik
from desktop_app.domain.regnumber import format_number
from desktop_app.errors import NotAllowed, NotFound, UserError
from desktop_app.services.printing import PrintService
from desktop_app.services.roles import Role
from desktop_app.services.subject import SubjectService
from tests import factories
from tests.pdf_reading import all_text
from tests.services.printing_helpers import batch_of, register


def test_everything_about_one_nik_on_screen_and_on_paper(ctx, out_dir):
    reg = register(ctx, full_name="Siti Aminah", mother_name="Halimah Binti Umar", kpj="")
    other = register(ctx, full_name="Budi Santoso")
    batch = batch_of(ctx, [reg])
    PrintService(ctx).print_slips([reg.id], out_dir / "bukti.pdf")
    file = SubjectService(ctx).gather(reg.nik)
    fields = dict(file.sections[0][1])
    assert file.sections[0][0] == f"Pendaftaran {format_number(reg.seq)}"
    assert fields["Nama ibu kandung"] == "Halimah Binti Umar" and fields["NIK"] == mask_nik(reg.nik)
    assert file.tables[0].rows == [["Ahmad Yani", "Suami", "-", "-"]]
    assert file.tables[1].rows[0][0].startswith(f"#{batch}")
    assert [s.action for s in file.steps] == ["create", "print"]                     # oldest first
    assert all(other.id not in s.subject for s in file.steps)

    path, pages = SubjectService(ctx).write_pdf(file, out_dir / "subjek.pdf")
    text = " ".join(all_text(path).split())
    assert pages >= 1 and "Halimah Binti Umar" in text and mask_nik(reg.nik) in text and reg.nik not in text
    assert "Riwayat pemrosesan" in text and "Budi Santoso" not in text
    logged = ctx.store.audit.recent(2, action="subject.view")
    assert [r["new"]["to"] for r in logged] == [str(path.resolve()), "screen"]


def test_a_stranger_is_not_found_and_an_operator_may_not_look(ctx):
    register(ctx)
    with pytest.raises(NotFound, match=r"6409\*+0001"):
        SubjectService(ctx).gather("6409010101900001")
    as_operator = factories.context(ctx.store, ctx.regions, "budi", role=Role.OPERATOR)
    with pytest.raises(NotAllowed):
        SubjectService(as_operator).gather("6409010101900001")


def test_nobody_typed_is_a_sentence(ctx):
    with pytest.raises(UserError, match="NIK"):
        SubjectService(ctx).gather("  ")
