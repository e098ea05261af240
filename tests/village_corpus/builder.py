"""Write a village file the way offices make them: openpyxl with letterheads, a logo, merged and grouped
headers, styles, hidden rows and columns; LibreOffice converts to .xls/.ods.

A ``FileSpec`` holds sheets; a ``SheetSpec`` holds columns and rows (people with
an optional defect, or the rows lists carry: sections, totals, signatures,
notes, blank rows, repeated headers). ``build`` writes the file and returns what
each (sheet, Excel row) must become: its status and, for a new row, its values.
"""

from __future__ import annotations

import io
import random
import shutil
import subprocess
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from tests.village_corpus.people import WAGE_EARNERS, Person

NEW, DUP_FILE, REJECTED, SKIPPED, BLANK = "new", "duplicate_in_file", "rejected", "skipped", None
DATE_WORDS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
              "November", "Desember")
DATE_ABBR = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agt", "Sep", "Okt", "Nop", "Des")
EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_THIN = Side(style="thin")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


@dataclass
class Col:
    field: str                 # import field, or "x:…" for a column the import does not use
    header: str
    group: str = ""            # group title above it (two-row headers)


@dataclass
class PersonRow:
    person: Person
    defect: str = ""


@dataclass
class Special:
    kind: str                  # section | total | signature | note | blank | repeat_header
    text: str = ""


@dataclass
class SheetSpec:
    name: str
    columns: list[Col]
    rows: list
    titles: list[str] = field(default_factory=list)
    logo: bool = False
    merge_header: bool = True
    number_row: bool = False
    village_mode: str = "column"          # column | merged | section | title | sheet
    date_mode: str = "date"               # date | dash | slash2 | month | abbr | serial | iso | english | mixed
    sex_mode: str = "lp"                  # lp | words | lkpr | marks
    nik_mode: str = "text"                # text | number
    hidden_cols: tuple[int, ...] = ()
    kind: str = "persons"                 # persons | recap | instructions | empty
    seed: int = 0


@dataclass
class FileSpec:
    name: str
    fmt: str                              # xlsx | xls | ods
    sheets: list[SheetSpec]


@dataclass
class Expect:
    status: str | None
    values: dict | None = None


def _date_text(day: date, mode: str, rng: random.Random) -> object:
    if mode == "mixed":
        mode = rng.choice(("date", "dash", "slash2", "month", "abbr", "serial", "dots"))
    return {
        "date": day, "iso": day.isoformat(), "dash": day.strftime("%d-%m-%Y"), "dots": day.strftime("%d.%m.%Y"),
        "slash2": f"{day.day}/{day.month}/{day.year % 100:02d}", "month": f"{day.day} {DATE_WORDS[day.month - 1]} "
        f"{day.year}", "abbr": f"{day.day} {DATE_ABBR[day.month - 1]} {day.year}",
        "serial": (day - date(1899, 12, 30)).days, "english": f"{day.day} {EN_MONTHS[day.month - 1]} {day.year}",
    }[mode]


def _place_date(p: Person, mode: str, rng: random.Random) -> str:
    if mode in ("mixed", "date", "serial"):
        mode = rng.choice(("dash", "slash2", "month", "abbr", "dots"))
    when = _date_text(p.birth, mode, rng)
    sep = rng.choice((", ", ",", " / ", "/", " - ", " "))
    return f"{p.place}{sep}{when}"


def _sex(p: Person, mode: str) -> str:
    return {"lp": p.sex, "words": "Laki-laki" if p.sex == "L" else "Perempuan",
            "lkpr": "LK" if p.sex == "L" else "PR"}.get(mode, p.sex)


def _nik(p: Person, sheet: SheetSpec, defect: str) -> object:
    if defect == "nik_excel":
        return float(f"{int(p.nik):.14e}")
    if defect == "nik_sci":
        return f"{p.nik[0]},{p.nik[1:6]}E+15"
    if defect in ("nik_invalid", "nik_invalid_again"):
        return p.nik[:8] + "13" + p.nik[10:]                       # month 13
    if sheet.nik_mode == "number" or defect == "nik_number":
        return int(p.nik)
    return p.nik


def cell_value(col: Col, row: PersonRow, sheet: SheetSpec, rng: random.Random) -> object:
    p, defect, f = row.person, row.defect, col.field
    values = {
        "row_number": None, "nik": _nik(p, sheet, defect), "full_name": p.name, "birth_place": p.place,
        "birth_date": _date_text(p.birth, sheet.date_mode, rng), "birth_place_date": _place_date(p, sheet.date_mode,
                                                                                                  rng),
        "sex": _sex(p, sheet.sex_mode), "sex_male": "√" if p.sex == "L" else None,
        "sex_female": "√" if p.sex == "P" else None, "mother_name": "" if defect == "missing_mother" else p.mother,
        "kk_number": p.kk, "address": p.address, "rt": p.rt, "rw": f"{p.rw:03d}", "rt_rw": f"{p.rt:03d}/{p.rw:03d}",
        "village": _village(p, defect, rng), "occupation": _occupation(p, defect),
        "phone": _phone(p, defect), "heir_name": p.heir, "heir_relationship": p.relation,
        "income": {"income_huge": 1e30, "income_half": 0.5}.get(defect, p.income), "email": _email(p, defect),
        "note": "", "heir_phone": "",
    }
    if f.startswith("x:"):
        return rng.choice(("ada", "", "-", "ok")) if f != "x:timestamp" else datetime(2026, 8, 1, 9, 0) + \
            timedelta(minutes=rng.randint(0, 9000))
    return values[f]


def _village(p: Person, defect: str, rng: random.Random) -> str:
    if defect == "unknown_village":
        return "Atlantis"
    kind = "Kel." if p.village_code[9] == "1" else "Desa"
    return rng.choice((p.village, p.village.upper(), f"{kind} {p.village}", p.village_code, p.village))


def _occupation(p: Person, defect: str) -> str:
    if defect == "wage_earner":
        return WAGE_EARNERS[int(p.nik[-2:]) % len(WAGE_EARNERS)]
    return p.occupation


def _phone(p: Person, defect: str) -> object:
    if defect == "two_phones":
        return f"{p.phone} / 0813{p.phone[-8:]}"
    if defect == "phone_number":
        return int(p.phone)
    return p.phone


def _email(p: Person, defect: str) -> str:
    if defect == "bad_email":
        return "siti(at)gmail"
    return p.name.lower().replace(" ", ".").replace("'", "") + "@gmail.com"


def _expect(row: PersonRow, sheet: SheetSpec, first_of: dict[str, int], excel_row: int) -> Expect:
    p, defect = row.person, row.defect
    if defect in ("nik_excel", "nik_sci", "nik_invalid", "nik_invalid_again", "missing_mother", "wage_earner",
                  "too_old", "unknown_village", "formula_name"):
        return Expect(REJECTED)
    key = (sheet.name, p.nik)
    if defect == "dup" or (key in first_of and first_of[key] != excel_row):
        return Expect(DUP_FILE)
    first_of.setdefault(key, excel_row)
    values = p.expect()
    if not any(c.field == "heir_relationship" for c in sheet.columns):
        values.pop("heir_relationship")
    return Expect(NEW, values)


def _logo() -> io.BytesIO:
    from PIL import Image as PilImage

    buffer = io.BytesIO()
    PilImage.new("RGB", (60, 60), (30, 90, 160)).save(buffer, "PNG")
    buffer.seek(0)
    return buffer


class _SheetWriter:
    def __init__(self, ws, spec: SheetSpec, rng: random.Random) -> None:
        self.ws, self.spec, self.rng = ws, spec, rng
        self.width = len(spec.columns)
        self.row = 1

    def put(self, values: list, bold: bool = False, box: bool = True) -> int:
        for c, value in enumerate(values, 1):
            if value is None or value == "":
                if box:
                    self.ws.cell(self.row, c).border = _BOX
                continue
            cell = self.ws.cell(self.row, c, value)
            if box:
                cell.border = _BOX
            if bold:
                cell.font = Font(bold=True)
                cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
                cell.fill = PatternFill("solid", fgColor="D9E1F2")
            if isinstance(value, (date, datetime)):
                cell.number_format = "DD/MM/YYYY"
            elif isinstance(value, str) and value.isdigit() and len(value) >= 10:
                cell.number_format = "@"
            elif isinstance(value, float) and value > 1e14:
                cell.number_format = "0"
        self.row += 1
        return self.row - 1

    def titles(self) -> None:
        if self.spec.logo:
            from openpyxl.drawing.image import Image

            self.ws.add_image(Image(_logo()), "A1")
        for text in self.spec.titles:
            cell = self.ws.cell(self.row, 1 + (2 if self.spec.logo else 0), text)
            cell.font = Font(bold=True, size=12)
            if self.spec.merge_header:
                self.ws.merge_cells(start_row=self.row, start_column=cell.column, end_row=self.row,
                                    end_column=max(self.width, cell.column))
            self.row += 1
        if self.spec.titles or self.spec.logo:
            self.row += 1

    def header(self) -> int:
        cols = self.spec.columns
        if not any(c.group for c in cols):
            return self.put([c.header for c in cols], bold=True)
        top = self.row
        upper, seen = [], set()
        for c in cols:
            upper.append(c.group if c.group and c.group not in seen else ("" if c.group else c.header))
            seen.add(c.group)
        self.put(upper, bold=True)
        self.put([c.header if c.group else "" for c in cols], bold=True)
        if self.spec.merge_header:
            self._merge_header(top)
        return top + 1

    def _merge_header(self, top: int) -> None:
        cols, c = self.spec.columns, 0
        while c < len(cols):
            if not cols[c].group:
                self.ws.merge_cells(start_row=top, start_column=c + 1, end_row=top + 1, end_column=c + 1)
                c += 1
                continue
            end = c
            while end + 1 < len(cols) and cols[end + 1].group == cols[c].group:
                end += 1
            if end > c:
                self.ws.merge_cells(start_row=top, start_column=c + 1, end_row=top, end_column=end + 1)
            c = end + 1


def _special(writer: _SheetWriter, spec: SheetSpec, row: Special, header_row: int) -> int:
    width = writer.width
    name_col = next((i for i, c in enumerate(spec.columns) if c.field == "full_name"), 1)
    if row.kind == "blank":
        writer.row += 1
        return writer.row - 1
    if row.kind == "repeat_header":
        return writer.put([writer.ws.cell(header_row, c + 1).value for c in range(width)], bold=True)
    values: list = [None] * width
    if row.kind == "section":
        values[0] = row.text
        at = writer.put(values, bold=True)
        if spec.merge_header:
            writer.ws.merge_cells(start_row=at, start_column=1, end_row=at, end_column=width)
        return at
    if row.kind == "total":
        values[name_col] = row.text or "JUMLAH"
        values[-1] = int(writer.rng.randint(3, 12))
        return writer.put(values, bold=True)
    values[max(name_col, 1)] = row.text
    return writer.put(values, box=False)


def write_sheet(ws, spec: SheetSpec) -> dict[tuple[str, int], Expect]:
    rng = random.Random(spec.seed)
    writer = _SheetWriter(ws, spec, rng)
    out: dict[tuple[str, int], Expect] = {}
    if spec.kind != "persons":
        _other_sheet(ws, spec)
        return out
    writer.titles()
    header_row = writer.header()
    if spec.number_row:
        at = writer.put([f"({i})" if spec.seed % 2 else i for i in range(1, writer.width + 1)])
        out[(spec.name, at)] = Expect(SKIPPED)
    first_of: dict = {}
    n = 0
    runs: list[list] = []                 # [first row, last row, village] of merged desa cells
    for row in spec.rows:
        if isinstance(row, Special):
            at = _special(writer, spec, row, header_row)
            out[(spec.name, at)] = Expect(BLANK if row.kind == "blank" else SKIPPED)
            runs.append([0, 0, None])
            continue
        n += 1
        values = []
        for col in spec.columns:
            value = n if col.field == "row_number" else cell_value(col, row, spec, rng)
            if col.field == "village" and spec.village_mode == "merged":
                if runs and runs[-1][2] == row.person.village_code:
                    value, runs[-1][1] = None, writer.row
                else:
                    runs.append([writer.row, writer.row, row.person.village_code])
            values.append(value)
        at = writer.put(values)
        _cell_defects(ws, spec, row, at)
        out[(spec.name, at)] = _expect(row, spec, first_of, at)
    if spec.village_mode == "merged" and spec.merge_header:
        col = next(i for i, c in enumerate(spec.columns) if c.field == "village") + 1
        for first, last, _code in runs:
            if last > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
    for index in spec.hidden_cols:
        from openpyxl.utils import get_column_letter

        ws.column_dimensions[get_column_letter(index + 1)].hidden = True
    return out


def _cell_defects(ws, spec: SheetSpec, row: PersonRow, at: int) -> None:
    if row.defect == "hidden":
        ws.row_dimensions[at].hidden = True
    if row.defect == "formula_name":
        col = next(i for i, c in enumerate(spec.columns) if c.field == "full_name") + 1
        ws.cell(at, col).value = f"=PROPER(X{at})"


def _other_sheet(ws, spec: SheetSpec) -> None:
    if spec.kind == "recap":
        ws.append(["REKAPITULASI CALON PESERTA PER DESA"])
        ws.append([])
        ws.append(["NO", "DESA/KELURAHAN", "L", "P", "JUMLAH"])
        for i, name in enumerate(("Nenang", "Sepan", "Riko"), 1):
            ws.append([i, name, 3 + i, 2 + i, 5 + 2 * i])
        ws.append(["", "JUMLAH", 15, 12, 27])
    elif spec.kind == "instructions":
        for line in ("PETUNJUK PENGISIAN", "1. NIK diketik sebagai teks (format sel Text), 16 angka sesuai KTP.",
                     "2. Tanggal lahir ditulis hari-bulan-tahun, misalnya 17-08-1990.",
                     "3. Nama ibu kandung wajib diisi karena dipakai BPJS untuk verifikasi.",
                     "4. Satu baris untuk satu orang; jangan menggabungkan sel di kolom NIK."):
            ws.append([line])


def build(spec: FileSpec, folder: Path) -> tuple[Path, dict[tuple[str, int], Expect]]:
    """Write ``spec`` into ``folder``; returns the file and what each row must become."""
    wb = Workbook()
    wb.remove(wb.active)
    expected: dict[tuple[str, int], Expect] = {}
    for sheet in spec.sheets:
        expected.update(write_sheet(wb.create_sheet(sheet.name), sheet))
    source = folder / f"{spec.name}.xlsx"
    wb.save(source)
    if spec.fmt == "xlsx":
        return source, expected
    return convert(source, spec.fmt, folder), expected


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert(source: Path, fmt: str, folder: Path) -> Path:
    """LibreOffice (headless) saves ``source`` as .xls or .ods next to it."""
    binary = soffice()
    if binary is None:
        raise RuntimeError("LibreOffice (soffice) is not installed")
    out = folder / fmt
    out.mkdir(exist_ok=True)
    filters = {"xls": "xls:MS Excel 97", "ods": "ods"}
    subprocess.run([binary, f"-env:UserInstallation=file://{folder}/lo-profile", "--headless", "--convert-to",
                    filters[fmt], "--outdir", str(out), str(source)], check=True, capture_output=True, timeout=240)
    return out / f"{source.stem}.{fmt}"
