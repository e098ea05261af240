"""An ad-hoc scheme for Pilkada task officers end to end in the services: set-up, registering a
KPPS officer (the wage-earner rule is not theirs, the age window is), and the same day-counted
money in the statistics, the Laporan and the berita acara."""

from datetime import date

import pytest

from desktop_app.domain.dates import YearMonth
from desktop_app.domain.scheme import SchemeKind
from desktop_app.errors import UserError
from desktop_app.services.office import OfficeService
from desktop_app.services.registry import RegistryService
from desktop_app.services.report import ReportService
from desktop_app.services.stats import StatsService
from tests import factories

DAILY = 420   # Rp1.500.000 × (0,54 % + 0,30 %) ÷ 30


@pytest.fixture
def adhoc(ctx):
    return OfficeService(ctx).save_scheme(factories.adhoc_scheme(rate_version="PP44-2015-PP49-2023",
                                                                 coverage_start=YearMonth(2026, 1)))


def test_an_ad_hoc_scheme_takes_its_months_and_wage_table_from_the_task(ctx, adhoc):
    saved = OfficeService(ctx).scheme(adhoc.id)
    assert saved.kind is SchemeKind.ADHOC and saved.agency == "Kesbangpol"
    assert (saved.task_start, saved.task_end, saved.honorarium, saved.risk_class) == \
        (date(2026, 11, 20), date(2026, 11, 26), 1_500_000, 2)
    assert (saved.coverage_start, saved.coverage_end) == (YearMonth(2026, 11), YearMonth(2026, 11))
    assert saved.rate_version == "PU-PP44-2015"
    assert OfficeService(ctx).rate_table(saved).wage.share(saved.programs, 2) == 84


@pytest.mark.parametrize("changes", [dict(task_end=date(2026, 11, 1)), dict(task_start=None), dict(risk_class=6),
                                     dict(honorarium=-1)])
def test_an_ad_hoc_scheme_refuses_what_cannot_be_costed(ctx, changes):
    with pytest.raises(UserError):
        OfficeService(ctx).save_scheme(factories.adhoc_scheme(**changes))


def test_a_kpps_officer_is_registered_with_the_schemes_honorarium(ctx, adhoc):
    reg = RegistryService(ctx).register(factories.officer(adhoc.id, post="kpps"))
    assert (reg.post, reg.honorarium, reg.occupation) == ("KPPS", 1_500_000, "Petugas ad hoc Pilkada")
    other = RegistryService(ctx).register(factories.officer(adhoc.id, post="PPS", honorarium=2_000_000,
                                                            birth_date=date(1985, 3, 3)))
    assert ctx.store.registrations.get(other.id).honorarium == 2_000_000


def test_the_wage_earner_rule_is_not_theirs_but_the_post_and_the_age_window_are(ctx, adhoc):
    registry = RegistryService(ctx)
    assert registry.register(factories.officer(adhoc.id, occupation="Lainnya", occupation_other="Karyawan Swasta"))
    with pytest.raises(UserError):   # the same person in the BPU scheme is a wage earner
        registry.register(factories.registration(1, occupation="Lainnya", occupation_other="Karyawan Swasta",
                                                 birth_date=date(1980, 1, 1)))
    problems = registry.check(factories.officer(adhoc.id, post="")).validation.errors
    assert [p.code for p in problems] == ["adhoc.post"]
    young = factories.officer(adhoc.id, birth_date=date(2008, 11, 21))   # 17 on 20 November 2026
    assert "age.window" in [p.code for p in registry.check(young).validation.errors]


def test_statistics_laporan_agree_on_person_days(ctx, adhoc):
    for i, honorarium in enumerate((None, None, 1_200_000)):
        RegistryService(ctx).register(factories.officer(adhoc.id, honorarium=honorarium,
                                                        birth_date=date(1980 + i, 5, 5)))
    cost = StatsService(ctx).compute(scheme_id=adhoc.id).cost
    assert (cost.people, cost.person_days) == (3, 21)
    assert cost.total == 14 * DAILY + 7 * 336
    states = ReportService(ctx).compute(scheme_id=adhoc.id).states
    assert states["unbatched"].total == cost.total and states["unbatched"].person_days == 21
    data = StatsService(ctx).compute().as_dict()["contribution"]
    assert "21 orang-hari" in data["summary"] and "(7 hari)" in data["summary"]


def test_an_agency_list_imports_into_the_ad_hoc_scheme_with_post_and_honorarium(ctx, adhoc, tmp_path):
    import openpyxl

    from desktop_app.services.importing.service import ImportService
    from desktop_app.storage.search import RegistrationQuery

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["DAFTAR PETUGAS KPPS PILKADA 2026 — DESA GIRI MUKTI"])
    ws.append(["NO", "NIK", "NAMA", "TEMPAT LAHIR", "TANGGAL LAHIR", "L/P", "NAMA IBU KANDUNG", "ALAMAT", "DESA",
               "JABATAN", "HONOR", "AHLI WARIS", "HUBUNGAN"])
    people = [("Andi Saputra", "L", date(1985, 1, 5), "Anggota KPPS", 1_500_000),
              ("Rina Marlina", "P", date(1990, 7, 9), "PPS", 1_750_000)]
    for n, (name, sex, birth, post, honor) in enumerate(people, 1):
        ws.append([n, factories.nik_for(birth, sex, 70 + n), name, "Penajam", birth, sex, "Halimah", "Jl. Pemilu 1",
                   "Giri Mukti", post, honor, "Ahmad", "Suami" if sex == "P" else "Istri"])
    path = tmp_path / "kpps.xlsx"
    wb.save(path)
    service = ImportService(ctx)
    preview = service.analyse(path, scheme_id=adhoc.id)
    assert preview.counts["new"] == 2, [r.reasons for r in preview.rows]
    service.commit(preview)
    ids = ctx.store.registrations.ids(RegistrationQuery(scheme_id=adhoc.id))
    stored = sorted((r.full_name, r.post, r.honorarium, r.occupation) for r in map(ctx.store.registrations.get, ids))
    assert stored == [("Andi Saputra", "KPPS", 1_500_000, "Petugas ad hoc Pilkada"),
                      ("Rina Marlina", "PPS", 1_750_000, "Petugas ad hoc Pilkada")]


def test_an_ad_hoc_scheme_is_not_renewed_into_next_year(ctx, adhoc):
    from desktop_app.services.renewal import RenewalService

    with pytest.raises(UserError, match="petugas ad hoc"):
        RenewalService(ctx).renew(adhoc.id, "Pilkada 2027", YearMonth(2027, 1), YearMonth(2027, 12))
