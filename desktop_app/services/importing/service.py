"""Import a village list: analyse (preview, nothing written), then commit in one transaction.

``analyse`` reads the workbook once (its SHA-256 from the same bytes), finds the
person table on every sheet that has one (``layout``), maps the columns
(header words and values, then what the office taught it, then the user's
choices), and gives every row one status: new, duplicate of an existing
registration, duplicate of an earlier row, rejected (why, and what to fix) or
skipped (what it is: section, total, signature…). Unused columns and unread
sheets are listed with why. ``commit`` writes the new rows and a draft batch
holding them, all or nothing; importing the same file again finds everyone
already registered and creates nobody twice.
"""

from __future__ import annotations

import logging
from pathlib import Path

from desktop_app.domain.batch import BatchKind
from desktop_app.domain.dates import now_local
from desktop_app.domain.nik import mask_nik
from desktop_app.errors import UserError
from desktop_app.formats.xlsx_reader import Workbook, read_workbook
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr
from desktop_app.services.context import Context
from desktop_app.services.importing.headers import normalize_header
from desktop_app.services.importing.layout import Context as LayoutContext
from desktop_app.services.importing.layout import Table, find_table
from desktop_app.services.importing.memory import LEARNED_KEY, MappingMemory
from desktop_app.services.importing.notes import row_notes, static_notes
from desktop_app.services.importing.places import VillageResolver
from desktop_app.services.importing.preview import ImportPreview, ImportResult, RowResult, TablePreview
from desktop_app.services.importing.rows import Defaults, RowBuilder
from desktop_app.services.importing.settle import COLUMN_ORDER, Settler
from desktop_app.services.importing.sheets import N_HIDDEN_SHEET, U_NOT_CHOSEN, data_rows, has_values, why_not
from desktop_app.services.importing.tablerows import Pending, TableRows, carry_merged_down
from desktop_app.services.jobs import NO_JOB, Job
from desktop_app.services.registry import RegistryService
from desktop_app.services.roles import require
from desktop_app.storage.codec import registration_snapshot

log = logging.getLogger(__name__)
__all__ = ["LEARNED_KEY", "ImportService"]

M_NO_OFFICE = QT_TRANSLATE_NOOP("Import", "Profil kantor belum diisi; isi dulu di Pengaturan agar desa dapat dikenali.")
M_NO_SCHEME = QT_TRANSLATE_NOOP("Import", "Skema {id} tidak ditemukan atau tidak aktif.")
M_EMPTY = QT_TRANSLATE_NOOP("Import", "Berkas {name} tidak berisi data di sheet mana pun.")
M_CHANGED = QT_TRANSLATE_NOOP("Import", "Data berubah sejak pratinjau: {count} NIK kini sudah terdaftar. Tidak ada "
                                        "yang diimpor; analisis ulang berkasnya.")
M_BAD_VILLAGE = QT_TRANSLATE_NOOP("Import", "Desa untuk seluruh berkas tidak dikenali: {detail}")
M_NOTHING_RECOGNISED = QT_TRANSLATE_NOOP("Import", "Tidak ada sheet dengan judul kolom daftar peserta yang dikenali; "
                                         "sheet \"{sheet}\" dibaca. Pilih sendiri isi setiap kolom.")
M_TOO_MANY_ROWS = QT_TRANSLATE_NOOP("Import", "Berkas {name} berisi {count} baris data; satu impor paling banyak "
                                    "{limit} baris. Pecah daftarnya menjadi beberapa berkas.")
M_BATCH_TITLE = QT_TRANSLATE_NOOP("Import", "Impor {file}")
M_AUDIT_NOTE = QT_TRANSLATE_NOOP("Import", "impor {file} baris {row}")
M_AUDIT_NOTE_SHEET = QT_TRANSLATE_NOOP("Import", "impor {file} sheet {sheet} baris {row}")
M_STEP_READ = QT_TRANSLATE_NOOP("Import", "Membaca berkas…")
M_STEP_CHECK = QT_TRANSLATE_NOOP("Import", "Memeriksa baris…")
M_STEP_SAVE = QT_TRANSLATE_NOOP("Import", "Menyimpan peserta…")

Overrides = dict[str, dict[int, str]]      # sheet ("" = every sheet) → column index → field
MAX_ROWS = 50_000                          # rows one analysis holds (≈ 5 KB each): the import stays < 500 MB


def _per_sheet(values: dict | None) -> dict:
    if not values:
        return {}
    return {"": values} if all(isinstance(k, int) for k in values) else dict(values)


def _for(values: dict, sheet: str) -> dict | None:
    if sheet in values:
        return values[sheet]
    return values.get("")


class ImportService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.store = ctx.store
        self.registry = RegistryService(ctx)
        self.memory = MappingMemory(ctx.store)

    # --- analyse -------------------------------------------------------
    def analyse(self, path: Path, *, scheme_id: int | None = None, sheet: str | list[str] | None = None,
                overrides: dict | None = None, header_rows: dict | None = None, default_village: str = "",
                job: Job = NO_JOB) -> ImportPreview:
        """Read and check the whole file; writes nothing. ``overrides`` and ``header_rows`` (0-based last
        header row, -1 for none) are per sheet name, "" for every sheet."""
        require(self.ctx, "import")
        path = Path(path)
        job.step(0, 1, tr(M_STEP_READ))
        scheme = self._scheme(scheme_id)
        book = read_workbook(path)
        villages = VillageResolver(self.ctx.regions, self._area())
        given = self._given_village(villages, default_village)
        chosen = [sheet] if isinstance(sheet, str) else sheet
        tables, unread, notes = self._tables(book, chosen, villages, _per_sheet(header_rows))
        builder = RowBuilder(self.ctx.regions, scheme, villages, self.ctx.today())
        previews, rows, pending = [], [], []
        overrides = _per_sheet(overrides)
        for table in tables:
            preview = self._table_preview(table, book, villages, given, _for(overrides, table.sheet.name))
            walk = TableRows(table, builder, villages, Defaults(village=preview.village))
            for item in walk:
                rows.append(item.result if isinstance(item, Pending) else item)
                if isinstance(item, Pending):
                    pending.append(item)
                if len(rows) % 500 == 0:
                    job.step(len(rows), max(len(rows), 1), tr(M_STEP_CHECK))
            preview.blank_rows = walk.blank
            previews.append(preview)
        settler = Settler({p.sheet: p.missing_sources for p in previews})
        for item, check in zip(pending, self.registry.check_many([p.result.registration for p in pending], scheme),
                               strict=True):
            settler.settle(item, check)
        for preview in previews:
            preview.notes += row_notes(preview, [r for r in rows if r.sheet == preview.sheet], settler.refused_for)
        earlier = [b.id for b in self.store.batches.by_source(book.sha256)]
        return ImportPreview(path, book.sha256, scheme.id, previews, rows, unread, earlier, notes, list(book.names))

    def _scheme(self, scheme_id: int | None):
        scheme = self.store.schemes.get(scheme_id) if scheme_id is not None else self.store.schemes.default()
        if scheme is None or not scheme.active:
            raise UserError(tr(M_NO_SCHEME, id=scheme_id if scheme_id is not None else "-"))
        return scheme

    def _area(self) -> str:
        office = self.store.office.get()
        if office is None:
            raise UserError(tr(M_NO_OFFICE))
        return office.area_code

    def _given_village(self, villages: VillageResolver, given: str) -> tuple[str, str]:
        if given:
            code, problem = villages.resolve(given)
            if problem:
                raise UserError(tr(M_BAD_VILLAGE, detail=problem.text()))
            return code, "option"
        office = self.store.office.get()
        return (office.village_code, "office") if office and office.village_code else ("", "")

    def _tables(self, book: Workbook, chosen: list[str] | None, villages: VillageResolver,
                header_rows: dict) -> tuple[list[Table], list[tuple[str, str]], list[str]]:
        ctx = LayoutContext(self.ctx.today(), villages.is_village, villages.is_district)
        aliases = self.memory.aliases()
        tables, unread, candidates = [], list(book.unread), []
        for raw in book.sheets:
            if chosen is not None and raw.name not in chosen:
                unread.append((raw.name, tr(U_NOT_CHOSEN)))
                continue
            forced = _for(header_rows, raw.name)
            table = find_table(raw, ctx, aliases, forced) if has_values(raw) else None
            if table is not None and (chosen is not None or forced is not None
                                      or (table.is_persons and data_rows(table))):
                tables.append(table)
            else:
                unread.append((raw.name, why_not(raw, table)))
                if table is not None:
                    candidates.append(table)
        notes = []
        if not tables and candidates:
            best = max(candidates, key=lambda t: (t.score, len(t.sheet.rows)))
            tables.append(best)
            unread = [(s, why) for s, why in unread if s != best.sheet.name]
            notes.append(tr(M_NOTHING_RECOGNISED, sheet=best.sheet.name))
        if not tables:
            raise UserError(tr(M_EMPTY, name=book.path.name))
        count = sum(len(t.sheet.rows) - t.data_start for t in tables)
        if count > MAX_ROWS:
            raise UserError(tr(M_TOO_MANY_ROWS, name=book.path.name, count=count, limit=MAX_ROWS))
        order = {name: i for i, name in enumerate(book.names)}
        return sorted(tables, key=lambda t: order.get(t.sheet.name, 0)), unread, notes

    def _table_preview(self, table: Table, book: Workbook, villages: VillageResolver, given: tuple[str, str],
                       overrides: dict[int, str] | None) -> TablePreview:
        raw = table.sheet
        remembered = self.memory.recall(table.labels)
        fixed = {i: (f, "remembered") for i, f in (remembered or {}).get("fields", {}).items()}
        fixed.update({i: (f, "user") for i, f in (overrides or {}).items()})
        if fixed:
            table.refit(fixed)
        carry_merged_down(table)
        village, source = given
        if not village:
            titles = [v for row in raw.rows[:max(table.first_header, 0)] for v in row if isinstance(v, str)]
            village, source = villages.named_in(titles), "title"
            if not village:
                village, source = villages.named_in([raw.name], bare=True), "sheet"
        preview = TablePreview(
            raw.name, table.last_header + 1, table.first_header + 1, table.columns,
            [list(r) for r in raw.rows[max(table.first_header, 0):table.last_header + 1]], raw.hidden,
            village, source if village else "", list(raw.notes), remembered=(remembered or {}).get("file", ""))
        preview.labels = table.labels
        if raw.hidden:
            preview.notes.insert(0, tr(N_HIDDEN_SHEET, sheet=raw.name))
        preview.notes += static_notes(table, preview)
        preview.missing_sources = self._missing(table, bool(village))
        preview.missing = sorted(set(preview.missing_sources.values()),
                                 key=lambda f: COLUMN_ORDER.index(f) if f in COLUMN_ORDER else 99)
        return preview

    @staticmethod
    def _missing(table: Table, has_village: bool) -> dict[str, str]:
        """Validation field → import field, for required fields no column feeds."""
        fields = {c.field for c in table.columns if c.used}
        needs = {"nik": ("nik",), "full_name": ("full_name",), "birth_place": ("birth_place", "birth_place_date"),
                 "birth_date": ("birth_date", "birth_place_date", "nik"),
                 "sex": ("sex", "sex_male", "sex_female", "nik"), "mother_name": ("mother_name",),
                 "address": ("address",), "occupation": ("occupation",)}
        out = {name: sources[0] for name, sources in needs.items() if not fields & set(sources)}
        if not has_village and "village" not in fields:
            out["village_code"] = "village"
        if "heir_name" in fields and "heir_relationship" not in fields:
            out["heirs[0].relationship"] = "heir_relationship"
        if "heir_relationship" in fields and "heir_name" not in fields:
            out["heirs[0].name"] = "heir_name"
        return out

    # --- commit --------------------------------------------------------
    def commit(self, preview: ImportPreview, *, job: Job = NO_JOB, title: str = "") -> ImportResult:
        """Write every new row and a draft batch with them in one transaction (all or nothing)."""
        require(self.ctx, "import")
        rows = preview.new_rows()
        if not rows:
            return ImportResult(preview, None, 0)
        now = now_local()
        op = self.ctx.operator
        stamp = {"created_at": now, "created_by": op, "updated_at": now, "updated_by": op}
        regs = [r.registration for r in rows]
        with self.store.write():
            self._recheck(regs)
            table_rows: list[dict] = []
            for first in range(0, len(regs), 2000):
                table_rows += self.store.registrations.insert_rows(regs[first:first + 2000], stamp)
                job.step(len(table_rows), len(regs), tr(M_STEP_SAVE))
            batch_id = self.store.batches.create(preview.scheme_id, op, kind=BatchKind.IMPORT,
                                                 title=title or tr(M_BATCH_TITLE, file=preview.path.name),
                                                 source_file=preview.path.name, source_sha256=preview.sha256)
            self.store.batches.add_items(batch_id, [row["id"] for row in table_rows])
            self._audit(preview, rows, table_rows, batch_id)
            job.step(len(regs), len(regs), tr(M_STEP_SAVE))
        log.info("imported %s rows from %s into batch %s", len(table_rows), preview.path.name, batch_id)
        return ImportResult(preview, batch_id, len(table_rows))

    def _recheck(self, regs: list) -> None:
        existing = self.store.registrations.active_by_nik([r.nik for r in regs])
        clash = [r for r in regs if any(e["scheme_id"] == r.scheme_id for e in existing.get(r.nik, []))]
        if clash:
            log.warning("import refused: %s NIKs registered since the preview (first %s)", len(clash),
                        mask_nik(clash[0].nik))
            raise UserError(tr(M_CHANGED, count=len(clash)))

    def _audit(self, preview: ImportPreview, rows: list[RowResult], table_rows: list[dict], batch_id: int) -> None:
        op, name = self.ctx.operator, preview.path.name
        several = len(preview.tables) > 1
        entries = []
        for row, table_row in zip(rows, table_rows, strict=True):
            note = tr(M_AUDIT_NOTE_SHEET, file=name, sheet=row.sheet, row=row.row) if several \
                else tr(M_AUDIT_NOTE, file=name, row=row.row)
            reg_id = table_row["id"]
            entries.append((op, "create", "registration", reg_id, None,
                            registration_snapshot(row.registration, table_row), note))
            if row.similar_ids:
                entries.append((op, "similar_confirmed", "registration", reg_id, None,
                                {"similar_to": row.similar_ids}, note))
            if len(entries) >= 2000:
                self.store.audit.record_many(entries)
                entries = []
        self.store.audit.record_many(entries)
        self.store.audit.record(op, "import", "batch", str(batch_id), new={
            "file": name, "sha256": preview.sha256, "sheet": preview.sheet, **preview.counts,
            "mapping": {f"{t.sheet}!{c.letter}": c.field for t in preview.tables for c in t.columns if c.field}})

    # --- mapping memory --------------------------------------------------
    def remember_mapping(self, preview: ImportPreview) -> int:
        """Keep each table's column choices for the next file with the same headers, and the spellings the user
        chose (header text → field) for any file."""
        require(self.ctx, "import")
        tables = [(t.labels, {c.index: c.field for c in t.columns if c.field or c.source == "user"})
                  for t in preview.tables]
        aliases = {}
        for t in preview.tables:
            for c in t.columns:
                if c.source == "user" and c.field and c.header:
                    aliases[normalize_header(c.header)] = c.field
        with self.store.write():
            self.memory.remember(tables, preview.path.name, aliases)
        return len(aliases)
