"""Print commands: ``slips`` (enrolment slips), ``recap`` (berita acara), ``verify`` (slip QR),
``print-settings`` (layout, full NIK, logo)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop_app.cli.common import EXIT_NEGATIVE, EXIT_OK, add_db_option, add_json_option, open_context, print_json
from desktop_app.i18n import fill, translate


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "slips",
        help=translate("CliPrint", "cetak bukti pendaftaran (PDF)"),
        description=translate(
            "CliPrint",
            "Cetak bukti pendaftaran "
            "satu peserta atau seluruh batch ke satu PDF (dua bukti per A4, atau A5 sesuai "
            "pengaturan). Cetakan ulang bertanda SALINAN; setiap cetakan tercatat di log.",
        ),
    )
    add_db_option(p)
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--batch", type=int, metavar="ID", help=translate("CliPrint", "semua peserta aktif dalam batch ini")
    )
    which.add_argument(
        "--registration", metavar="NOMOR", help=translate("CliPrint", "nomor pendaftaran, mis. 012-000123-7")
    )
    p.add_argument(
        "--out", type=Path, required=True, metavar="FILE.pdf", help=translate("CliPrint", "berkas PDF yang dibuat")
    )
    add_json_option(p)
    p.set_defaults(handler=cmd_slips)

    p = sub.add_parser(
        "recap",
        help=translate("CliPrint", "cetak berita acara batch (PDF)"),
        description=translate(
            "CliPrint",
            "Cetak rekapitulasi / "
            "berita acara serah terima satu batch: daftar peserta, jumlah per desa dan jenis "
            "kelamin, iuran, dan tanda tangan.",
        ),
    )
    add_db_option(p)
    p.add_argument("--batch", type=int, required=True, metavar="ID", help=translate("CliPrint", "nomor batch"))
    p.add_argument(
        "--out", type=Path, required=True, metavar="FILE.pdf", help=translate("CliPrint", "berkas PDF yang dibuat")
    )
    add_json_option(p)
    p.set_defaults(handler=cmd_recap)

    p = sub.add_parser(
        "verify",
        help=translate("CliPrint", "periksa keaslian bukti dari kode QR"),
        description=translate(
            "CliPrint",
            "Periksa teks kode QR "
            "sebuah bukti pendaftaran dengan kunci kantor ini dan kunci publik kantor lain yang "
            "dipercaya (tanpa internet); menyebut kantor penerbitnya. Keluar 0 bila asli, 1 bila tidak.",
        ),
    )
    add_db_option(p)
    p.add_argument(
        "qr_text", metavar="TEKS_QR", help=translate("CliPrint", "teks hasil pindai kode QR (boleh diketik)")
    )
    add_json_option(p)
    p.set_defaults(handler=cmd_verify)

    p = sub.add_parser(
        "print-settings",
        help=translate("CliPrint", "pengaturan cetak"),
        description=translate(
            "CliPrint",
            "Lihat atau ubah pengaturan cetak: "
            "tata letak bukti (a4_two = dua per A4, a5 = satu per A5), NIK lengkap atau tersamar, logo.",
        ),
    )
    add_db_option(p)
    p.add_argument("--layout", choices=("a4_two", "a5"), help=translate("CliPrint", "tata letak bukti pendaftaran"))
    p.add_argument(
        "--full-nik", choices=("ya", "tidak"), help=translate("CliPrint", "cetak NIK lengkap (bawaan: tidak, tersamar)")
    )
    logo = p.add_mutually_exclusive_group()
    logo.add_argument(
        "--logo", type=Path, metavar="FILE", help=translate("CliPrint", "gambar logo untuk kop (PNG/JPG)")
    )
    logo.add_argument("--no-logo", action="store_true", help=translate("CliPrint", "tanpa logo"))
    add_json_option(p)
    p.set_defaults(handler=cmd_print_settings)


def _progress(args: argparse.Namespace):
    from desktop_app.services.jobs import Job

    def show(done: int, total: int, text: str) -> None:
        if not args.json and sys.stderr.isatty():
            print(f"\r  {text}   ", end="", file=sys.stderr)

    return Job(show)


def _report(args: argparse.Namespace, result, what: str) -> int:
    if not args.json and sys.stderr.isatty():
        print(file=sys.stderr)
    if args.json:
        print_json(
            {
                "path": str(result.path),
                "documents": result.documents,
                "pages": result.pages,
                "reprints": result.reprints,
            }
        )
    else:
        extra = fill(translate("CliPrint", ", {n} salinan"), n=result.reprints) if result.reprints else ""
        print(
            fill(
                translate("CliPrint", "{what}: {path} ({documents} dokumen, {pages} halaman{extra})"),
                what=what,
                path=result.path,
                documents=result.documents,
                pages=result.pages,
                extra=extra,
            )
        )
    return EXIT_OK


def cmd_slips(args: argparse.Namespace) -> int:
    from desktop_app.services.printing import PrintService

    with open_context(args) as ctx:
        service = PrintService(ctx)
        if args.batch is not None:
            result = service.print_batch_slips(args.batch, args.out, _progress(args))
        else:
            rid = service.registration_id_for_number(args.registration)
            result = service.print_slips([rid], args.out, _progress(args))
    return _report(args, result, translate("CliPrint", "Bukti pendaftaran dicetak"))


def cmd_recap(args: argparse.Namespace) -> int:
    from desktop_app.services.printing import PrintService

    with open_context(args) as ctx:
        result = PrintService(ctx).print_recap(args.batch, args.out, _progress(args))
    return _report(args, result, translate("CliPrint", "Berita acara dicetak"))


def cmd_verify(args: argparse.Namespace) -> int:
    from desktop_app.services.verification import VerificationService

    with open_context(args, auto_backup=False) as ctx:
        result = VerificationService(ctx).verify(args.qr_text)
    if args.json:
        print_json(
            {
                "genuine": result.genuine,
                "status": result.status,
                "message": result.message,
                "issuer": result.issuer,
                "local": result.local,
                "record": result.record,
                "warnings": result.warnings,
            }
        )
    else:
        print("\n".join(result.lines()))
    return EXIT_OK if result.genuine else EXIT_NEGATIVE


def cmd_print_settings(args: argparse.Namespace) -> int:
    from dataclasses import asdict, replace

    from desktop_app.services.print_settings import load_print_settings, save_print_settings

    with open_context(args) as ctx:
        settings = load_print_settings(ctx.store)
        changes = {}
        if args.layout:
            changes["slip_layout"] = args.layout
        if args.full_nik:
            changes["full_nik"] = args.full_nik == "ya"
        if args.logo or args.no_logo:
            changes["logo_path"] = str(args.logo.resolve()) if args.logo else ""
        if changes:
            settings = replace(settings, **changes)
            save_print_settings(ctx, settings)
    if args.json:
        print_json(asdict(settings))
    else:
        layout = (
            translate("CliPrint", "dua bukti per A4")
            if settings.slip_layout == "a4_two"
            else translate("CliPrint", "satu bukti per A5")
        )
        nik = translate("CliPrint", "lengkap") if settings.full_nik else translate("CliPrint", "tersamar")
        print(fill(translate("CliPrint", "Tata letak bukti : {value}"), value=layout))
        print(fill(translate("CliPrint", "NIK pada cetakan : {value}"), value=nik))
        print(
            fill(
                translate("CliPrint", "Logo             : {value}"),
                value=settings.logo_path or translate("CliPrint", "(tanpa logo)"),
            )
        )
    return EXIT_OK
