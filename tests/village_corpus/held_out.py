"""Held-out village files: random layouts, defects and spellings the recogniser was not tuned on.

    .venv/bin/python -m tests.village_corpus.held_out [--seeds 1001-1005] [--keep DIR]

Each seed draws a file: format (.xlsx, or .xls/.ods through LibreOffice), title
rows, one sheet or one per kelurahan, column order, grouped headers, where the
desa is written, date and sex spellings, NIKs as text or numbers, defects, and
header spellings from ``held_out_spellings`` only (minus the ones seen once).
The score is printed, never asserted by the test suite: it is the figure for
files nobody tuned against.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

from tests.village_corpus.builder import Col, FileSpec, SheetSpec, Special, soffice
from tests.village_corpus.corpus import KOP, SIGNATURE, _rows
from tests.village_corpus.held_out_spellings import HELD_OUT_ONLY, HELD_OUT_QUESTIONS, HELD_OUT_SECOND, SEEN
from tests.village_corpus.people import VILLAGES, People

DEFECTS = ("missing_mother", "wage_earner", "dup", "two_phones", "nik_excel", "nik_sci", "too_old", "hidden",
           "phone_number", "bad_email", "income_huge", "income_half", "nik_invalid")
# Fields the held-out pools have no spelling for get a plain one.
PLAIN = {"rt_rw": "RT/RW", "sex_male": "L", "sex_female": "P", "kk_number": "NO. KK", "birth_place_date": "TTL"}


def _spelling(field: str, rng: random.Random) -> str:
    pool = [s for s in HELD_OUT_ONLY.get(field, ()) if s not in SEEN] + list(HELD_OUT_SECOND.get(field, ()))
    return rng.choice(pool) if pool else PLAIN.get(field, field.upper())


def _columns(rng: random.Random, village: bool, form: bool) -> list[Col]:
    fields = ["nik", "full_name"]
    fields += ["birth_place_date"] if rng.random() < 0.3 else ["birth_place", "birth_date"]
    fields += ["sex", "mother_name", "address"]
    fields += rng.choice([[], ["rt", "rw"], ["rt_rw"]])
    fields += ["village"] if village else []
    fields += ["occupation"] + (["phone"] if rng.random() < 0.8 else []) + (["income"] if rng.random() < 0.3 else [])
    fields += ["heir_name", "heir_relationship"] + (["note"] if rng.random() < 0.4 else [])
    if not form and rng.random() < 0.8:
        fields.insert(0, "row_number")
    for _ in range(2):                                  # a little disorder
        i = rng.randrange(1, len(fields) - 1)
        if {fields[i], fields[i + 1]} & {"nik", "row_number"} == set():
            fields[i], fields[i + 1] = fields[i + 1], fields[i]
    if form:
        return [Col("x:timestamp", "Timestamp")] + [Col(f, rng.choice(HELD_OUT_QUESTIONS[f]) if f in
                                                        HELD_OUT_QUESTIONS else _spelling(f, rng)) for f in fields]
    cols = [Col(f, _spelling(f, rng)) for f in fields]
    heirs = [i for i, f in enumerate(fields) if f in ("heir_name", "heir_relationship")]
    if rng.random() < 0.4 and heirs[1] - heirs[0] == 1:  # heirs grouped under one title (side by side)
        for col in cols:
            if col.field in ("heir_name", "heir_relationship"):
                col.group, col.header = "AHLI WARIS", "NAMA" if col.field == "heir_name" else "HUBUNGAN"
    return cols


def _sheet(rng: random.Random, people: People, name: str, mode: str, form: bool, code: str | None) -> SheetSpec:
    count = rng.randint(10, 18)
    defects = {i: rng.choice(DEFECTS) for i in rng.sample(range(count), k=count // 4)}
    if "nik_invalid" in defects.values() and rng.random() < 0.5:
        first = next(i for i, d in defects.items() if d == "nik_invalid")
        if first + 1 < count:
            defects[first + 1] = "nik_invalid_again"
    specials = {count: [Special("blank")] + [Special("signature", t) if t else Special("blank") for t in
                                             SIGNATURE]} if rng.random() < 0.6 and not form else {}
    rows = []
    if mode == "section":
        villages = rng.sample(list(VILLAGES), k=3)
        for n, village in enumerate(villages, 1):
            label = rng.choice((f"{n}. DESA {VILLAGES[village].upper()}", f"KELURAHAN {VILLAGES[village].upper()}",
                                VILLAGES[village].upper()))
            rows += [Special("section", label)] + _rows(people, count // 3, {k: v for k, v in defects.items()
                                                                              if k < count // 3 and v != "dup"},
                                                         village=village)
            rows.append(Special("total", "Jumlah"))
    else:
        rows = _rows(people, count, defects, village=code, specials=specials, upper=rng.random() < 0.4)
    titles = [] if form else rng.sample(KOP, k=rng.randint(0, 3)) + (
        [f"DAFTAR CALON PESERTA DESA {VILLAGES[code].upper()}"] if mode == "title" else
        ["DAFTAR NAMA PEKERJA RENTAN"] * (rng.random() < 0.7))
    return SheetSpec(name, _columns(rng, mode in ("column", "merged"), form), rows, titles=titles,
                     logo=not form and rng.random() < 0.3,
                     merge_header=mode == "merged" or (not form and rng.random() < 0.7),
                     number_row=not form and rng.random() < 0.4, village_mode=mode,
                     date_mode=rng.choice(("date", "dash", "slash2", "month", "abbr", "serial", "mixed", "dots")),
                     sex_mode=rng.choice(("lp", "words", "lkpr")), nik_mode="number" if rng.random() < 0.2 else "text",
                     seed=rng.randint(1, 10 ** 6))


def held_out(seed: int) -> FileSpec:
    rng = random.Random(seed)
    people = People(seed)
    fmt = rng.choice(("xlsx", "xlsx", "xls", "ods")) if soffice() else "xlsx"
    form = rng.random() < 0.2
    if not form and rng.random() < 0.3:
        codes = rng.sample(list(VILLAGES), k=rng.randint(2, 3))
        sheets = [_sheet(rng, people, VILLAGES[c].upper(), "sheet", False, c) for c in codes]
        if rng.random() < 0.5:
            sheets.append(SheetSpec("REKAP", [], [], kind="recap"))
        return FileSpec(f"held-out-{seed}", fmt, sheets)
    mode = "column" if form else rng.choice(("column", "column", "merged", "section", "title"))
    code = rng.choice(list(VILLAGES)) if mode == "title" else None
    name = "Form Responses 1" if form else rng.choice(("Sheet1", "DATA", "Daftar", "Peserta"))
    return FileSpec(f"held-out-{seed}", fmt, [_sheet(rng, people, name, mode, form, code)])


def main() -> int:
    from tests.village_corpus.run import score_files

    parser = argparse.ArgumentParser()
    parser.add_argument("--seeds", default="1001-1005")
    parser.add_argument("--keep", type=Path)
    args = parser.parse_args()
    low, _, high = args.seeds.partition("-")
    specs = [held_out(s) for s in range(int(low), int(high or low) + 1)]
    folder = args.keep or Path(tempfile.mkdtemp(prefix="held-out-"))
    folder.mkdir(parents=True, exist_ok=True)
    total = score_files(specs, folder, verbose=True)
    print(f"held-out: {total.right}/{total.total} rows judged right = {total.rate:.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
