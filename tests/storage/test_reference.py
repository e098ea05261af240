"""The prebuilt region file matches its CSV sources and answers lookups."""

import time

from desktop_app.domain.regions import Level
from desktop_app.paths import resource
from desktop_app.storage.reference import RegionStore, build_reference, sources_digest


def test_prebuilt_file_is_in_sync_with_the_csv_sources(regions):
    assert regions.source_digest() == sources_digest(resource("wilayah")), \
        "run: python -m desktop_app.storage.reference"


def test_rebuild_matches_the_shipped_file(tmp_path, regions):
    target = tmp_path / "w.sqlite"
    build_reference(resource("wilayah"), target)
    rebuilt = RegionStore(target)
    try:
        for code in ("64", "64.09", "64.09.01", "64.09.01.2020", "91.01", "96.01.01"):
            assert rebuilt.get(code) == regions.get(code)
    finally:
        rebuilt.close()


def test_counts_match_the_readme(regions):
    assert len(regions.children(None)) == 38
    total = regions._rows("SELECT level, count(*) FROM region WHERE historic = 0 GROUP BY level")
    assert dict(total) == {1: 38, 2: 514, 3: 7285, 4: 83762}


def test_lookups(regions):
    assert regions.get("64.09").name == "Kabupaten Penajam Paser Utara"
    assert [r.name for r in regions.children("64.09")] == ["Penajam", "Waru", "Babulu", "Sepaku"]
    assert regions.get("91.01").historic and regions.get("91.01").name == "Kabupaten Merauke"
    assert [r.level for r in regions.lineage("64.09.01.2020")] == [Level.PROVINCE, Level.REGENCY, Level.DISTRICT,
                                                                   Level.VILLAGE]
    assert regions.get("64.04") is None


def test_type_ahead_search(regions):
    found = regions.search("giri", within="64.09", level=Level.VILLAGE)
    assert "Giri Mukti" in [r.name for r in found]
    assert all(r.code.startswith("64.09.") for r in found)
    assert regions.search("%") == [] and regions.search("_") == []
    starts_first = regions.search("penajam", level=Level.DISTRICT)
    assert starts_first[0].name == "Penajam"


def test_cold_open_is_fast():
    started = time.perf_counter()
    store = RegionStore()
    store.get("64.09.01")
    store.close()
    # Generous bound: a broken index or a CSV fallback would take seconds. Real figures are in bench/.
    assert time.perf_counter() - started < 1.0
