"""The text output of ``lindungi import``: every sheet, column and row accounted for."""

from __future__ import annotations

from pathlib import Path

from desktop_app.i18n import QT_TRANSLATE_NOOP, tr, trn
from desktop_app.services.importing.fieldnames import field_label, unused_reason
from desktop_app.services.importing.preview import NEW, ImportResult, status_label

LIMIT = 50
M_HEADER_AT = QT_TRANSLATE_NOOP("CliImport", "judul kolom di baris {row}")
M_NO_HEADER = QT_TRANSLATE_NOOP("CliImport", "tanpa baris judul kolom")
M_HIDDEN = QT_TRANSLATE_NOOP("CliImport", " (tersembunyi)")
M_SHEET = QT_TRANSLATE_NOOP("CliImport", 'Sheet "{sheet}"{hidden}, {where}.')
M_CHECK = QT_TRANSLATE_NOOP("CliImport", "  ← periksa (keyakinan rendah)")
M_UNUSED = QT_TRANSLATE_NOOP("CliImport", "tidak dipakai: {why}")
M_VILLAGE_TITLE = QT_TRANSLATE_NOOP("CliImport", "Desa dari judul berkas: {village}")
M_VILLAGE_SHEET = QT_TRANSLATE_NOOP("CliImport", "Desa dari nama sheet: {village}")
M_MORE = QT_TRANSLATE_NOOP("CliImport", "… dan %n baris lagi (lihat --report atau --json).")
M_WOULD = QT_TRANSLATE_NOOP("CliImport", "akan diimpor (uji coba, tidak ada yang disimpan)")
M_DID = QT_TRANSLATE_NOOP("CliImport", "diimpor")
M_SHEETS_READ = QT_TRANSLATE_NOOP("CliImport", "{file}: %n sheet dibaca.")
M_UNREAD = QT_TRANSLATE_NOOP("CliImport", 'Sheet "{sheet}" tidak dibaca: {why}')
M_EARLIER = QT_TRANSLATE_NOOP("CliImport", "Berkas yang sama pernah diimpor ke batch {ids}.")
M_COUNTS = QT_TRANSLATE_NOOP("CliImport", "Baris data: {rows}  {verb}: {imported}  ditolak: {rejected}  ganda: "
                             "{duplicates}  dilewati: {skipped}  (baris kosong: {blank})")
M_BATCH = QT_TRANSLATE_NOOP("CliImport", "Batch draf baru: {id}")
M_NOT_IMPORTED = QT_TRANSLATE_NOOP("CliImport", "Tidak diimpor")
M_WARNED = QT_TRANSLATE_NOOP("CliImport", "Diimpor dengan peringatan")
M_REPORT = QT_TRANSLATE_NOOP("CliImport", "Laporan baris yang tidak diimpor: {path}")


def _tables(preview) -> None:
    for table in preview.tables:
        where = tr(M_HEADER_AT, row=table.header_row) if table.header_row \
            else tr(M_NO_HEADER)
        hidden = tr(M_HIDDEN) if table.hidden else ""
        print("\n" + tr(M_SHEET, sheet=table.sheet, hidden=hidden, where=where))
        for c in table.columns:
            if c.used:
                flag = tr(M_CHECK) if c.needs_confirmation else ""
                print(f"  {c.letter:>3} {c.header[:38]:<38} → {field_label(c.field)} "
                      f"({c.confidence:.0%}, {c.source}){flag}")
        for c in table.unused:
            print(f"  {c.letter:>3} {c.header[:38]:<38} × " + tr(M_UNUSED, why=unused_reason(c)))
        if table.village_source == "title":
            print("  " + tr(M_VILLAGE_TITLE, village=table.village))
        elif table.village_source == "sheet":
            print("  " + tr(M_VILLAGE_SHEET, village=table.village))
        for note in table.notes:
            print(f"  ! {note}")


def _rows(rows, title: str, text) -> None:
    if not rows:
        return
    print(f"\n{title}:")
    for r in rows[:LIMIT]:
        where = f"{r.sheet}!{r.row}" if r.sheet else str(r.row)
        print(f"  {where:>12}  {status_label(r.status):<16} {text(r)}")
    if len(rows) > LIMIT:
        print("  " + trn(M_MORE, len(rows) - LIMIT))


def print_preview(result: ImportResult, report: Path | None = None) -> None:
    preview = result.preview
    data = result.as_dict()
    verb = tr(M_WOULD) if result.dry_run else tr(M_DID)
    print(trn(M_SHEETS_READ, len(preview.tables), file=preview.path.name))
    for note in preview.notes:
        print(f"  ! {note}")
    _tables(preview)
    for sheet, why in preview.unread:
        print("\n" + tr(M_UNREAD, sheet=sheet, why=why))
    if preview.earlier_batches:
        print("\n" + tr(M_EARLIER,
                        ids=", ".join(map(str, preview.earlier_batches))))
    print("\n" + tr(M_COUNTS, verb=verb,
                    **{k: data[k] for k in ("rows", "imported", "rejected", "duplicates", "skipped", "blank")}))
    if result.batch_id:
        print(tr(M_BATCH, id=result.batch_id))
    _rows(preview.not_imported(), tr(M_NOT_IMPORTED), lambda r: " ".join(r.reasons))
    _rows([r for r in preview.rows if r.status == NEW and r.warnings], tr(M_WARNED),
          lambda r: " ".join(r.warnings))
    if report:
        print("\n" + tr(M_REPORT, path=report))
