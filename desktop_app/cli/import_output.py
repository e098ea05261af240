"""The text output of ``lindungi import``: every sheet, column and row accounted for."""

from __future__ import annotations

from pathlib import Path

from desktop_app.services.importing.fieldnames import field_label, unused_reason
from desktop_app.services.importing.preview import NEW, ImportResult, status_label

LIMIT = 50


def _tables(preview) -> None:
    for table in preview.tables:
        where = f"judul kolom di baris {table.header_row}" if table.header_row else "tanpa baris judul kolom"
        print(f"\nSheet \"{table.sheet}\"{' (tersembunyi)' if table.hidden else ''}, {where}.")
        for c in table.columns:
            if c.used:
                flag = "  ← periksa (keyakinan rendah)" if c.needs_confirmation else ""
                print(f"  {c.letter:>3} {c.header[:38]:<38} → {field_label(c.field)} "
                      f"({c.confidence:.0%}, {c.source}){flag}")
        for c in table.unused:
            print(f"  {c.letter:>3} {c.header[:38]:<38} × tidak dipakai: {unused_reason(c)}")
        if table.village_source in ("title", "sheet"):
            print(f"  Desa dari {'judul berkas' if table.village_source == 'title' else 'nama sheet'}: "
                  f"{table.village}")
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
        print(f"  … dan {len(rows) - LIMIT} baris lagi (lihat --report atau --json).")


def print_preview(result: ImportResult, report: Path | None = None) -> None:
    preview = result.preview
    data = result.as_dict()
    verb = "akan diimpor (uji coba, tidak ada yang disimpan)" if result.dry_run else "diimpor"
    print(f"{preview.path.name}: {len(preview.tables)} sheet dibaca.")
    for note in preview.notes:
        print(f"  ! {note}")
    _tables(preview)
    for sheet, why in preview.unread:
        print(f"\nSheet \"{sheet}\" tidak dibaca: {why}")
    if preview.earlier_batches:
        print(f"\nBerkas yang sama pernah diimpor ke batch {', '.join(map(str, preview.earlier_batches))}.")
    print(f"\nBaris data: {data['rows']}  {verb}: {data['imported']}  ditolak: {data['rejected']}  "
          f"ganda: {data['duplicates']}  dilewati: {data['skipped']}  (baris kosong: {data['blank']})")
    if result.batch_id:
        print(f"Batch draf baru: {result.batch_id}")
    _rows(preview.not_imported(), "Tidak diimpor", lambda r: " ".join(r.reasons))
    _rows([r for r in preview.rows if r.status == NEW and r.warnings], "Diimpor dengan peringatan",
          lambda r: " ".join(r.warnings))
    if report:
        print(f"\nLaporan baris yang tidak diimpor: {report}")
