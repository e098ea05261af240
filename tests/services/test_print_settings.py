"""Print settings live in the office database, are checked, and their changes are audited."""

import pytest
from PIL import Image

from desktop_app.errors import UserError
from desktop_app.services.print_settings import KEY_LAYOUT, PrintSettings, load_print_settings, save_print_settings
from desktop_app.services.printing import PrintService
from tests.pdf_reading import page_count
from tests.services.printing_helpers import register


def test_defaults_two_slips_per_a4_masked_nik_no_logo(ctx):
    assert load_print_settings(ctx.store) == PrintSettings("a4_two", False, "")


def test_saved_settings_are_loaded_and_audited(ctx, tmp_path):
    logo = tmp_path / "logo.png"
    Image.new("RGB", (40, 40), "navy").save(logo)
    save_print_settings(ctx, PrintSettings("a5", True, str(logo)))
    assert load_print_settings(ctx.store) == PrintSettings("a5", True, str(logo))
    audit = ctx.store.audit.for_entity("settings", "print")
    assert audit[-1]["new"] == {"slip_layout": "a5", "full_nik": True, "logo_path": str(logo)}


def test_bad_values_are_refused(ctx, tmp_path):
    with pytest.raises(UserError, match="Tata letak"):
        save_print_settings(ctx, PrintSettings(slip_layout="letter"))
    with pytest.raises(UserError, match="logo"):
        save_print_settings(ctx, PrintSettings(logo_path=str(tmp_path / "missing.png")))
    assert load_print_settings(ctx.store) == PrintSettings()


def test_an_unknown_stored_layout_falls_back_to_the_default(ctx):
    with ctx.store.write():
        ctx.store.office.set_setting(KEY_LAYOUT, "a3")
    assert load_print_settings(ctx.store).slip_layout == "a4_two"


def test_a_logo_file_removed_after_it_was_set_does_not_stop_printing(ctx, tmp_path, out_dir):
    logo = tmp_path / "logo.png"
    Image.new("RGB", (40, 40), "navy").save(logo)
    save_print_settings(ctx, PrintSettings(logo_path=str(logo)))
    logo.unlink()
    reg = register(ctx)
    PrintService(ctx).print_slips([reg.id], out_dir / "s.pdf")
    assert page_count(out_dir / "s.pdf") == 1
