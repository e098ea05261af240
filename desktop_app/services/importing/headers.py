"""Find the header row of a village list and map its columns to registration fields.

Headers are matched after normalising (upper case, punctuation and bracketed
remarks dropped): ``No. KTP`` and ``NO KTP`` are the same header. A header can
span two rows (a merged "AHLI WARIS" over "NAMA" and "HUBUNGAN"); both the
one-row and the two-row reading are scored and the better one wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop_app.formats.cells import column_letter

IGNORE = ""
_SYNONYMS = {
    "row_number": ("NO", "NO URUT", "NOMOR URUT", "NOMOR", "NO URT"),
    "nik": ("NIK", "NO NIK", "NOMOR NIK", "NO KTP", "NOMOR KTP", "NIK KTP", "NO INDUK KEPENDUDUKAN",
            "NOMOR INDUK KEPENDUDUKAN", "NIK PESERTA", "NO NIK KTP", "NO IDENTITAS", "NOMOR IDENTITAS"),
    "full_name": ("NAMA", "NAMA LENGKAP", "NAMA PESERTA", "NAMA SESUAI KTP", "NAMA PEKERJA", "NAMA TENAGA KERJA",
                  "NAMA LENGKAP SESUAI KTP", "NAMA CALON PESERTA"),
    "birth_place": ("TEMPAT LAHIR", "TMP LAHIR", "TPT LAHIR", "TEMPAT LHR", "TMPT LAHIR"),
    "birth_date": ("TGL LAHIR", "TANGGAL LAHIR", "TGL LHR", "TANGGAL LHR", "TGL LAHIR DD MM YYYY"),
    "birth_place_date": ("TEMPAT TANGGAL LAHIR", "TEMPAT TGL LAHIR", "TTL", "TEMPAT DAN TANGGAL LAHIR",
                         "TMP TGL LAHIR"),
    "sex": ("L P", "LP", "JK", "JENIS KELAMIN", "KELAMIN", "GENDER", "SEX", "JNS KELAMIN", "JENIS KELAMIN L P"),
    "sex_male": ("JENIS KELAMIN L", "JK L", "LAKI LAKI", "L"),
    "sex_female": ("JENIS KELAMIN P", "JK P", "PEREMPUAN", "P"),
    "mother_name": ("IBU KANDUNG", "NAMA IBU KANDUNG", "NAMA IBU", "NAMA GADIS IBU KANDUNG", "NAMA IBU KDG"),
    "kk_number": ("NO KK", "NOMOR KK", "KK", "NO KARTU KELUARGA", "NOMOR KARTU KELUARGA", "NKK"),
    "marital_status": ("STATUS PERKAWINAN", "STATUS KAWIN", "STATUS PERNIKAHAN", "PERKAWINAN"),
    "address": ("ALAMAT", "ALAMAT LENGKAP", "ALAMAT DOMISILI", "ALAMAT RUMAH", "ALAMAT SESUAI KTP", "DUSUN",
                "JALAN"),
    "rt": ("RT",),
    "rw": ("RW",),
    "rt_rw": ("RT RW", "RT RW DUSUN"),
    "village": ("DESA", "KELURAHAN", "DESA KELURAHAN", "DESA KEL", "KEL DESA", "KELURAHAN DESA", "NAMA DESA",
                "KODE DESA", "DESA KELURAHAN KODE"),
    "district": ("KECAMATAN", "KEC", "NAMA KECAMATAN"),
    "phone": ("HP", "NO HP", "NOMOR HP", "NO TELP", "NO TELEPON", "NOMOR TELEPON", "TELP", "TELEPON", "NO HP WA",
              "NO WA", "WA", "KONTAK", "NO HANDPHONE", "HANDPHONE", "NO TLP", "NO HP TELP", "NOMOR HANDPHONE"),
    "email": ("EMAIL", "E MAIL", "ALAMAT EMAIL", "ALAMAT E MAIL"),
    "occupation": ("PEKERJAAN", "JENIS PEKERJAAN", "PROFESI", "MATA PENCAHARIAN", "PEKERJAAN SESUAI KTP"),
    "income": ("PENGHASILAN", "PENDAPATAN", "PENGHASILAN PER BULAN", "PENGHASILAN BULAN", "PENDAPATAN PER BULAN",
               "UPAH", "PENGHASILAN RP"),
    "heir_name": ("AHLI WARIS", "NAMA AHLI WARIS", "AHLI WARIS NAMA"),
    "heir_relationship": ("HUBUNGAN", "HUBUNGAN KELUARGA", "HUBUNGAN AHLI WARIS", "AHLI WARIS HUBUNGAN", "HUB",
                          "HUBUNGAN DENGAN PESERTA", "AHLI WARIS HUBUNGAN KELUARGA", "STATUS HUBUNGAN"),
    "heir_nik": ("NIK AHLI WARIS", "AHLI WARIS NIK", "NO KTP AHLI WARIS"),
    "heir_phone": ("HP AHLI WARIS", "NO HP AHLI WARIS", "AHLI WARIS HP", "AHLI WARIS NO HP", "TELP AHLI WARIS"),
    "kpj": ("KPJ", "NO KPJ", "NOMOR KPJ", "NO KARTU", "NOMOR KARTU PESERTA", "NO PESERTA", "NOMOR PESERTA"),
    "status": ("STATUS", "HASIL", "STATUS PENDAFTARAN", "STATUS KEPESERTAAN", "HASIL VERIFIKASI", "STATUS VERIFIKASI"),
    "reason": ("ALASAN", "KETERANGAN PENOLAKAN", "ALASAN DITOLAK", "ALASAN PENOLAKAN", "CATATAN BPJS"),
    "note": ("KETERANGAN", "KET", "CATATAN"),
}
ALIASES: dict[str, str] = {h: key for key, headers in _SYNONYMS.items() for h in headers}
FIELD_KEYS = tuple(_SYNONYMS)
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_NON_WORD = re.compile(r"[^0-9A-Z]+")
_DATA_LIKE = re.compile(r"^[\d\s.\-/']{6,}$")
SCAN_ROWS = 40


def normalize_header(value: object) -> str:
    """``"No. KTP (16 digit)"`` → ``"NO KTP"``."""
    text = _BRACKETS.sub(" ", str(value or "").upper())
    return " ".join(_NON_WORD.sub(" ", text).split())


@dataclass
class ColumnMapping:
    """One column: its letter, header text as written, and the field it feeds."""

    index: int
    header: str
    field: str = IGNORE
    source: str = "auto"        # "auto" (built-in), "learned" (remembered), "user" (chosen now)

    @property
    def letter(self) -> str:
        return column_letter(self.index)

    def as_dict(self) -> dict:
        return {"column": self.letter, "index": self.index, "header": self.header, "field": self.field,
                "source": self.source}


@dataclass
class HeaderGuess:
    row: int                    # 0-based index of the (last) header row
    first_row: int              # 0-based index of the first header row (row - 1 for two-row headers)
    columns: list[ColumnMapping]

    @property
    def fields(self) -> dict[str, int]:
        return {c.field: c.index for c in self.columns if c.field}


def field_for(header: str, learned: dict[str, str] | None = None) -> tuple[str, str]:
    """(field, source) for a normalised header text."""
    if learned and header in learned:
        return learned[header], "learned"
    return ALIASES.get(header, IGNORE), "auto"


def _text(row: list, c: int) -> str:
    value = row[c] if c < len(row) else ""
    return value.strip() if isinstance(value, str) else ""


def _merged_value(rows: list[list], merged: list, r: int, c: int) -> str:
    for (r0, c0), (r1, c1) in merged:
        if r0 <= r <= r1 and c0 <= c <= c1:
            return _text(rows[r0], c0)
    return _text(rows[r], c)


def _columns(texts: list[str], learned: dict[str, str] | None) -> list[ColumnMapping]:
    out, taken = [], set()
    for i, text in enumerate(texts):
        field, source = field_for(normalize_header(text), learned)
        if field in taken and field not in ("row_number", IGNORE):
            field, source = IGNORE, "auto"
        taken.add(field)
        out.append(ColumnMapping(i, text, field, source))
    return out


def _score(columns: list[ColumnMapping]) -> int:
    fields = {c.field for c in columns if c.field and c.field != "row_number"}
    if "nik" not in fields:
        return 0
    return len(fields) + (3 if "full_name" in fields else 0)


def _two_row_texts(rows: list[list], merged: list, r: int, width: int) -> list[str] | None:
    below = rows[r + 1] if r + 1 < len(rows) else []
    subs = [_text(below, c) for c in range(width)]
    if not any(subs) or any(_DATA_LIKE.match(str(v)) for v in below if v not in ("", None)):
        return None
    return [" ".join(p for p in (_merged_value(rows, merged, r, c), subs[c]) if p) for c in range(width)]


def find_header(rows: list[list], merged: list | None = None, learned: dict[str, str] | None = None,
                scan: int = SCAN_ROWS) -> HeaderGuess | None:
    """The best header among the first ``scan`` rows (needs at least a NIK column), or None."""
    merged = merged or []
    width = max((len(r) for r in rows[:scan + 1]), default=0)
    best: tuple[int, HeaderGuess] | None = None
    for r in range(min(scan, len(rows))):
        texts = [_merged_value(rows, merged, r, c) for c in range(width)]
        if sum(1 for t in texts if t) < 2:
            continue
        candidates = [HeaderGuess(r, r, _columns(texts, learned))]
        two = _two_row_texts(rows, merged, r, width)
        if two:
            candidates.append(HeaderGuess(r + 1, r, _columns(two, learned)))
        for guess in candidates:
            score = _score(guess.columns)
            if score and (best is None or score > best[0]):
                best = (score, guess)
    return best[1] if best else None


def apply_overrides(columns: list[ColumnMapping], overrides: dict[int, str]) -> list[ColumnMapping]:
    """The user's choices win; a field chosen for one column is taken from any other."""
    chosen = {f for f in overrides.values() if f}
    out = []
    for col in columns:
        if col.index in overrides:
            out.append(ColumnMapping(col.index, col.header, overrides[col.index], "user"))
        elif col.field in chosen:
            out.append(ColumnMapping(col.index, col.header, IGNORE, "user"))
        else:
            out.append(col)
    return out
