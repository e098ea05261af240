"""Every service method that writes or reveals personal data obeys the role table: the role just
below the one needed is refused with ``NotAllowed`` and nothing changes; the role needed succeeds.
Each method is really called, over the same office, with a second context for the other role."""

from dataclasses import dataclass, field
from pathlib import Path

import openpyxl
import pytest

from desktop_app.domain.audit_query import AuditQuery
from desktop_app.domain.dates import YearMonth
from desktop_app.domain.office_keys import OfficeKey
from desktop_app.errors import NotAllowed
from desktop_app.services.accounts import AccountService
from desktop_app.services.audit_reader import AuditReader
from desktop_app.services.batches import BatchService
from desktop_app.services.cross_office import CrossOfficeService
from desktop_app.services.disclosure import DisclosureService
from desktop_app.services.exporter import BatchExporter
from desktop_app.services.importing.answers import AnswerService
from desktop_app.services.importing.service import ImportService
from desktop_app.services.list_export import ListExporter
from desktop_app.services.maintenance import MaintenanceService
from desktop_app.services.office import OfficeService
from desktop_app.services.print_settings import PrintSettings, save_print_settings
from desktop_app.services.printing import PrintService
from desktop_app.services.purge import PurgeService
from desktop_app.services.rates import RateService
from desktop_app.services.records import RecordsService
from desktop_app.services.registry import RegistryService
from desktop_app.services.renewal import RenewalService
from desktop_app.services.roles import Role, needed
from desktop_app.services.slip_keys import SlipKeyService
from desktop_app.services.subject import SubjectService
from desktop_app.services.sync import SyncService
from desktop_app.storage.search import RegistrationQuery
from tests import factories
from tests.village_lists import messy_list

BELOW = {Role.OPERATOR: None, Role.SUPERVISOR: Role.OPERATOR, Role.ADMIN: Role.SUPERVISOR}


@dataclass
class Office:
    """People, a draft batch, a locked (exported) batch, a submitted batch with one acceptance and one
    rejection, files to import and an answer file; all set up by the admin."""

    ctx: object
    tmp: Path
    people: list = field(default_factory=list)
    draft: int = 0
    locked: int = 0
    sent: int = 0
    deleted: str = ""

    def file(self, name: str) -> Path:
        return self.tmp / name


@pytest.fixture
def office(ctx, tmp_path):
    registry, batches = RegistryService(ctx), BatchService(ctx)
    people = [registry.register(factories.registration(full_name=n)) for n in ("Siti Aminah", "Budi Santoso",
                                                                                "Ani Lestari", "Dewi Sartika",
                                                                                "Eko Prasetyo")]
    gone = registry.register(factories.registration(full_name="Sudah Dihapus"))
    registry.delete(gone.id, "salah input")
    sent = batches.create(registration_ids=[people[2].id, people[3].id])
    BatchExporter(ctx).export(sent, tmp_path / "terkirim.xlsx")
    batches.submit(sent)
    with ctx.store.write():
        ctx.store.batches.set_result(sent, people[3].id, "ditolak", "Nama ibu tidak sesuai")
        ctx.store.db.execute("UPDATE registrations SET bpjs_status = 'diterima' WHERE id = ?", [people[2].id])
    draft = batches.create(registration_ids=[people[0].id])
    locked = batches.create(registration_ids=[people[4].id])
    BatchExporter(ctx).export(locked, tmp_path / "terkunci.xlsx")
    state = Office(ctx, tmp_path, people, draft, locked, sent, gone.id)
    _answer_file(state)
    messy_list(tmp_path / "daftar desa.xlsx")
    return state


def _answer_file(o: Office) -> None:
    wb = openpyxl.Workbook()
    wb.active.append(["NO", "NIK", "NAMA", "NO KPJ", "STATUS", "KETERANGAN"])
    wb.active.append([1, o.people[2].nik, "ANI", "'12345678901", "DITERIMA", ""])
    wb.save(o.file("jawaban.xlsx"))


def _import(c, o):
    service = ImportService(c)
    preview = service.analyse(o.file("daftar desa.xlsx"))
    return service, preview


# (method, action, call(context, office)) — the call must succeed for the role the action needs.
CASES = [
    ("RegistryService.register", "register",
     lambda c, o: RegistryService(c).register(factories.registration(full_name="Orang Baru"))),
    ("RegistryService.update", "edit",
     lambda c, o: RegistryService(c).update(o.people[0].copy(address="Jl. Baru No. 2"))),
    ("RegistryService.update (sent: correction)", "correction",
     lambda c, o: RegistryService(c).update(o.people[3].copy(mother_name="Halimah Binti Umar"))),
    ("RegistryService.delete", "delete", lambda c, o: RegistryService(c).delete(o.people[1].id, "ganda")),
    ("RegistryService.restore", "restore", lambda c, o: RegistryService(c).restore(o.deleted)),
    ("RecordsService.reveal_nik", "nik.unmask", lambda c, o: RecordsService(c).reveal_nik()),
    ("RecordsService.search(full_nik)", "nik.unmask", lambda c, o: RecordsService(c).search("siti", full_nik=True)),
    ("BatchService.create", "batch.manage", lambda c, o: BatchService(c).create(title="Baru")),
    ("BatchService.create_for", "batch.manage", lambda c, o: BatchService(c).create_for([o.people[1].id])),
    ("BatchService.add", "batch.manage", lambda c, o: BatchService(c).add(o.draft, [o.people[1].id])),
    ("BatchService.remove", "batch.manage", lambda c, o: BatchService(c).remove(o.draft, [o.people[0].id])),
    ("BatchService.record_export", "batch.export", lambda c, o: _record_export(c, o)),
    ("BatchService.submit", "batch.submit", lambda c, o: BatchService(c).submit(o.locked)),
    ("BatchService.close_if_answered", "batch.answers", lambda c, o: _close(c, o)),
    ("BatchService.correction", "correction", lambda c, o: BatchService(c).correction(o.sent)),
    ("BatchExporter.export", "batch.export", lambda c, o: BatchExporter(c).export(o.draft, o.file("b.xlsx"))),
    ("BatchExporter.build_sheets", "batch.export", lambda c, o: BatchExporter(c).build_sheets(o.draft)),
    ("ListExporter.export (masked)", "list.export.masked",
     lambda c, o: ListExporter(c).export(RegistrationQuery(), o.file("daftar.xlsx"))),
    ("ListExporter.export (full NIK)", "list.export.full",
     lambda c, o: ListExporter(c).export(RegistrationQuery(), o.file("lengkap.xlsx"), full_nik=True)),
    ("ListExporter.list_sheet (full NIK)", "list.export.full",
     lambda c, o: ListExporter(c).list_sheet(RegistrationQuery(), True)),
    ("PrintService.print_slips", "print",
     lambda c, o: PrintService(c).print_slips([o.people[0].id], o.file("bukti.pdf"))),
    ("PrintService.print_batch_slips", "print",
     lambda c, o: PrintService(c).print_batch_slips(o.draft, o.file("bukti-batch.pdf"))),
    ("PrintService.print_recap", "print", lambda c, o: PrintService(c).print_recap(o.sent, o.file("rekap.pdf"))),
    ("ImportService.analyse", "import", lambda c, o: _import(c, o)),
    ("ImportService.commit", "import", lambda c, o: ImportService(c).commit(_import(o.ctx, o)[1])),
    ("ImportService.remember_mapping", "import",
     lambda c, o: ImportService(c).remember_mapping(_import(o.ctx, o)[1])),
    ("AnswerService.analyse", "batch.answers",
     lambda c, o: AnswerService(c).analyse(o.file("jawaban.xlsx"), o.sent)),
    ("AnswerService.commit", "batch.answers",
     lambda c, o: AnswerService(c).commit(AnswerService(o.ctx).analyse(o.file("jawaban.xlsx"), o.sent))),
    ("RenewalService.renew", "scheme.manage",
     lambda c, o: RenewalService(c).renew(1, "APBD Kabupaten 2027", YearMonth(2027, 1), YearMonth(2027, 12))),
    ("RateService.correct_bracket", "scheme.manage", lambda c, o: _correct_rate(c)),
    ("OfficeService.save_office", "office.setup", lambda c, o: OfficeService(c).save_office(factories.office())),
    ("OfficeService.set_identity", "office.setup", lambda c, o: OfficeService(c).set_identity("PPU-PNJ", None)),
    ("OfficeService.save_scheme", "scheme.manage",
     lambda c, o: OfficeService(c).save_scheme(factories.scheme(name="APBDes 2026", is_default=False))),
    ("OfficeService.set_up (again)", "operators.manage",
     lambda c, o: OfficeService(c).set_up(factories.office(), "Kepala Baru", factories.scheme(name="Lain"))),
    ("OfficeService.add_operator", "operators.manage", lambda c, o: OfficeService(c).add_operator("Budi")),
    ("save_print_settings", "office.setup", lambda c, o: save_print_settings(c, PrintSettings(full_nik=True))),
    ("MaintenanceService.backup_to", "backup.manage",
     lambda c, o: MaintenanceService(c).backup_to(o.file("cadangan.db"))),
    ("MaintenanceService.approve_restore", "restore.database", lambda c, o: MaintenanceService(c).approve_restore()),
    ("AccountService.add", "operators.manage", lambda c, o: AccountService(c).add("Rudi", "operator")),
    ("AuditReader.count", "audit.read", lambda c, o: AuditReader(c).count(AuditQuery())),
    ("AuditReader.page", "audit.read", lambda c, o: AuditReader(c).page(AuditQuery())),
    ("AuditReader.export_xlsx", "audit.read",
     lambda c, o: AuditReader(c).export_xlsx(AuditQuery(), o.file("log.xlsx"))),
    ("SubjectService.gather", "subject.view", lambda c, o: SubjectService(c).gather(o.people[0].nik)),
    ("PurgeService.set_years", "data.purge", lambda c, o: PurgeService(c).set_years(7)),
    ("SlipKeyService.trust", "keys.trust", lambda c, o: SlipKeyService(c).trust(_other_office_key())),
    ("CrossOfficeService.find", "records.cross_office", lambda c, o: CrossOfficeService(c).find()),
    ("DisclosureService.unmask_list", "nik.unmask",
     lambda c, o: DisclosureService(c).unmask_list(RegistrationQuery(), 5)),
    ("SyncService.add_peer", "sync.exchange", lambda c, o: SyncService(c).add_peer("PPU-WARU", "Kecamatan Waru")),
    ("SyncService.export_to", "sync.exchange", lambda c, o: _sync_send(c, o)),
    ("SyncService.import_file", "sync.exchange", lambda c, o: SyncService(c).import_file(_sync_file(o))),
    ("SyncService.peek", "sync.exchange", lambda c, o: SyncService(c).peek(_sync_file(o))),
    ("SyncService.resolve", "sync.resolve", lambda c, o: SyncService(c).resolve(_sync_conflict(o), "incoming")),
    ("SyncService.create_sync_key", "sync.key", lambda c, o: _sync_create_key(c, o)),
    ("SyncService.export_sync_key", "sync.key",
     lambda c, o: SyncService(c).export_sync_key(_sync_ready(o) / "kunci.kuncitukar", "frasa sandi panjang")),
    ("SyncService.import_sync_key", "sync.key",
     lambda c, o: SyncService(c).import_sync_key(_sync_key_file(o), "frasa sandi panjang")),
]

SYNC_KEY = bytes(range(32))


def _sync_ready(o) -> Path:
    """The office gets a code, the kabupaten key and a peer (no audit rows: the footprint stays); returns a
    folder outside the one the footprint lists."""
    from desktop_app.storage import sync_file

    db = o.ctx.store.db
    with o.ctx.store.write():
        db.execute("UPDATE office SET office_code = 'PPU-PNJ', office_number = 10 WHERE id = 1")
        o.ctx.store.sync.set_key(SYNC_KEY, sync_file.fingerprint(SYNC_KEY), "imported", "admin")
        o.ctx.store.sync.add_peer("PPU-KAB", "Dinas", 1, "kabupaten", "64.09", "up", "admin")
    folder = o.tmp.parent / "sync"
    folder.mkdir(exist_ok=True)
    return folder


def _sync_send(c, o):
    return SyncService(c).export_to("PPU-KAB", _sync_ready(o))


def _sync_file(o) -> Path:
    """An (empty) change file from the kabupaten to this office, sealed with the key."""
    import uuid

    from desktop_app.storage import sync_file

    folder = _sync_ready(o)
    names = [r[0] for r in o.ctx.store.db.execute("SELECT name FROM _sqlite_migrations ORDER BY rowid")]
    manifest = {"file_id": str(uuid.uuid4()), "from": {"code": "PPU-KAB", "number": 1, "name": "Dinas",
                                                        "level": "kabupaten", "area": "64.09"},
                "to": "PPU-PNJ", "seq": 1, "full": False, "operator": "x", "migrations": names, "schemes": {}}
    return sync_file.write(folder / "PPU-KAB-PPU-PNJ-1.lsync", manifest, b"", SYNC_KEY)


def _sync_conflict(o) -> int:
    _sync_ready(o)
    with o.ctx.store.write():
        o.ctx.store.db.execute("INSERT INTO sync_conflicts (kind, registration_id, field, base, here, incoming, peer, "
                               "at) VALUES ('field', ?, 'address', '\"a\"', '\"b\"', '\"c\"', 'PPU-KAB', 'now')",
                               [o.people[0].id])
    return o.ctx.store.db.execute("SELECT max(id) FROM sync_conflicts").fetchone()[0]


def _sync_create_key(c, o):
    with o.ctx.store.write():
        o.ctx.store.db.execute("UPDATE office SET office_level = 'kabupaten', district_code = NULL WHERE id = 1")
    return SyncService(c).create_sync_key()


def _sync_key_file(o) -> Path:
    from desktop_app.storage import sync_file

    return sync_file.export_key(_sync_ready(o) / "kunci.kuncitukar", SYNC_KEY, "frasa sandi panjang")


def _other_office_key():
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    raw = Ed25519PrivateKey.generate().public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return OfficeKey("Kantor Kecamatan Waru", "64.09.02", raw)


def _record_export(c, o):
    with o.ctx.store.write():
        BatchService(c).record_export(o.draft, "manual.xlsx", "0" * 64, 1)


def _close(c, o):
    with o.ctx.store.write():
        return BatchService(c).close_if_answered(o.sent, final=True)


def _correct_rate(c):
    version = OfficeService(c).latest_rate_version()
    bracket = RateService(c).tables()[-1]["brackets"][0]
    RateService(c).correct_bracket(version, bracket["income_min"], jkk=bracket["jkk"])


def _as(o: Office, role: Role | None):
    return factories.context(o.ctx.store, o.ctx.regions, "Rina", role=role)


def _footprint(o: Office) -> tuple:
    db = o.ctx.store.db
    files = sorted(p.name for p in o.tmp.iterdir())
    return (db.execute("SELECT count(*), max(id) FROM audit_log").fetchone(), files,
            db.execute("SELECT count(*) FROM batches").fetchone(), db.execute("SELECT count(*) FROM operators"
                                                                              ).fetchone())


@pytest.mark.parametrize("name,action,call", CASES, ids=[c[0] for c in CASES])
def test_the_role_below_is_refused_and_nothing_changes(office, name, action, call):
    below = BELOW[needed(action)]
    before = _footprint(office)
    with pytest.raises(NotAllowed) as caught:
        call(_as(office, below), office)
    assert caught.value.action == action
    expected = "silakan masuk dulu" if below is None else "Anda masuk sebagai Rina"
    assert expected in str(caught.value)
    assert _footprint(office) == before


@pytest.mark.parametrize("name,action,call", CASES, ids=[c[0] for c in CASES])
def test_the_role_needed_may(office, name, action, call):
    call(_as(office, needed(action)), office)


def test_every_guarded_action_of_the_services_is_covered():
    import re

    root = Path(__file__).resolve().parents[2] / "desktop_app" / "services"
    used = set()
    for path in root.rglob("*.py"):
        used |= set(re.findall(r'require\((?:self\.)?ctx, "([a-z.]+)"\)', path.read_text(encoding="utf-8")))
    assert used <= {c[1] for c in CASES} | {"list.export.masked"}
