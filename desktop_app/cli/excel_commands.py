"""Excel commands: ``lindungi export``, ``lindungi import`` and ``lindungi import-result``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop_app.cli.common import EXIT_OK, add_db_option, add_json_option, fail, open_context, print_json
from desktop_app.services.jobs import Job

FIELDS_HELP = ("nik, full_name, birth_place, birth_date, birth_place_date, sex, mother_name, kk_number, "
               "marital_status, address, rt, rw, rt_rw, village, district, phone, email, occupation, income, "
               "heir_name, heir_relationship, heir_nik, heir_phone, note; kosong = abaikan")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="ekspor batch ke Excel untuk dikirim",
                       description="Tulis batch ke .xlsx (sheet Peserta, Rekap, Info), periksa ulang setiap sel "
                                   "terhadap basis data, lalu kunci batch dan catat SHA-256 berkasnya.")
    add_db_option(p)
    p.add_argument("--batch", type=int, required=True, metavar="ID", help="nomor batch")
    p.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx", help="berkas yang dibuat")
    p.add_argument("--overwrite", action="store_true", help="timpa berkas yang sudah ada")
    p.add_argument("--template", type=Path, metavar="FILE.json", help="templat kolom lain (lihat docs/excel.md)")
    add_json_option(p)
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("import", help="impor daftar dari desa (Excel)",
                       description="Baca daftar peserta dari desa, periksa setiap baris seperti formulir, lalu "
                                   "simpan baris yang baru ke batch draf baru dalam satu transaksi. Baris yang "
                                   "ditolak, ganda atau dilewati dicantumkan (dan ditulis ke --report).")
    p.add_argument("file", type=Path, metavar="FILE", help="berkas .xlsx, .xls atau .ods")
    add_db_option(p)
    p.add_argument("--scheme", type=int, metavar="ID", help="skema tujuan (bawaan: skema utama kantor)")
    p.add_argument("--report", type=Path, metavar="REPORT.xlsx", help="tulis baris yang tidak diimpor ke berkas ini")
    p.add_argument("--dry-run", action="store_true", help="hanya pratinjau; tidak ada yang disimpan")
    p.add_argument("--sheet", metavar="NAMA", help="sheet yang dibaca (bawaan: yang judul kolomnya dikenali)")
    p.add_argument("--desa", default="", metavar="NAMA|KODE", help="desa untuk semua baris bila tidak ada kolom desa")
    p.add_argument("--map", action="append", default=[], metavar="KOLOM=FIELD",
                   help=f"pilih sendiri isi kolom (huruf kolom atau judulnya), mis. C=full_name. FIELD: {FIELDS_HELP}")
    p.add_argument("--remember-mapping", action="store_true", help="ingat pilihan --map untuk berkas berikutnya")
    add_json_option(p)
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("import-result", help="catat jawaban BPJS untuk batch",
                       description="Baca berkas jawaban BPJS (NIK dengan KPJ dan/atau status dan alasan): yang "
                                   "diterima mendapat KPJ, yang ditolak dicatat alasannya. NIK yang tidak ada di "
                                   "batch dicantumkan, tidak ditebak.")
    p.add_argument("file", type=Path, metavar="FILE", help="berkas jawaban BPJS (.xlsx, .xls, .ods)")
    add_db_option(p)
    p.add_argument("--batch", type=int, required=True, metavar="ID", help="nomor batch yang dijawab")
    p.add_argument("--sheet", metavar="NAMA", help="sheet yang dibaca")
    p.add_argument("--dry-run", action="store_true", help="hanya pratinjau; tidak ada yang disimpan")
    p.add_argument("--final", action="store_true", help="tandai batch selesai dijawab walau ada yang belum dijawab")
    add_json_option(p)
    p.set_defaults(handler=cmd_import_result)


def _job(args: argparse.Namespace) -> Job:
    def show(done: int, total: int, text: str) -> None:
        if not args.json and sys.stderr.isatty() and total:
            print(f"\r  {text} {done:,}/{total:,}".ljust(60), end="", file=sys.stderr)
    return Job(show)


def cmd_export(args: argparse.Namespace) -> int:
    from desktop_app.domain.batch import status_label
    from desktop_app.services.exporter import BatchExporter

    if args.out.suffix.lower() != ".xlsx":
        return fail("--out harus berakhiran .xlsx")
    with open_context(args) as ctx:
        result = BatchExporter(ctx, args.template).export(args.batch, args.out, job=_job(args),
                                                          overwrite=args.overwrite)
    if args.json:
        print_json(result.as_dict())
    else:
        print(f"\nBatch {result.batch_id}: {result.rows} peserta diekspor ke {result.path} dan diperiksa ulang: cocok.")
        print(f"  Status : {status_label(result.status)}")
        print(f"  SHA-256: {result.sha256}")
    return EXIT_OK


def _column_index(ref: str, columns) -> int | None:
    """A header text (as written) or, failing that, a column letter → 0-based index."""
    from desktop_app.services.importing.headers import normalize_header

    wanted = normalize_header(ref)
    found = next((c.index for c in columns if c.header and normalize_header(c.header) == wanted), None)
    if found is not None or not (ref.strip().isalpha() and len(ref.strip()) <= 3):
        return found
    from desktop_app.formats.cells import column_index

    return column_index(ref)


def _overrides(args: argparse.Namespace, columns) -> dict[int, str] | None:
    from desktop_app.services.importing.headers import FIELD_KEYS

    out = {}
    for item in args.map:
        ref, sep, field = item.partition("=")
        index = _column_index(ref, columns) if sep else None
        if index is None:
            raise ValueError(f"--map {item}: kolom \"{ref}\" tidak ditemukan (pakai huruf kolom, mis. C=full_name)")
        if field and field not in FIELD_KEYS:
            raise ValueError(f"--map {item}: field \"{field}\" tidak dikenal. Pilihan: {FIELDS_HELP}")
        out[index] = field
    return out


def cmd_import(args: argparse.Namespace) -> int:
    from desktop_app.services.importing.preview import ImportResult
    from desktop_app.services.importing.report import write_report
    from desktop_app.services.importing.service import ImportService

    if args.report and args.report.suffix.lower() != ".xlsx":
        return fail("--report harus berakhiran .xlsx")
    with open_context(args) as ctx:
        service = ImportService(ctx)
        options = dict(scheme_id=args.scheme, sheet=args.sheet, default_village=args.desa)
        preview = service.analyse(args.file, job=_job(args), **options)
        if args.map:
            try:
                overrides = _overrides(args, preview.columns)
            except ValueError as exc:
                return fail(str(exc))
            preview = service.analyse(args.file, overrides=overrides, job=_job(args), **options)
        if args.dry_run:
            result = ImportResult(preview, None, preview.count("new"), dry_run=True)
        else:
            result = service.commit(preview, job=_job(args))
            if args.remember_mapping:
                service.remember_mapping(preview)
        if args.report:
            write_report(preview, args.report)
    _print_import(args, result)
    return EXIT_OK


def _print_import(args: argparse.Namespace, result) -> None:
    preview = result.preview
    if args.json:
        print_json({**result.as_dict(), "columns": [c.as_dict() for c in preview.columns],
                    "details": [r.as_dict() for r in preview.not_imported()]})
        return
    data = result.as_dict()
    verb = "akan diimpor (uji coba, tidak ada yang disimpan)" if result.dry_run else "diimpor"
    print(f"\n{preview.path.name}, sheet \"{preview.sheet}\", judul kolom di baris {preview.header_row}.")
    if preview.village_source == "title":
        print(f"  Desa dari judul berkas: {preview.default_village}")
    if preview.earlier_batches:
        print(f"  Berkas yang sama pernah diimpor ke batch {', '.join(map(str, preview.earlier_batches))}.")
    print(f"  Baris data: {data['rows']}  {verb}: {data['imported']}  ditolak: {data['rejected']}  "
          f"ganda: {data['duplicates']}  dilewati: {data['skipped']}")
    if result.batch_id:
        print(f"  Batch draf baru: {result.batch_id}")
    for r in preview.not_imported()[:50]:
        print(f"  baris {r.row:>5}  {r.as_dict()['status_label']:<16} {' '.join(r.reasons)}")
    if len(preview.not_imported()) > 50:
        print(f"  … dan {len(preview.not_imported()) - 50} baris lagi (lihat --report atau --json).")
    if args.report:
        print(f"  Laporan baris yang tidak diimpor: {args.report}")


def cmd_import_result(args: argparse.Namespace) -> int:
    from desktop_app.services.importing.answers import AnswerService

    with open_context(args) as ctx:
        service = AnswerService(ctx)
        preview = service.analyse(args.file, args.batch, sheet=args.sheet, job=_job(args))
        if not args.dry_run:
            service.commit(preview, final=args.final)
    data = preview.as_dict()
    if args.json:
        print_json(data)
        return EXIT_OK
    action = "dicatat" if preview.applied else "akan dicatat (uji coba)"
    print(f"Jawaban BPJS untuk batch {args.batch} {action}: diterima {data['accepted']}, ditolak {data['rejected']}, "
          f"sudah tercatat {data['unchanged']}, tidak cocok {data['unmatched']}, bermasalah {data['invalid']}, "
          f"tanpa jawaban {data['no_answer']}.")
    for d in data["details"]:
        print(f"  baris {d['row']:>5}  {d['outcome']:<10} {d['nik']}  {d['reason'] or d['message']}")
    if preview.applied and data["rejected"]:
        print(f"Buat batch koreksi untuk yang ditolak: lindungi batch correction {args.batch}")
    return EXIT_OK
