"""A realistic synthetic office for trying Lindungi: Kabupaten Penajam Paser Utara.

Real kecamatan/desa codes, two schemes side by side (APBD Kabupaten and APBD
Provinsi, Rp16,800), N people with valid NIKs, Indonesian names, occupations and
heirs, grouped into draft batches per desa. Nobody in it is a real person.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from desktop_app.domain.dates import YearMonth, now_local
from desktop_app.domain.office import Office
from desktop_app.domain.regions import RegionDirectory, digits_of, district_of, regency_of
from desktop_app.domain.registration import Heir, MaritalStatus, Registration, spouse_relationship
from desktop_app.domain.regnumber import office_seq
from desktop_app.domain.scheme import FundingSource, Scheme
from desktop_app.errors import UserError
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr
from desktop_app.services import demo_names as words
from desktop_app.services.context import Context
from desktop_app.services.office import OfficeService
from desktop_app.storage.search import RegistrationQuery

REGENCY = "64.09"
DINAS = ("PPU-DINAS", 1)          # the demo office's code and number as a kabupaten database (``as_kabupaten``)
# Where migrants' NIKs were issued: Jawa Timur, Jawa Tengah, Sulawesi Selatan, Kaltim.
MIGRANT_REGENCIES = ("35.07", "35.09", "33.01", "73.08", "73.11", "64.01", "64.02", "64.71")
M_NOT_EMPTY = QT_TRANSLATE_NOOP("Demo", "Basis data ini sudah berisi {count} pendaftaran; data demo hanya dibuat "
                                        "di basis data baru.")
_OCCUPATIONS, _WEIGHTS = zip(*words.OCCUPATION_WEIGHTS, strict=True)
_FULL = {"L": [n for n in words.MALE if not n.endswith(".")], "P": [n for n in words.FEMALE if not n.endswith(".")]}
M_COUNT = QT_TRANSLATE_NOOP("Demo", "Jumlah peserta demo harus antara 1 dan 2.000.000.")


class DemoBuilder:
    def __init__(self, ctx: Context, *, seed: int = 1) -> None:
        self.ctx = ctx
        self.rng = random.Random(seed)
        self.regions: RegionDirectory = ctx.regions
        self._used: set[str] = set()

    def _districts(self, regency: str) -> list[str]:
        return [r.code for r in self.regions.children(regency)]

    def _setup(self) -> tuple[Scheme, Scheme]:
        offices = OfficeService(self.ctx)
        office = Office(
            name="Dinas Transmigrasi dan Tenaga Kerja (contoh)",
            government_name="Pemerintah Kabupaten Penajam Paser Utara",
            province_code="64", regency_code=REGENCY, address="Jl. Provinsi KM 9, Penajam (alamat contoh)",
            head_name="Contoh Kepala Dinas, S.E.", head_title="Kepala Dinas", head_nip="197001012000031001",
            officer_name="Contoh Petugas", officer_title="Pengelola Data", officer_nip="198505052010012002")
        version = offices.latest_rate_version()
        kab = offices.set_up(office, self.ctx.operator, Scheme(
            name="Pekerja Rentan APBD Kabupaten PPU 2026", funding_source=FundingSource.APBD_KABKOTA,
            coverage_start=YearMonth(2026, 1), coverage_end=YearMonth(2026, 12), rate_version=version,
            payer_name="Pemerintah Kabupaten Penajam Paser Utara", wadah_code="SG",
            pks_number="560/001/DTK-PPU/I/2026 (contoh)", target_participants=15000, is_default=True,
            budget=15000 * 16800 * 12))             # the demo's operator becomes its admin
        prov = offices.save_scheme(Scheme(
            name="Pekerja Rentan APBD Provinsi Kaltim 2026", funding_source=FundingSource.APBD_PROV,
            coverage_start=YearMonth(2026, 8), coverage_end=YearMonth(2026, 12), rate_version=version,
            payer_name="Pemerintah Provinsi Kalimantan Timur", wadah_code="SG",
            pks_number="500.15/045/DISNAKERTRANS/VII/2026 (contoh)", target_participants=5614,
            budget=5614 * 16800 * 5))
        return kab, prov

    def _nik(self, district: str, birth: date, sex: str) -> str:
        day = birth.day + (40 if sex == "P" else 0)
        prefix = district.replace(".", "") + f"{day:02d}{birth.month:02d}{birth.year % 100:02d}"
        while True:
            nik = prefix + f"{self.rng.randint(1, 9999):04d}"
            if nik not in self._used:
                self._used.add(nik)
                return nik

    def _name(self, sex: str) -> str:
        """First name (an abbreviation or title like ``M.``/``Hj.`` is always followed by
        a full one), sometimes a middle name, and a second name."""
        pool = words.MALE if sex == "L" else words.FEMALE
        first = self.rng.choice(pool)
        parts = [first]
        if first.endswith(".") or self.rng.random() < 0.3:
            parts.append(self.rng.choice(_FULL[sex]))
        parts.append(self.rng.choice(words.SECOND if sex == "L" else words.SECOND_FEMALE))
        return " ".join(parts)

    def _person(self, village: str, scheme: Scheme, districts_home: list[str], districts_away: list[str],
                now: datetime) -> Registration:
        rng = self.rng
        sex = "L" if rng.random() < 0.62 else "P"
        start = scheme.coverage_start.first_day()
        birth = start - timedelta(days=rng.randint(18 * 366, 64 * 365))
        issued = rng.choice(districts_home) if rng.random() < 0.85 else rng.choice(districts_away)
        occupation = self.rng.choices(_OCCUPATIONS, _WEIGHTS)[0]
        partner_sex = "P" if sex == "L" else "L"
        heirs = [Heir(self._name(partner_sex), spouse_relationship(sex))]
        if rng.random() < 0.6:
            heirs.append(Heir(self._name(rng.choice("LP")), "Anak"))
        return Registration(
            nik=self._nik(issued, birth, sex), full_name=self._name(sex),
            birth_place=self._birth_place(issued), birth_date=birth, sex=sex,
            mother_name=self._name("P"),
            kk_number=digits_of(district_of(village)) + f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}"
                      f"{rng.randint(5, 25):02d}{rng.randint(1, 9999):04d}",
            marital_status=MaritalStatus.MARRIED, address=f"{rng.choice(words.STREETS)} No. {rng.randint(1, 120)}",
            rt=f"{rng.randint(1, 25):03d}", rw=f"{rng.randint(1, 6):03d}", village_code=village,
            phone=f"08{rng.choice('1258')}{rng.randint(10**8, 10**9 - 1)}" if rng.random() < 0.7 else "",
            occupation=occupation,
            occupation_other=rng.choice(words.OTHER_JOBS) if occupation == "Lainnya" else "",
            income=rng.randrange(500_000, 1_100_000, 50_000), programs=scheme.programs, scheme_id=scheme.id,
            coverage_start=scheme.coverage_start, coverage_end=scheme.coverage_end, heirs=heirs,
            created_at=now, created_by=self.ctx.operator, updated_at=now, updated_by=self.ctx.operator)

    def _birth_place(self, district: str) -> str:
        region = self.regions.get(regency_of(district))
        name = region.name if region else "Penajam"
        return name.replace("Kabupaten ", "").replace("Kota ", "")

    def build(self, count: int, progress=None) -> dict:
        """Create the office, schemes, ``count`` people and draft batches per desa."""
        if not 1 <= count <= 2_000_000:
            raise UserError(tr(M_COUNT))
        existing = self.ctx.store.registrations.count(RegistrationQuery(status="all"))
        if existing:
            raise UserError(tr(M_NOT_EMPTY, count=existing))
        kab, prov = self._setup()
        home = self._districts(REGENCY)
        away = [d for r in MIGRANT_REGENCIES for d in self._districts(r)]
        villages = [v.code for d in home for v in self.regions.children(d)]
        now = now_local()
        store = self.ctx.store
        chunk = 20_000
        with store.write():
            for first in range(0, count, chunk):
                people = [self._person(self.rng.choice(villages), kab if self.rng.random() < 0.75 else prov,
                                       home, away, now) for _ in range(min(chunk, count - first))]
                store.registrations.insert_many(people)
                if progress:
                    progress(min(first + chunk, count), count)
            batches = self._batches(kab, prov)
            store.audit.record(self.ctx.operator, "demo", "database", "", new={"registrations": count,
                                                                              "batches": batches})
        return {"registrations": count, "batches": batches, "schemes": [kab.id, prov.id]}

    def _batches(self, *schemes: Scheme) -> int:
        store = self.ctx.store
        made = 0
        for scheme in schemes:
            rows = store.db.execute("SELECT village_code, id FROM registrations WHERE scheme_id = ? "
                                    "ORDER BY village_code, seq", [scheme.id]).fetchall()
            by_village: dict[str, list[str]] = {}
            for village, rid in rows:
                by_village.setdefault(village, []).append(rid)
            for village, ids in by_village.items():
                name = self.regions.get(village)
                batch = store.batches.create(scheme.id, self.ctx.operator,
                                             title=f"{name.name if name else village} — {scheme.name}")
                store.batches.add_items(batch, ids)
                made += 1
        return made


    def as_kabupaten(self, twin_share: float = 0.005) -> dict:
        """Make the demo the Dinas's database that received its kecamatan offices' people: the Dinas gets
        PPU-DINAS / 1; nine in ten people become registered by the office of their kecamatan (PPU-<NAME>,
        numbers 2, 3, …, their own number blocks), as the exchange writes rows of other offices; and
        ``twin_share`` of them is registered a second time at another kecamatan office under another NIK
        (what "Cek ganda antar kantor" finds). Returns {office code: people} and the twins."""
        store, offices = self.ctx.store, OfficeService(self.ctx)
        self._used |= {r[0] for r in store.db.execute("SELECT nik FROM registrations")}
        offices.set_identity(*DINAS)
        kecamatan = {d: (f"PPU-{self.regions.get(d).name.upper().replace(' ', '-')}", n)
                     for n, d in enumerate(self._districts(REGENCY), start=2)}
        running = dict.fromkeys(kecamatan, 0)
        moved: list[tuple[str, str, int]] = []
        rows = store.db.execute("SELECT id, village_code FROM registrations ORDER BY seq").fetchall()
        with store.write():
            for i, (rid, village) in enumerate(rows):
                district = district_of(village)
                if i % 10 == 9 or district not in kecamatan:
                    continue                                   # the Dinas's own registrations
                running[district] += 1
                code, number = kecamatan[district]
                moved.append((rid, code, office_seq(number, running[district])))
            store.registrations.set_origin(moved)
            twins = self._twins(moved, kecamatan, running, twin_share)
            store.audit.record(self.ctx.operator, "demo", "database", "", new={"kabupaten": True,
                                                                              "twins": len(twins)})
        people = {code: 0 for code, _ in kecamatan.values()}
        for _rid, code, _seq in moved + twins:
            people[code] += 1
        return {"offices": {DINAS[0]: len(rows) - len(moved), **people}, "twins": len(twins)}

    def _twins(self, moved, kecamatan, running, share) -> list[tuple[str, str, int]]:
        """Some people registered again at another kecamatan office, under another NIK, the name as another
        desk spelled it."""
        store = self.ctx.store
        picked = self.rng.sample(moved, max(1, int(len(moved) * share))) if moved else []
        originals = store.registrations.get_many([rid for rid, _c, _s in picked])
        copies, where = [], []
        for rid, code, _seq in picked:
            reg = originals[rid]
            other = self.rng.choice([d for d, (c, _n) in kecamatan.items() if c != code])
            name = reg.full_name.replace("Muhammad", "Muhamad").replace("Siti ", "Sitti ").replace("Ahmad", "Achmad")
            copies.append(reg.copy(id="", seq=None, nik=self._nik(reg.nik[:6], reg.birth_date, reg.sex),
                                   full_name=name))
            where.append(other)
        stored = store.registrations.insert_many(copies)
        out = []
        for reg, district in zip(stored, where, strict=True):
            running[district] += 1
            code, number = kecamatan[district]
            out.append((reg.id, code, office_seq(number, running[district])))
        store.registrations.set_origin(out)
        return out
