"""The Dinas view: a database holding people of several offices shows the office of origin (list, filter,
CLI), reports per office, and finds people registered at two offices under different NIKs. Rows of other
offices are written as the exchange writes them (the sender's number, code and values)."""

from __future__ import annotations

import pytest

from desktop_app.domain.record_query import RegistrationQuery
from desktop_app.domain.regnumber import format_number, office_seq
from desktop_app.services.cross_office import CrossOfficeService
from desktop_app.services.office import OfficeService
from desktop_app.services.records import RecordsService
from desktop_app.services.registry import RegistryService
from desktop_app.services.report import ReportService
from tests import factories

WARU, SEPAKU = "PPU-WARU", "PPU-SEPAKU"


@pytest.fixture
def dinas(ctx):
    return factories.dinas_office(ctx)


def test_the_list_shows_and_filters_by_office_of_origin(ctx, dinas):
    own, waru, sepaku = dinas
    records = RecordsService(ctx)
    offices = {o.code: o for o in records.origin_offices()}
    assert {c: o.people for c, o in offices.items()} == {"PPU-DINAS": 1, WARU: 2, SEPAKU: 3}
    assert offices["PPU-DINAS"].own and offices["PPU-DINAS"].label() == "PPU-DINAS — kantor ini"
    assert records.several_offices()
    total, hits = records.search(RegistrationQuery(origin_office=SEPAKU))
    assert total == 3 and {h.office for h in hits} == {SEPAKU}
    assert {h.number for h in hits} == {format_number(office_seq(3, n)) for n in (1, 2, 3)}
    by_office = [r["origin_office"] for r in records.page(RegistrationQuery(order_by="origin_office"))]
    assert by_office == sorted(by_office)


def test_a_single_office_database_does_not_show_offices(ctx):
    RegistryService(ctx).register(factories.registration())
    assert not RecordsService(ctx).several_offices()
    assert ReportService(ctx).compute().by_office == []


def test_the_report_breaks_down_per_office_when_several_are_here(ctx, dinas):
    report = ReportService(ctx).compute()
    rows = {r.code: r for r in report.by_office}
    assert {c: r.total for c, r in rows.items()} == {"PPU-DINAS": 1, WARU: 2, SEPAKU: 3}
    assert sum(r.total for r in report.by_office) == report.registered
    assert report.as_dict()["by_office"][0]["code"] == "PPU-DINAS"


def test_people_registered_at_two_offices_under_different_niks_are_found(ctx, dinas):
    own, waru, sepaku = dinas
    pairs = CrossOfficeService(ctx).find()
    found = {frozenset((p.first.id, p.second.id)): p.reason for p in pairs}
    assert found == {frozenset((waru[0].id, sepaku[0].id)): "name_birth",     # Muhammad Yusuf / M. Yusup
                     frozenset((waru[1].id, sepaku[1].id)): "kk_name"}        # same KK, Siti/Sitti Aminah
    pair = next(p for p in pairs if p.reason == "kk_name")
    assert "*" in pair.first.nik and pair.first.office != pair.second.office
    assert pair.reason_text() == "nama mirip, nomor KK sama"


def test_the_same_nik_is_not_this_finders_and_a_deleted_person_no_longer_counts(ctx, dinas):
    own, waru, sepaku = dinas
    other = OfficeService(ctx).save_scheme(factories.scheme(name="APBDes 2026", is_default=False))
    twin = factories.received(ctx.store, factories.registration(other.id, nik=own.nik, full_name=own.full_name,
                                                      birth_date=own.birth_date), WARU, 2, 9)
    RegistryService(ctx).delete(sepaku[0].id, "ganda")
    ids = {i for p in CrossOfficeService(ctx).find() for i in (p.first.id, p.second.id)}
    assert twin.id not in ids and sepaku[0].id not in ids and waru[1].id in ids


def test_a_draft_batch_holding_such_people_is_warned(ctx, dinas):
    own, waru, sepaku = dinas
    store = ctx.store
    with store.write():
        batch = store.batches.create(1, ctx.operator, title="Kirim ke BPJS")
        store.batches.add_items(batch, [waru[0].id, own.id])
        clean = store.batches.create(1, ctx.operator, title="Bersih")
        store.batches.add_items(clean, [sepaku[2].id])
    service = CrossOfficeService(ctx)
    assert [p.first.id for p in service.find(batch)] == [waru[0].id]
    assert service.batch_warning(batch).startswith("Perhatian: 1 peserta batch ini")
    assert service.batch_warning(clean) == ""


def test_the_cli_shows_the_office_filters_by_it_and_finds_the_pairs(ctx, dinas, db_path, capsys):
    import json

    from desktop_app.cli import main

    def run(*argv):
        code = main(list(argv))
        return code, capsys.readouterr().out

    code, out = run("search", "--db", str(db_path), "--office", "ppu-sepaku", "--json")
    data = json.loads(out)
    assert code == 0 and data["total"] == 3 and {r["office"] for r in data["results"]} == {SEPAKU}
    code, out = run("search", "--db", str(db_path), "Budi")
    assert "PPU-SEPAKU" in out
    code, out = run("duplicates", "--db", str(db_path))
    assert code == 1 and "2 pasangan ditemukan" in out and "nama mirip, tanggal lahir sama" in out
    assert dinas[1][0].nik not in out
    code, out = run("duplicates", "--db", str(db_path), "--json")
    assert code == 1 and len(json.loads(out)["pairs"]) == 2
    code, out = run("stats", "--db", str(db_path))
    assert code == 0 and "Per kantor asal" in out and "PPU-WARU" in out


def test_the_exported_list_says_which_office_registered_whom(ctx, dinas, tmp_path):
    import openpyxl

    from desktop_app.services.list_export import ListExporter

    ListExporter(ctx).export(RegistrationQuery(origin_office=WARU), tmp_path / "waru.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "waru.xlsx")["Peserta"]
    headers = [c.value for c in ws[1]]
    assert headers[-1] == "KANTOR ASAL" and [ws.cell(r, len(headers)).value for r in (2, 3)] == [WARU, WARU]


def test_the_kabupaten_demo_holds_every_kecamatan_office_and_people_registered_twice(tmp_path, regions, capsys):
    import json

    from desktop_app.cli import main
    from desktop_app.services.context import Context
    from desktop_app.storage.store import Store

    db = tmp_path / "dinas.db"
    code = main(["demo", "--db", str(db), "--count", "400", "--kabupaten", "--json"])
    result = json.loads(capsys.readouterr().out)["kabupaten"]
    assert code == 0 and result["twins"] == 1 and set(result["offices"]) == {
        "PPU-DINAS", "PPU-BABULU", "PPU-WARU", "PPU-PENAJAM", "PPU-SEPAKU"}
    store = Store.open(db)
    try:
        ctx = Context(store, regions, operator="operator.demo", role="admin")
        offices = {o.code: o.people for o in RecordsService(ctx).origin_offices()}
        assert offices == result["offices"] and sum(offices.values()) == 401
        pairs = CrossOfficeService(ctx).find()
        assert len(pairs) >= 1 and all(p.first.office_code != p.second.office_code for p in pairs)
        assert len(ReportService(ctx).compute().by_office) == 5
        numbers = {r["origin_office"]: format_number(r["seq"])[:4] for r in RecordsService(ctx).page(
            RegistrationQuery(order_by="origin_office"), 0, 500)}
        assert numbers["PPU-DINAS"] == "001-" and len(set(numbers.values())) == 5
    finally:
        store.close()


def test_a_dinas_holding_one_other_office_only_shows_the_office_column(tmp_path, regions):
    """The Dinas registers nobody itself: every person here came from one kecamatan, and the list still says
    which office registered them."""
    from tests.sync.offices import Office

    dinas = Office(tmp_path / "offices", regions, "PPU-DINAS", "kabupaten", 1, area="64.09")
    dinas.register(full_name="Siti Aminah")
    with dinas.session() as (store, ctx):
        from desktop_app.services.records import RecordsService
        assert not RecordsService(ctx).several_offices()          # only its own people: no column
        with store.write():
            store.db.execute("UPDATE registrations SET origin_office = 'PPU-PNJ'")
        assert RecordsService(ctx).several_offices()
