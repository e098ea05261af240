"""The core self-test steps: real database, export, slip and QR; a broken step stops the chain with a reason."""

import openpyxl

from desktop_app.services import selftest
from desktop_app.services.printing import PrintService
from desktop_app.services.registry import RegistryService
from desktop_app.services.selftest import CoreSelfTest, SelfTestRun
from desktop_app.services.verification import VerificationService
from tests.pdf_reading import decode_qr_codes

CORE_STEPS = ["resources", "database", "regions", "office", "register", "export xlsx", "slip pdf", "slip qr",
              "exchange file"]


def run_core(folder) -> tuple[SelfTestRun, CoreSelfTest]:
    run = SelfTestRun()
    core = CoreSelfTest(folder, run)
    core.run_all()
    return run, core


def test_every_core_step_passes_and_leaves_real_files(tmp_path):
    run, core = run_core(tmp_path)
    try:
        assert [r.name for r in run.results] == CORE_STEPS
        assert run.ok, [(r.name, r.detail) for r in run.results if not r.ok]
        workbook = openpyxl.load_workbook(tmp_path / "batch-uji.xlsx", read_only=True)
        values = [cell for row in workbook["Peserta"].iter_rows(values_only=True) for cell in row]
        workbook.close()
        assert selftest.SAMPLE_NIK in values and "Siti Aminah" in values          # NIK kept as text
        scanned = decode_qr_codes(core.slip_path, 1)
        assert len(scanned) == 1 and VerificationService(core.ctx).verify(scanned[0]).genuine
    finally:
        core.close()


def test_a_missing_resource_stops_the_run_and_names_the_file(tmp_path, monkeypatch):
    monkeypatch.setattr(selftest, "REQUIRED_RESOURCES", (*selftest.REQUIRED_RESOURCES, ("fonts", "Hilang.ttf")))
    run, core = run_core(tmp_path)
    core.close()
    assert [(r.name, r.ok) for r in run.results] == [("resources", False)]
    assert "fonts/Hilang.ttf" in run.results[0].detail and "FileNotFoundError" in run.results[0].detail
    assert "Traceback" in run.results[0].trace


def test_a_slip_that_carries_another_code_fails_the_qr_step(tmp_path):
    run = SelfTestRun()
    core = CoreSelfTest(tmp_path, run)
    try:
        for name, action in [("resources", core.check_resources), ("database", core.open_database),
                             ("office", core.set_up_office), ("register", core.register_person),
                             ("slip pdf", core.print_slip)]:
            assert run.step(name, action)
        other = RegistryService(core.ctx).register(selftest.sample_person(core.ctx.store.schemes.default())
                                                   .copy(nik="6409014508900002", full_name="Budi"),
                                                   confirm_similar=True)
        core.slip_path.unlink()
        PrintService(core.ctx).print_slips([other.id], core.slip_path)      # the file now holds Budi's code
        assert not run.step("slip qr", core.verify_slip_qr)
        assert "none matches the signed code" in run.results[-1].detail
        assert not run.step("never runs", lambda: "x") and run.results[-1].name == "slip qr"
    finally:
        core.close()
