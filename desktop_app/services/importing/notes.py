"""What the preview says about a table as a whole: nothing the file holds may go by unmentioned.

A required field with no column is one note (with how many rows it refuses);
columns recognised with low confidence, hidden columns and rows that were
read, formula columns whose saved results were used, and a mapping reused from
an earlier file are said once each.
"""

from __future__ import annotations

from desktop_app.i18n import QT_TRANSLATE_NOOP, tr, trn
from desktop_app.services.importing.fieldnames import field_label
from desktop_app.services.importing.layout import Table
from desktop_app.services.importing.preview import RowResult, TablePreview

N_MISSING = QT_TRANSLATE_NOOP("Import", "Kolom {field} belum dipilih: %n baris ditolak karena itu. Pilih kolom "
                              "yang berisi {field} (langkah Periksa kolom, atau --map KOLOM={key}).")
N_MISSING_NONE = QT_TRANSLATE_NOOP("Import", "Kolom {field} belum dipilih (--map KOLOM={key}).")
N_LOW = QT_TRANSLATE_NOOP("Import", "Kolom {columns} dikenali dengan keyakinan rendah; periksa pilihannya.")
N_HIDDEN_COLUMNS = QT_TRANSLATE_NOOP("Import", "Kolom {columns} disembunyikan di berkas; isinya tetap dibaca.")
N_HIDDEN_ROWS = QT_TRANSLATE_NOOP("Import", "%n baris disembunyikan di berkas; tetap dibaca dan ditandai.")
N_FORMULAS = QT_TRANSLATE_NOOP("Import", "Kolom {column} berisi rumus di %n sel; hasil yang tersimpan di berkas "
                               "yang dipakai.")
N_REMEMBERED = QT_TRANSLATE_NOOP("Import", "Pilihan kolom yang diingat dari {file} dipakai lagi (judul kolomnya "
                                 "sama).")


def static_notes(table: Table, preview: TablePreview) -> list[str]:
    """Notes known before any row is checked."""
    out = []
    if preview.remembered:
        out.append(tr(N_REMEMBERED, file=preview.remembered))
    low = [c.letter for c in table.columns if c.needs_confirmation]
    if low:
        out.append(tr(N_LOW, columns=", ".join(low)))
    hidden = [c.letter for c in table.columns if c.hidden and c.used]
    if hidden:
        out.append(tr(N_HIDDEN_COLUMNS, columns=", ".join(hidden)))
    formulas = table.sheet.formulas
    for column in (c for c in table.columns if c.used and formulas):
        count = sum(1 for (r, c), saved in formulas.items() if c == column.index and saved and r >= table.data_start)
        if count:
            out.append(trn(N_FORMULAS, count, column=column.letter))
    return out


def row_notes(preview: TablePreview, rows: list[RowResult], refused_for: dict[tuple[str, str], int]) -> list[str]:
    """Notes that need the rows: missing columns with the rows they refuse, hidden rows."""
    out = []
    for source in preview.missing:
        count = refused_for.get((preview.sheet, source), 0)
        label = field_label(source)
        if count:
            out.append(trn(N_MISSING, count, field=label, key=source))
        elif source in ("nik", "full_name"):
            out.append(tr(N_MISSING_NONE, field=label, key=source))
    hidden = sum(1 for r in rows if r.hidden)
    if hidden:
        out.append(trn(N_HIDDEN_ROWS, hidden))
    return out
