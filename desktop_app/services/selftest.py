"""The core half of ``lindungi --self-test``: one throwaway office, exercised end to end.

Proves that an installed or frozen build has every module and data file it needs:
bundled resources → a new database with all migrations → region codes → an office
and a scheme → one person registered through ``RegistryService`` → a batch
exported to .xlsx (written, read back and compared by ``BatchExporter``) → a slip
PDF from ``PrintService`` → the QR printed on it matches, module for module, a
code that ``VerificationService`` accepts as genuine. Everything is written
below the folder it is given; nothing touches the user's data.

``SelfTestRun`` records each step (ok, one line of detail, seconds); the first
failing step stops the chain because later steps build on it. Report lines are
English on purpose: they are diagnostics for CI and IT support, like the log.
"""

from __future__ import annotations

import logging
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from desktop_app.domain.dates import YearMonth
from desktop_app.domain.money import format_rupiah
from desktop_app.domain.office import Office
from desktop_app.domain.registration import Heir, Registration
from desktop_app.domain.regnumber import format_number
from desktop_app.domain.scheme import FundingSource, Scheme
from desktop_app.formats.pdf_qr_reader import qr_matrices
from desktop_app.formats.qr_draw import qr_modules
from desktop_app.paths import resources_dir
from desktop_app.services import unlocking
from desktop_app.services.batches import BatchService
from desktop_app.services.context import Context
from desktop_app.services.exporter import BatchExporter
from desktop_app.services.office import OfficeService
from desktop_app.services.printing import PrintService
from desktop_app.services.registry import RegistryService
from desktop_app.services.slip_content import SlipComposer
from desktop_app.services.slip_keys import SlipKeyService
from desktop_app.services.verification import VerificationService
from desktop_app.storage import driver
from desktop_app.storage.reference import RegionStore
from desktop_app.storage.store import Store

log = logging.getLogger(__name__)

REQUIRED_RESOURCES = (
    ("wilayah", "wilayah.sqlite"), ("wilayah", "LICENSE"), ("wilayah", "README.md"),
    ("rates", "iuran_bpu.csv"), ("fonts", "DejaVuSans.ttf"), ("fonts", "DejaVuSans-Bold.ttf"),
    ("fonts", "LICENSE-DejaVu.txt"), ("translations", "lindungi_en.qm"), ("templates", "bpjs_peserta.json"),
    ("icons", "app.svg"), ("icons", "app.ico"),
)
VILLAGE = "64.09.01.2020"            # desa Giri Mukti, kecamatan Penajam, Penajam Paser Utara
SAMPLE_NIK = "6409015708900001"      # DOMAIN.md's worked example: a woman born 17-08-1990

SELF_TEST_PASSWORD = "uji-mandiri-sandi"


@dataclass
class StepResult:
    name: str
    ok: bool
    detail: str
    seconds: float
    trace: str = ""         # the traceback of a failed step, for the report


@dataclass
class SelfTestRun:
    """The steps run so far; ``step`` runs one unless an earlier one failed."""

    results: list[StepResult] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(r.ok for r in self.results)

    def step(self, name: str, action: Callable[[], str]) -> bool:
        if not self.ok:
            return False
        started, trace = time.perf_counter(), ""
        try:
            detail, ok = action(), True
        except Exception as exc:  # noqa: BLE001 - every failure becomes one clear report line
            log.exception("self-test step %s failed", name)
            detail, ok, trace = f"{type(exc).__name__}: {exc}", False, traceback.format_exc()
        self.results.append(StepResult(name, ok, detail, time.perf_counter() - started, trace))
        return ok


def sample_office() -> Office:
    return Office(name="Kantor Kecamatan Penajam (uji mandiri)",
                  government_name="Pemerintah Kabupaten Penajam Paser Utara", province_code="64",
                  regency_code="64.09", district_code="64.09.01", head_name="Camat Uji", head_title="Camat",
                  officer_name="Petugas Uji", officer_title="Operator")


def sample_scheme(year: int, rate_version: str) -> Scheme:
    return Scheme(name=f"APBD Kabupaten {year} (uji)", funding_source=FundingSource.APBD_KABKOTA,
                  coverage_start=YearMonth(year, 1), coverage_end=YearMonth(year, 12), rate_version=rate_version,
                  payer_name="Pemerintah Kabupaten Penajam Paser Utara", wadah_code="SG", is_default=True)


def sample_person(scheme: Scheme) -> Registration:
    return Registration(
        nik=SAMPLE_NIK, full_name="Siti Aminah", birth_place="Penajam", birth_date=date(1990, 8, 17), sex="P",
        mother_name="Halimah", address="Jl. Nelayan No. 5", rt="003", rw="001", village_code=VILLAGE,
        phone="081234567890", occupation="Nelayan/Perikanan", income=900_000, scheme_id=scheme.id,
        coverage_start=scheme.coverage_start, coverage_end=scheme.coverage_end,
        heirs=[Heir("Ahmad Yani", "Suami", "", "")])


class CoreSelfTest:
    """The Qt-free steps, over a database in ``folder``; ``ctx`` is kept for the window step."""

    def __init__(self, folder: Path, run: SelfTestRun, operator: str = "uji-mandiri") -> None:
        self.folder = Path(folder)
        self.run = run
        self.operator = operator
        self.ctx: Context | None = None
        self.registration: Registration | None = None
        self.batch_id: int | None = None
        self.slip_path = self.folder / "bukti-uji.pdf"

    def run_all(self) -> bool:
        steps = [("resources", self.check_resources), ("database", self.open_database),
                 ("regions", self.check_regions), ("office", self.set_up_office),
                 ("register", self.register_person), ("export xlsx", self.export_batch),
                 ("slip pdf", self.print_slip), ("slip qr", self.verify_slip_qr),
                 ("exchange file", self.send_exchange_file)]
        return all(self.run.step(name, action) for name, action in steps)

    def close(self) -> None:
        if self.ctx is not None:
            self.ctx.store.close()
            self.ctx.regions.close()
            self.ctx = None

    # --- steps -------------------------------------------------------------
    def check_resources(self) -> str:
        folder = resources_dir()
        missing = ["/".join(p) for p in REQUIRED_RESOURCES if not folder.joinpath(*p).is_file()]
        if missing:
            raise FileNotFoundError(f"missing in {folder}: {', '.join(missing)}")
        bundle = getattr(sys, "_MEIPASS", None)
        if bundle and not folder.resolve().is_relative_to(Path(bundle).resolve()):
            raise FileNotFoundError(f"{folder} is outside the bundle {bundle}")
        return f"{len(REQUIRED_RESOURCES)} files in {folder}" + (" (bundle)" if bundle else "")

    def open_database(self) -> str:
        """A new office database, encrypted (SQLCipher) with a fresh data key behind a key file
        (the bundle must carry sqlcipher3, argon2 and cryptography); signed in, it opens again."""
        path = self.folder / "uji-mandiri.db"
        key = unlocking.new_data_key()
        unlocking.set_admin_password(path, key, self.operator, SELF_TEST_PASSWORD)
        Store.open(path, key=key).close()
        if driver.is_plaintext(path) or b"_sqlite_migrations" in path.read_bytes():
            raise RuntimeError(f"{path.name} is not encrypted")
        store = Store.open(path, key=unlocking.sign_in(path, self.operator, SELF_TEST_PASSWORD))
        self.ctx = Context(store, RegionStore(), operator=self.operator)
        applied, latest = store.schema_version()
        if applied != latest:
            raise RuntimeError(f"schema {applied} of {latest} after migrations")
        cipher = store.db.execute("PRAGMA cipher_version").fetchone()[0]
        return f"schema {applied} of {latest}, {store.path.name}, SQLCipher {cipher}"

    def check_regions(self) -> str:
        village = self.ctx.regions.get(VILLAGE)
        if village is None:
            raise LookupError(f"region {VILLAGE} not in the bundled codes")
        lineage = " / ".join(r.name for r in self.ctx.regions.lineage(VILLAGE))
        return lineage

    def set_up_office(self) -> str:
        offices = OfficeService(self.ctx)
        offices.set_up(sample_office(), self.operator, sample_scheme(self.ctx.today().year,
                                                                    offices.latest_rate_version()))
        scheme = offices.default_scheme()
        rate = offices.monthly_rate(scheme).total
        if not offices.is_set_up() or rate != 16_800:
            raise RuntimeError(f"office not set up (monthly rate {rate})")
        return f"scheme {scheme.id} '{scheme.name}', {format_rupiah(rate)} per person per month"

    def register_person(self) -> str:
        scheme = OfficeService(self.ctx).default_scheme()
        self.registration = RegistryService(self.ctx).register(sample_person(scheme), confirm_similar=True)
        return f"registration {format_number(self.registration.seq)} ({self.registration.full_name})"

    def export_batch(self) -> str:
        batches = BatchService(self.ctx)
        self.batch_id = batches.create(title="Batch uji mandiri", registration_ids=[self.registration.id])
        result = BatchExporter(self.ctx).export(self.batch_id, self.folder / "batch-uji.xlsx")
        if result.rows != 1 or not result.path.is_file():
            raise RuntimeError(f"{result.rows} rows exported to {result.path}")
        return f"{result.path.name}: {result.rows} row, sheets {', '.join(result.sheets)}, read back and compared"

    def print_slip(self) -> str:
        result = PrintService(self.ctx).print_slips([self.registration.id], self.slip_path)
        head = result.path.read_bytes()[:5]
        if head != b"%PDF-" or result.pages != 1:
            raise RuntimeError(f"{result.path.name}: {result.pages} pages, starts with {head!r}")
        return f"{result.path.name}: {result.pages} page, {result.path.stat().st_size // 1024} KB"

    def verify_slip_qr(self) -> str:
        printing = PrintService(self.ctx)
        office, key = self.ctx.store.office.get(), SlipKeyService(self.ctx).signing_key()
        composer = SlipComposer(self.ctx, office, printing.settings(), key, self.ctx.today())
        expected = composer.view(self.ctx.store.registrations.get(self.registration.id)).qr_text
        verdict = VerificationService(self.ctx).verify(expected)
        if not verdict.genuine:
            raise RuntimeError(f"the slip code is not accepted: {verdict.message}")
        printed = qr_matrices(self.slip_path)
        if printed != [qr_modules(expected)]:
            raise RuntimeError(f"{len(printed)} QR symbol(s) in the PDF; none matches the signed code")
        size = len(printed[0])
        return f"{size}x{size} modules match the signed code; verification: {verdict.status}"

    def send_exchange_file(self) -> str:
        """The exchange engine in its own worker process (``--sync-worker``: the bundle must carry APSW with
        SQLite3 Multiple Ciphers) opens this encrypted office and writes an encrypted change file for a partner."""
        from desktop_app.services.sync import SyncService
        from desktop_app.storage import sync_file

        OfficeService(self.ctx).set_identity("UJI-KEC", 99)
        key = sync_file.new_sync_key()
        with self.ctx.store.write():
            self.ctx.store.sync.set_key(key, sync_file.fingerprint(key), "created", self.operator)
        exchange = SyncService(self.ctx)
        exchange.add_peer("UJI-DINAS", "Dinas uji", 1, "up")
        sent = exchange.export_to("UJI-DINAS", self.folder)
        body = sent.path.read_bytes()
        person = self.ctx.store.registrations.get(self.registration.id)
        if sent.new != 1 or person.nik.encode() in body or person.full_name.encode() in body:
            raise RuntimeError(f"{sent.path.name}: {sent.new} new, or readable personal data")
        return f"{sent.path.name}: {sent.new} new, {sent.size_bytes // 1024 or 1} KB, encrypted"
