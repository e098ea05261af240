"""Build corpus files into a folder and score the importer on them (tests and the held-out script)."""

from __future__ import annotations

from pathlib import Path

from desktop_app.services.context import Context
from desktop_app.services.importing.service import ImportService
from desktop_app.services.office import OfficeService
from desktop_app.storage.reference import RegionStore
from desktop_app.storage.store import Store
from tests import factories
from tests.village_corpus.builder import FileSpec, build
from tests.village_corpus.scoring import Score, judge


def office_context(folder: Path, regions: RegionStore | None = None) -> Context:
    """A kecamatan Penajam office with its default scheme, as the corpus expects."""
    store = Store.open(folder / "corpus-office.db", auto_backup=False)
    ctx = factories.context(store, regions or RegionStore(), "corpus")
    OfficeService(ctx).save_office(factories.office())
    OfficeService(ctx).save_scheme(factories.scheme())
    return ctx


def score_files(specs: list[FileSpec], folder: Path, *, verbose: bool = False,
                ctx: Context | None = None) -> Score:
    ctx = ctx or office_context(folder)
    total = Score()
    for spec in specs:
        path, expected = build(spec, folder)
        preview = ImportService(ctx).analyse(path)
        score = judge(spec.name, preview, expected)
        if verbose:
            print(f"{spec.name} ({spec.fmt}, {len(spec.sheets)} sheet(s)): {score.right}/{score.total}")
            for mistake in score.mistakes:
                print("   ", mistake)
        total.add(score)
    return total
