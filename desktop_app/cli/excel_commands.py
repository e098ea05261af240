"""Excel commands: ``lindungi export``, ``lindungi import`` (village lists) and ``lindungi import-answer``
(BPJS's answer; ``import-result`` is its old name, still accepted)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop_app.cli.common import EXIT_OK, add_db_option, add_json_option, fail, open_context, print_json
from desktop_app.i18n import fill, translate
from desktop_app.services.jobs import Job

FIELDS_HELP = ("nik, full_name, birth_place, birth_date, birth_place_date, sex, sex_male, sex_female, mother_name, "
               "kk_number, marital_status, address, rt, rw, rt_rw, village, district, phone, email, occupation, "
               "income, heir_name, heir_relationship, heir_nik, heir_phone, note, row_number")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export",
        help=translate("CliExcel", "ekspor batch ke Excel untuk dikirim"),
        description=translate(
            "CliExcel",
            "Tulis batch ke .xlsx (sheet Peserta, Rekap, Info), periksa ulang setiap sel "
            "terhadap basis data, lalu kunci batch dan catat SHA-256 berkasnya.",
        ),
    )
    add_db_option(p)
    p.add_argument("--batch", type=int, required=True, metavar="ID", help=translate("CliExcel", "nomor batch"))
    p.add_argument(
        "--out", type=Path, required=True, metavar="FILE.xlsx", help=translate("CliExcel", "berkas yang dibuat")
    )
    p.add_argument("--overwrite", action="store_true", help=translate("CliExcel", "timpa berkas yang sudah ada"))
    p.add_argument(
        "--template",
        type=Path,
        metavar="FILE.json",
        help=translate("CliExcel", "templat kolom lain (lihat docs/excel.md)"),
    )
    add_json_option(p)
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser(
        "import",
        help=translate("CliExcel", "impor daftar dari desa (Excel)"),
        description=translate(
            "CliExcel",
            "Baca daftar peserta dari desa (setiap sheet yang berisi daftar orang), kenali kolomnya dari judul dan "
            "isinya, periksa setiap baris seperti formulir, lalu simpan baris yang baru ke batch draf baru dalam "
            "satu transaksi. Baris yang ditolak, ganda atau dilewati, baris baru yang berperingatan, kolom yang tidak "
            "dipakai dan sheet yang tidak dibaca dicantumkan (dan ditulis ke --report).",
        ),
    )
    p.add_argument("file", type=Path, metavar="FILE", help=translate("CliExcel", "berkas .xlsx, .xls atau .ods"))
    add_db_option(p)
    p.add_argument("--scheme", type=int, metavar="ID",
                   help=translate("CliExcel", "skema tujuan (bawaan: skema utama kantor)"))
    p.add_argument("--report", type=Path, metavar="REPORT.xlsx",
                   help=translate("CliExcel", "tulis baris yang tidak diimpor ke berkas ini"))
    p.add_argument("--dry-run", action="store_true",
                   help=translate("CliExcel", "hanya pratinjau; tidak ada yang disimpan"))
    p.add_argument("--sheet", action="append", metavar="NAMA",
                   help=translate("CliExcel", "sheet yang dibaca (boleh berulang; bawaan: setiap sheet berisi daftar "
                                              "orang)"))
    p.add_argument("--desa", default="", metavar="NAMA|KODE",
                   help=translate("CliExcel", "desa untuk semua baris bila tidak ada kolom desa"))
    p.add_argument("--map", action="append", default=[], metavar="[SHEET!]KOLOM=FIELD",
                   help=fill(translate("CliExcel", "pilih sendiri isi kolom (huruf kolom atau judulnya), mis. "
                                                   "C=full_name atau Nenang!C=nik; FIELD kosong = abaikan. FIELD: "
                                                   "{fields}"), fields=FIELDS_HELP))
    p.add_argument("--header-row", action="append", default=[], metavar="[SHEET!]N",
                   help=translate("CliExcel", "baris judul kolom (nomor baris Excel; 0 = tanpa judul), bila yang "
                                              "ditemukan salah"))
    p.add_argument("--remember-mapping", action="store_true",
                   help=translate("CliExcel", "ingat pilihan kolom ini untuk berkas berikutnya dengan judul kolom yang "
                                              "sama"))
    add_json_option(p)
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser(
        "import-answer",
        aliases=["import-result"],
        help=translate("CliExcel", "catat jawaban BPJS untuk batch"),
        description=translate(
            "CliExcel",
            "Baca berkas jawaban BPJS (NIK dengan KPJ dan/atau status dan alasan): yang "
            "diterima mendapat KPJ, yang ditolak dicatat alasannya. NIK yang tidak ada di "
            "batch dicantumkan, tidak ditebak.",
        ),
    )
    p.add_argument(
        "file", type=Path, metavar="FILE", help=translate("CliExcel", "berkas jawaban BPJS (.xlsx, .xls, .ods)")
    )
    add_db_option(p)
    p.add_argument(
        "--batch", type=int, required=True, metavar="ID", help=translate("CliExcel", "nomor batch yang dijawab")
    )
    p.add_argument("--sheet", metavar="NAMA", help=translate("CliExcel", "sheet yang dibaca"))
    p.add_argument(
        "--dry-run", action="store_true", help=translate("CliExcel", "hanya pratinjau; tidak ada yang disimpan")
    )
    p.add_argument(
        "--final",
        action="store_true",
        help=translate("CliExcel", "tandai batch selesai dijawab walau ada yang belum dijawab"),
    )
    add_json_option(p)
    p.set_defaults(handler=cmd_import_answer)


def _job(args: argparse.Namespace) -> Job:
    def show(done: int, total: int, text: str) -> None:
        if not args.json and sys.stderr.isatty() and total:
            print(f"\r  {text} {done:,}/{total:,}".ljust(60), end="", file=sys.stderr)

    return Job(show)


def cmd_export(args: argparse.Namespace) -> int:
    from desktop_app.domain.batch import status_label
    from desktop_app.services.exporter import BatchExporter

    if args.out.suffix.lower() != ".xlsx":
        return fail(translate("CliExcel", "--out harus berakhiran .xlsx"))
    with open_context(args) as ctx:
        result = BatchExporter(ctx, args.template).export(
            args.batch, args.out, job=_job(args), overwrite=args.overwrite
        )
    if args.json:
        print_json(result.as_dict())
    else:
        print(
            "\n"
            + fill(
                translate("CliExcel", "Batch {id}: {rows} peserta diekspor ke {path} dan diperiksa ulang: cocok."),
                id=result.batch_id,
                rows=result.rows,
                path=result.path,
            )
        )
        print(fill(translate("CliExcel", "  Status : {value}"), value=status_label(result.status)))
        print(f"  SHA-256: {result.sha256}")
    return EXIT_OK


def _sheet_ref(item: str) -> tuple[str, str]:
    """``"Nenang!C=nik"`` → ("Nenang", "C=nik"); no sheet → ("", item)."""
    sheet, sep, rest = item.partition("!")
    return (sheet, rest) if sep and "=" not in sheet else ("", item)


def _column_index(ref: str, columns) -> int | None:
    """A header text (as written) or, failing that, a column letter → 0-based index."""
    from desktop_app.formats.cells import column_index
    from desktop_app.services.importing.headers import normalize_header

    wanted = normalize_header(ref)
    found = next((c.index for c in columns if c.header and normalize_header(c.header) == wanted), None)
    if found is not None or not (ref.strip().isalpha() and len(ref.strip()) <= 3):
        return found
    return column_index(ref)


def _overrides(args: argparse.Namespace, preview) -> dict:
    from desktop_app.services.importing.fieldnames import IMPORT_FIELDS

    out: dict[str, dict[int, str]] = {}
    for item in args.map:
        sheet, rest = _sheet_ref(item)
        ref, sep, field = rest.partition("=")
        tables = [t for t in preview.tables if not sheet or t.sheet == sheet]
        if not sep or not tables:
            raise ValueError(fill(translate("CliExcel", "--map {item}: tulis KOLOM=FIELD, mis. C=full_name (sheet "
                                                        "yang dibaca: {sheets})"), item=item,
                                  sheets=", ".join(t.sheet for t in preview.tables)))
        if field and field not in IMPORT_FIELDS:
            raise ValueError(fill(translate("CliExcel", "--map {item}: field \"{field}\" tidak dikenal. Pilihan: "
                                                        "{fields}"), item=item, field=field, fields=FIELDS_HELP))
        for table in tables:
            index = _column_index(ref, table.columns)
            if index is None:
                raise ValueError(fill(translate("CliExcel", "--map {item}: kolom \"{ref}\" tidak ditemukan di sheet "
                                                            "\"{sheet}\" (pakai huruf kolom, mis. C=full_name)"),
                                      item=item, ref=ref, sheet=table.sheet))
            out.setdefault(table.sheet if sheet else "", {})[index] = field
    return out


def _header_rows(args: argparse.Namespace) -> dict[str, int]:
    out = {}
    for item in args.header_row:
        sheet, _, number = item.rpartition("!")
        if not number.strip().isdigit():
            raise ValueError(fill(translate("CliExcel", "--header-row {item}: tulis nomor baris Excel, mis. "
                                                        "--header-row 5 (0 = tanpa judul)"), item=item))
        out[sheet] = int(number) - 1
    return out


def cmd_import(args: argparse.Namespace) -> int:
    from desktop_app.services.importing.preview import ImportResult
    from desktop_app.services.importing.report import write_report
    from desktop_app.services.importing.service import ImportService

    if args.report and args.report.suffix.lower() != ".xlsx":
        return fail(translate("CliExcel", "--report harus berakhiran .xlsx"))
    try:
        header_rows = _header_rows(args)
    except ValueError as exc:
        return fail(str(exc))
    with open_context(args) as ctx:
        service = ImportService(ctx)
        options = dict(scheme_id=args.scheme, sheet=args.sheet, default_village=args.desa, header_rows=header_rows)
        preview = service.analyse(args.file, job=_job(args), **options)
        if args.map:
            try:
                overrides = _overrides(args, preview)
            except ValueError as exc:
                return fail(str(exc))
            preview = service.analyse(args.file, overrides=overrides, job=_job(args), **options)
        if args.dry_run:
            result = ImportResult(preview, None, preview.count("new"), dry_run=True)
        else:
            result = service.commit(preview, job=_job(args))
        if args.remember_mapping and not args.dry_run:
            service.remember_mapping(preview)
        if args.report:
            write_report(preview, args.report)
    _print_import(args, result)
    return EXIT_OK


def _print_import(args: argparse.Namespace, result) -> None:
    from desktop_app.cli.import_output import print_preview

    preview = result.preview
    if args.json:
        print_json({**result.as_dict(), **{k: v for k, v in preview.as_dict().items()
                                           if k in ("tables", "unread_sheets", "notes", "columns", "details")}})
        return
    print_preview(result, report=args.report)


def cmd_import_answer(args: argparse.Namespace) -> int:
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
    action = translate("CliExcel", "dicatat") if preview.applied else translate("CliExcel", "akan dicatat (uji coba)")
    print(
        fill(
            translate(
                "CliExcel",
                "Jawaban BPJS untuk batch {id} {action}: diterima {accepted}, ditolak {rejected}, "
                "sudah tercatat {unchanged}, tidak cocok {unmatched}, bermasalah {invalid}, "
                "tanpa jawaban {no_answer}.",
            ),
            id=args.batch,
            action=action,
            **{k: data[k] for k in ("accepted", "rejected", "unchanged", "unmatched", "invalid", "no_answer")},
        )
    )
    row = translate("CliExcel", "baris")
    for d in data["details"]:
        print(f"  {row} {d['row']:>5}  {d['outcome']:<10} {d['nik']}  {d['reason'] or d['message']}")
    if preview.applied and data["rejected"]:
        print(
            fill(
                translate("CliExcel", "Buat batch koreksi untuk yang ditolak: lindungi batch correction {id}"),
                id=args.batch,
            )
        )
    return EXIT_OK
