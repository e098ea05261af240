"""Synthetic people of kecamatan Penajam, and what each becomes once imported (no real persons)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from desktop_app.services import demo_names as words
from tests.factories import nik_for

# Villages of kecamatan Penajam (64.09.01), as the corpus writes them.
VILLAGES = {"64.09.01.1010": "Nenang", "64.09.01.1011": "Penajam", "64.09.01.1014": "Sotek",
            "64.09.01.1015": "Sepan", "64.09.01.1016": "Riko", "64.09.01.1017": "Gersik",
            "64.09.01.2020": "Giri Mukti", "64.09.01.2021": "Bukit Subur", "64.09.01.1003": "Petung",
            "64.09.01.1008": "Sungai Parit"}
PLACES = ("Penajam", "Balikpapan", "Samarinda", "Tana Paser", "Sungai Parit", "Pare-Pare", "Makassar", "Surabaya",
          "Banjarmasin", "Tenggarong", "Polewali", "Bone")
# (as typed, canonical) occupation spellings villages use.
OCCUPATIONS = (("PETANI", "Petani/Pekebun"), ("Petani", "Petani/Pekebun"), ("NELAYAN", "Nelayan/Perikanan"),
               ("Nelayan", "Nelayan/Perikanan"), ("BURUH HARIAN LEPAS", "Buruh Harian Lepas"),
               ("Buruh Tani", "Buruh Tani/Perkebunan"), ("PEDAGANG", "Pedagang (kecil/keliling/kaki lima)"),
               ("Tukang Ojek", "Tukang Ojek"), ("SERABUTAN", "Pekerja Serabutan"), ("Peternak", "Peternak"),
               ("BURUH NELAYAN", "Buruh Nelayan/Perikanan"), ("Kuli Bangunan", "Kuli Bangunan"),
               ("PETANI/PEKEBUN", "Petani/Pekebun"), ("Tukang Kayu", "Tukang Kayu"))
WAGE_EARNERS = ("PNS", "TNI", "Karyawan Swasta", "POLRI", "Perangkat Desa", "Pegawai BUMN")
RELATIONS = {"spouse": (("ISTRI", "Istri"), ("Istri", "Istri"), ("SUAMI", "Suami"), ("Suami", "Suami")),
             "child": (("ANAK", "Anak"), ("Anak", "Anak"), ("ANAK KANDUNG", "Anak")),
             "parent": (("IBU", "Ibu"), ("AYAH", "Ayah"), ("Ibu Kandung", "Ibu"))}


@dataclass
class Person:
    """A worker as the village knows them; ``expect`` is what the import must make of them."""

    nik: str
    name: str
    place: str
    birth: date
    sex: str
    mother: str
    address: str
    rt: int
    rw: int
    village_code: str
    occupation: str          # as typed
    occupation_canonical: str
    phone: str
    heir: str
    relation: str            # as typed
    relation_canonical: str
    income: int
    kk: str
    email: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def village(self) -> str:
        return VILLAGES[self.village_code]

    def expect(self) -> dict:
        return {"nik": self.nik, "full_name": self.name, "birth_date": self.birth, "sex": self.sex,
                "mother_name": self.mother, "village_code": self.village_code,
                "occupation": self.occupation_canonical, "birth_place": self.place,
                "heir_relationship": self.relation_canonical}


def _name(rng: random.Random, sex: str) -> str:
    first = [n for n in (words.MALE if sex == "L" else words.FEMALE) if not n.endswith(".")]
    second = words.SECOND if sex == "L" else words.SECOND_FEMALE
    return f"{rng.choice(first)} {rng.choice(second)}"


class People:
    """Draws people; NIK serials are unique within one corpus (one generator per corpus)."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.serial = 100 + seed * 997 % 5000

    def person(self, village_code: str | None = None, upper: bool = False) -> Person:
        rng = self.rng
        sex = "L" if rng.random() < 0.55 else "P"
        birth = date(1962, 1, 1) + timedelta(days=rng.randint(0, 40 * 365))
        self.serial += rng.randint(1, 7)
        nik = nik_for(birth, sex, serial=self.serial % 9000 + 1, district=rng.choice(("640901", "640902", "640903")))
        if nik.endswith("0"):
            nik = nik[:-1] + "7"
        typed, canonical = rng.choice(OCCUPATIONS)
        kin = rng.choice(("spouse", "spouse", "child", "parent"))
        relation, relation_canonical = rng.choice(RELATIONS[kin])
        if kin == "spouse":
            relation, relation_canonical = ("ISTRI", "Istri") if sex == "L" else ("SUAMI", "Suami")
        heir_sex = "P" if (kin == "spouse" and sex == "L") else rng.choice("LP")
        name, mother, heir = _name(rng, sex), _name(rng, "P"), _name(rng, heir_sex)
        if upper:
            name, mother, heir = name.upper(), mother.upper(), heir.upper()
        code = village_code or rng.choice(list(VILLAGES))
        return Person(nik, name, rng.choice(PLACES), birth, sex, mother, f"{rng.choice(words.STREETS)} No. "
                      f"{rng.randint(1, 120)}", rng.randint(1, 25), rng.randint(1, 8), code, typed, canonical,
                      f"08{rng.choice(('12', '13', '21', '52', '53'))}{rng.randint(10 ** 7, 10 ** 8 - 1)}", heir,
                      relation, relation_canonical, rng.choice((500_000, 750_000, 900_000, 1_000_000, 1_200_000)),
                      nik_for(date(2000 + rng.randint(0, 20), rng.randint(1, 12), rng.randint(1, 28)), "L",
                              serial=rng.randint(1, 9000)))
