"""The importer on the corpus of village files (tests/village_corpus): every row judged right, no mapping."""

from __future__ import annotations

import pytest

from tests.village_corpus.builder import soffice
from tests.village_corpus.corpus import tuning
from tests.village_corpus.run import office_context, score_files


def _score(tmp_path, regions, formats):
    specs = [s for s in tuning() if s.fmt in formats]
    ctx = office_context(tmp_path, regions)
    try:
        return specs, score_files(specs, tmp_path, ctx=ctx)
    finally:
        ctx.store.close()


def test_corpus_has_at_least_ten_files_of_every_kind():
    specs = tuning()
    assert len(specs) >= 10 and {s.fmt for s in specs} == {"xlsx", "xls", "ods"}
    assert sum(len(s.sheets) for s in specs) > len(specs)                # one workbook has several sheets


def test_every_row_of_the_xlsx_corpus_is_judged_right(tmp_path, regions):
    specs, score = _score(tmp_path, regions, ("xlsx",))
    assert score.total > 100 and len(specs) >= 10
    assert score.mistakes == [] and score.rate == 1.0


@pytest.mark.skipif(soffice() is None, reason="LibreOffice (soffice) is not installed: the .xls and .ods files of "
                                              "the corpus cannot be made")
def test_every_row_of_the_libreoffice_corpus_is_judged_right(tmp_path, regions):
    specs, score = _score(tmp_path, regions, ("xls", "ods"))
    assert {s.fmt for s in specs} == {"xls", "ods"}
    assert score.mistakes == [] and score.rate == 1.0
