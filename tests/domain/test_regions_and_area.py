"""Region codes: the kecamatan/kabupaten/province of a code, what lies within an area, and the
office's area (which villages belong to this office)."""

from dataclasses import replace

from desktop_app.domain.regions import (
    Level,
    Region,
    ancestor_code,
    district_of,
    is_within,
    province_of,
    regency_of,
    villages_in,
)
from tests import factories

VILLAGE = "64.09.01.2020"


def test_ancestors_of_a_village_code():
    assert district_of(VILLAGE) == "64.09.01"
    assert regency_of(VILLAGE) == "64.09" and regency_of("64.09.01") == "64.09"
    assert province_of(VILLAGE) == "64"
    assert district_of("64.09.01") == "64.09.01"                    # a kecamatan is its own kecamatan
    assert district_of("64.09") == "" and district_of("") == ""      # shallower codes have none
    assert ancestor_code(VILLAGE, Level.VILLAGE) == VILLAGE


def test_within_compares_whole_code_parts():
    assert is_within(VILLAGE, "64.09.01") and is_within(VILLAGE, "64.09") and is_within(VILLAGE, VILLAGE)
    assert not is_within("64.09.01.2020", "64.09.0")                 # not a mere text prefix
    assert not is_within("64.09.02.2001", "64.09.01") and not is_within(VILLAGE, "")


def test_office_area_by_kind_of_office():
    kecamatan = factories.office()
    assert kecamatan.area_code == "64.09.01" and kecamatan.home_district == "64.09.01"
    desa = replace(kecamatan, village_code=VILLAGE)
    assert desa.area_code == "64.09.01" and desa.home_district == "64.09.01"   # the desa's whole kecamatan
    kabupaten = replace(kecamatan, district_code="")
    assert kabupaten.area_code == "64.09" and kabupaten.home_district == ""
    desa_without_district = replace(kabupaten, village_code=VILLAGE)
    assert desa_without_district.area_code == "64.09.01"


class _Directory:
    """A two-kecamatan region list (the RegionDirectory protocol over a dict)."""

    def __init__(self) -> None:
        codes = {"64.09": "Penajam Paser Utara", "64.09.01": "Penajam", "64.09.02": "Waru",
                 "64.09.01.2001": "Nenang", "64.09.01.1002": "Gunung Steleng", "64.09.02.2001": "Bangun Mulya"}
        self.regions = {c: Region(c, n) for c, n in codes.items()}

    def get(self, code):
        return self.regions.get(code)

    def children(self, code):
        return [r for c, r in self.regions.items() if r.parent_code == code]

    def lineage(self, code):
        return []


def test_villages_in_an_area():
    regions = _Directory()
    assert [v.code for v in villages_in(regions, "64.09")] == ["64.09.01.2001", "64.09.01.1002", "64.09.02.2001"]
    assert [v.code for v in villages_in(regions, "64.09.02")] == ["64.09.02.2001"]
    assert [v.code for v in villages_in(regions, "64.09.01.2001")] == ["64.09.01.2001"]
    assert villages_in(regions, "99.99") == [] and villages_in(regions, "") == []
